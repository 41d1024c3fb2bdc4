/**
 * Evaluation and benchmark commands (never a library dependency) and their shared quality gate,
 * {@link dev.gleaner.benchmarks.QualityFloors}.
 */
@NullMarked
package dev.gleaner.benchmarks;

import org.jspecify.annotations.NullMarked;
