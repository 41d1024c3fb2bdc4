/**
 * Evaluation of label suggestions ({@link dev.gleaner.benchmarks.labels.LabelEval}) against a labelled blog, side by
 * side with a plain baseline ({@link dev.gleaner.benchmarks.labels.BaselineSvm}).
 */
@NullMarked
package dev.gleaner.benchmarks.labels;

import org.jspecify.annotations.NullMarked;
