package dev.gleaner.extractors.labels;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where each term occurs in a post's term sequence: label mentions are looked up instead of scanned for. */
final class TermIndex {

    private static final int[] NONE = new int[0];

    private final List<String> terms;
    private final Map<String, int[]> positions;

    TermIndex(List<String> terms) {
        this.terms = terms;
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        for (String t : terms) {
            sizes.merge(t, 1, Integer::sum);
        }
        sizes.forEach((t, n) -> counts.put(t, new int[n]));
        Map<String, Integer> filled = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            String t = terms.get(i);
            int k = filled.merge(t, 1, Integer::sum) - 1;
            counts.get(t)[k] = i;
        }
        this.positions = counts;
    }

    /** How often the term sequence {@code form} occurs. */
    int count(List<String> form) {
        if (form.isEmpty()) {
            return 0;
        }
        int n = form.size();
        int count = 0;
        for (int start : positions.getOrDefault(form.get(0), NONE)) {
            boolean match = start + n <= terms.size();
            for (int k = 1; k < n && match; k++) {
                match = terms.get(start + k).equals(form.get(k));
            }
            if (match) {
                count++;
            }
        }
        return count;
    }
}
