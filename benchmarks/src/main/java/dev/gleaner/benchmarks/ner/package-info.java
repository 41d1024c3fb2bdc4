/**
 * Training and evaluation of Gleaner's name-finder model: {@link dev.gleaner.benchmarks.ner.NerTrain} trains the
 * PERSON/ORGANIZATION/LOCATION model shipped in {@code extractors} from the corpora in {@code ../shared/data/ner};
 * {@link dev.gleaner.benchmarks.ner.NerEval} scores the whole entity stage by exact spans on a tokenised IOB file
 * and measures throughput and model loading time.
 */
@NullMarked
package dev.gleaner.benchmarks.ner;

import org.jspecify.annotations.NullMarked;
