package dev.gleaner.benchmarks.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scrapinghub article-extraction-benchmark metric, re-implemented from its description: text is cut into
 * {@code \w+} tokens (Unicode letters, numbers and underscore, as Python's {@code re} reads {@code \w}), tokens into
 * 4-token shingles (a text shorter than that is one shingle of all its tokens), and the shingle multisets of the
 * gold and the extracted text give true positives (shared counts), false positives (extra extracted counts) and
 * false negatives (missed gold counts). Each page's three counts are divided by their sum, so every page weighs the
 * same. Precision and recall are means over the pages where they are defined, and F1 is their harmonic mean (not a
 * mean of per-page F1 values).
 */
public final class ShingleScore {

    /** Shingle length used by the benchmark. */
    public static final int SHINGLE = 4;

    /** Python's Unicode {@code \w}: letters (L*), numbers (N*) and the underscore. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

    private ShingleScore() {
    }

    /**
     * One page's normalised counts.
     *
     * @param tp shared shingles, as a fraction of tp + fp + fn
     * @param fp extracted shingles not in the gold, same scale
     * @param fn gold shingles not extracted, same scale
     */
    public record Counts(double tp, double fp, double fn) {

        /** The benchmark's per-page precision (1 when nothing is wrong, 0 when nothing is right). */
        public double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            if (tp == 0 && fp == 0) {
                return 0;
            }
            return tp / (tp + fp);
        }

        /** The benchmark's per-page recall. */
        public double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            if (tp == 0 && fn == 0) {
                return 0;
            }
            return tp / (tp + fn);
        }

        /** The page's own F1, used only to rank pages. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * Means over pages.
     *
     * @param precision mean precision over pages with any extracted shingle
     * @param recall    mean recall over pages with any gold shingle
     * @param f1        harmonic mean of the two
     */
    public record Summary(double precision, double recall, double f1) {
    }

    /** The normalised counts of one page. */
    public static Counts score(String gold, String extracted) {
        Map<List<String>, Integer> truth = shingles(gold);
        Map<List<String>, Integer> pred = shingles(extracted);
        Set<List<String>> keys = new HashSet<>(truth.keySet());
        keys.addAll(pred.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> key : keys) {
            int t = truth.getOrDefault(key, 0);
            int p = pred.getOrDefault(key, 0);
            tp += Math.min(t, p);
            fp += Math.max(0, p - t);
            fn += Math.max(0, t - p);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new Counts(tp / sum, fp / sum, fn / sum) : new Counts(0, 0, 0);
    }

    /** Means over pages, as the benchmark computes them. */
    public static Summary summarise(List<Counts> pages) {
        double p = 0;
        int pn = 0;
        double r = 0;
        int rn = 0;
        for (Counts c : pages) {
            if (c.tp() + c.fp() > 0) {
                p += c.precision();
                pn++;
            }
            if (c.tp() + c.fn() > 0) {
                r += c.recall();
                rn++;
            }
        }
        double precision = pn == 0 ? 0 : p / pn;
        double recall = rn == 0 ? 0 : r / rn;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Summary(precision, recall, f1);
    }

    /** The {@code \w+} tokens of a text. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<List<String>, Integer> counts = new HashMap<>();
        int last = Math.max(1, tokens.size() - SHINGLE + 1);
        for (int i = 0; i < last; i++) {
            List<String> shingle = List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + SHINGLE)));
            if (!shingle.isEmpty()) {
                counts.merge(shingle, 1, Integer::sum);
            }
        }
        return counts;
    }
}
