package dev.gleaner.extractors.labels;

import dev.gleaner.model.LabelSource;
import java.util.List;

/**
 * A label drawn from the post itself.
 *
 * @param label    the label form (case-normalised, singular)
 * @param key      the comparison key (lower case, joiners removed)
 * @param score    the open score, 0..1
 * @param source   {@link LabelSource#KEYPHRASE} or {@link LabelSource#ENTITY}
 * @param evidence the words or entity mentions that support it
 */
record OpenCandidate(String label, String key, double score, LabelSource source, List<String> evidence) {
    OpenCandidate {
        evidence = List.copyOf(evidence);
    }
}
