package dev.gleaner.benchmarks.ner;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Exact-span precision, recall and F1 per type and overall (micro-averaged): a predicted span counts only when its
 * start, end and type all equal a gold span's. Only the scored types count; predictions of other types (MONEY,
 * DATE, ...) are ignored. Not thread-safe.
 */
public final class SpanScorer {

    /** The types scored against UNER and the other corpora. */
    public static final List<String> TYPES = List.of("PERSON", "ORGANIZATION", "LOCATION");

    private final Map<String, int[]> counts = new LinkedHashMap<>(); // type -> {tp, predicted, gold}

    public SpanScorer() {
        for (String t : TYPES) {
            counts.put(t, new int[3]);
        }
    }

    /** Adds one sentence. */
    public void add(List<LabeledSentence.GoldSpan> gold, List<LabeledSentence.GoldSpan> predicted) {
        Set<LabeledSentence.GoldSpan> goldSet = new HashSet<>(gold);
        for (LabeledSentence.GoldSpan g : gold) {
            int[] c = counts.get(g.type());
            if (c != null) {
                c[2]++;
            }
        }
        for (LabeledSentence.GoldSpan p : new HashSet<>(predicted)) {
            int[] c = counts.get(p.type());
            if (c != null) {
                c[1]++;
                if (goldSet.contains(p)) {
                    c[0]++;
                }
            }
        }
    }

    /** {precision, recall, f1} of one type, or of all types when {@code type} is null. */
    public double[] prf(String type) {
        int tp = 0;
        int pred = 0;
        int gold = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            if (type == null || e.getKey().equals(type)) {
                tp += e.getValue()[0];
                pred += e.getValue()[1];
                gold += e.getValue()[2];
            }
        }
        double p = pred == 0 ? 0 : (double) tp / pred;
        double r = gold == 0 ? 0 : (double) tp / gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new double[] {p, r, f};
    }

    /** Overall F1. */
    public double f1() {
        return prf(null)[2];
    }

    /** A table: one line per type and one overall. */
    public String table() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-13s %6s %6s %6s %6s %6s%n",
                "type", "P", "R", "F1", "gold", "pred"));
        for (String t : TYPES) {
            int[] c = counts.get(t);
            double[] s = prf(t);
            sb.append(String.format(Locale.ROOT, "%-13s %6.3f %6.3f %6.3f %6d %6d%n", t, s[0], s[1], s[2], c[2],
                    c[1]));
        }
        double[] s = prf(null);
        int gold = counts.values().stream().mapToInt(c -> c[2]).sum();
        int pred = counts.values().stream().mapToInt(c -> c[1]).sum();
        sb.append(String.format(Locale.ROOT, "%-13s %6.3f %6.3f %6.3f %6d %6d%n", "overall", s[0], s[1], s[2], gold,
                pred));
        return sb.toString();
    }

    /** Per type and overall figures as a map, for JSON records. */
    public Map<String, Map<String, Double>> figures() {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (String t : TYPES) {
            double[] s = prf(t);
            out.put(t, Map.of("precision", round(s[0]), "recall", round(s[1]), "f1", round(s[2])));
        }
        double[] s = prf(null);
        out.put("overall", Map.of("precision", round(s[0]), "recall", round(s[1]), "f1", round(s[2])));
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
