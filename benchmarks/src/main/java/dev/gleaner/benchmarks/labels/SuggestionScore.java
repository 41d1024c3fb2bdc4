package dev.gleaner.benchmarks.labels;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Micro-averaged precision, recall and F1 of recommended sets, and recall@5 of ranked lists, over every gold label
 * (labels compared case-insensitively).
 */
final class SuggestionScore {

    /** Cut-off of the ranked-list recall. */
    static final int RANK_CUTOFF = 5;

    private int truePositives;
    private int predicted;
    private int gold;
    private int goldInTopK;

    /** Adds one post: its gold labels, the recommended set and the ranked list. */
    void add(List<String> goldLabels, List<String> recommended, List<String> ranked) {
        Set<String> g = keys(goldLabels);
        Set<String> r = keys(recommended);
        gold += g.size();
        predicted += r.size();
        for (String label : r) {
            if (g.contains(label)) {
                truePositives++;
            }
        }
        Set<String> top = keys(ranked.subList(0, Math.min(RANK_CUTOFF, ranked.size())));
        for (String label : g) {
            if (top.contains(label)) {
                goldInTopK++;
            }
        }
    }

    private static Set<String> keys(List<String> labels) {
        Set<String> out = new HashSet<>();
        labels.forEach(l -> out.add(l.strip().toLowerCase(Locale.ROOT)));
        return out;
    }

    double precision() {
        return predicted == 0 ? 0 : truePositives / (double) predicted;
    }

    double recall() {
        return gold == 0 ? 0 : truePositives / (double) gold;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double recallAtK() {
        return gold == 0 ? 0 : goldInTopK / (double) gold;
    }

    int predicted() {
        return predicted;
    }

    int gold() {
        return gold;
    }
}
