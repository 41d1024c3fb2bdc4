/**
 * Batch-conversion benchmarks: a generator of synthetic corpora for the memory target (100,000 pages with a 256 MB
 * heap); the commands are in {@code benchmarks/README.md}.
 */
@NullMarked
package dev.gleaner.benchmarks.batch;

import org.jspecify.annotations.NullMarked;
