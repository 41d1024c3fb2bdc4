/**
 * A sample Apache Spark job running Gleaner on a cluster: {@link dev.gleaner.spark.GleanerSparkJob}.
 */
@NullMarked
package dev.gleaner.spark;

import org.jspecify.annotations.NullMarked;
