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
 * @param inTitle  the title names it
 * @param count    how often the post names it
 * @param proper   a proper noun or entity (tagged so, or capitalised inside sentences most of the time)
 */
record OpenCandidate(String label, String key, double score, LabelSource source, List<String> evidence,
                     boolean inTitle, int count, boolean proper) {
    OpenCandidate {
        evidence = List.copyOf(evidence);
    }

    /** Number of features of {@link #features}. */
    static final int FEATURES = 6;

    /**
     * The features the calibrated open probability reads: a constant, the open score, title, log count, proper noun,
     * and the reciprocal rank among the post's open candidates (0 for the first).
     */
    double[] features(int rank) {
        return new double[] {1, score, inTitle ? 1 : 0, Math.log1p(count), proper ? 1 : 0, 1.0 / (1 + rank)};
    }
}
