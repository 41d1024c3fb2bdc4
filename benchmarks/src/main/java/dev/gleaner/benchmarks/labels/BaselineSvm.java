package dev.gleaner.benchmarks.labels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain baseline: one-vs-rest linear SVM (hinge loss, L2, Pegasos-style SGD) on sublinear TF-IDF of lower-cased
 * words and bigrams of title and text; a post gets every label with a positive margin, and at least the best one.
 * The ranked list orders labels by margin.
 */
final class BaselineSvm {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MIN_DF = 2;
    private static final double LAMBDA = 1e-4;
    private static final int EPOCHS = 20;
    private static final long SEED = 7L;

    private final Map<String, Integer> index = new HashMap<>();
    private final List<Double> idf = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final List<double[]> weights = new ArrayList<>();
    private final List<Double> biases = new ArrayList<>();

    /** A ranked label with its margin. */
    record Ranked(String label, double margin) {
    }

    BaselineSvm(List<LabelledPost> train) {
        Map<String, Integer> df = new HashMap<>();
        for (LabelledPost p : train) {
            for (String f : new HashSet<>(features(p))) {
                df.merge(f, 1, Integer::sum);
            }
        }
        df.forEach((f, n) -> {
            if (n >= MIN_DF) {
                index.put(f, index.size());
                idf.add(Math.log((train.size() + 1.0) / (n + 1.0)) + 1.0);
            }
        });
        Map<String, Set<Integer>> byLabel = new LinkedHashMap<>();
        for (int i = 0; i < train.size(); i++) {
            for (String l : train.get(i).labels()) {
                byLabel.computeIfAbsent(l.toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(i);
            }
        }
        List<Map<Integer, Double>> xs = new ArrayList<>();
        for (LabelledPost p : train) {
            xs.add(vector(p));
        }
        byLabel.forEach((label, positives) -> {
            labels.add(label);
            trainOne(xs, positives);
        });
    }

    private void trainOne(List<Map<Integer, Double>> xs, Set<Integer> positives) {
        double[] w = new double[index.size()];
        double scale = 1.0; // true weights are scale * w, so the L2 shrink costs O(1) per step
        double b = 0;
        Random random = new Random(SEED);
        int n = xs.size();
        long t = 1;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (int step = 0; step < n; step++, t++) {
                int i = random.nextInt(n);
                double y = positives.contains(i) ? 1 : -1;
                double rate = 1.0 / (LAMBDA * (t + 1000));
                double margin = b;
                for (Map.Entry<Integer, Double> e : xs.get(i).entrySet()) {
                    margin += scale * w[e.getKey()] * e.getValue();
                }
                scale *= 1.0 - rate * LAMBDA;
                if (y * margin < 1) {
                    for (Map.Entry<Integer, Double> e : xs.get(i).entrySet()) {
                        w[e.getKey()] += rate * y * e.getValue() / scale;
                    }
                    b += rate * y * 0.01;
                }
            }
        }
        for (int k = 0; k < w.length; k++) {
            w[k] *= scale;
        }
        weights.add(w);
        biases.add(b);
    }

    /** Every known label, best margin first. */
    List<Ranked> rank(LabelledPost post) {
        Map<Integer, Double> x = vector(post);
        List<Ranked> out = new ArrayList<>();
        for (int l = 0; l < labels.size(); l++) {
            double m = biases.get(l);
            for (Map.Entry<Integer, Double> e : x.entrySet()) {
                m += weights.get(l)[e.getKey()] * e.getValue();
            }
            out.add(new Ranked(labels.get(l), m));
        }
        out.sort((a, b) -> Double.compare(b.margin(), a.margin()));
        return out;
    }

    /** The predicted set: positive margins, at least the best label. */
    static List<String> predicted(List<Ranked> ranked) {
        List<String> out = new ArrayList<>();
        for (Ranked r : ranked) {
            if (r.margin() > 0 || out.isEmpty()) {
                out.add(r.label());
            }
        }
        return out;
    }

    private Map<Integer, Double> vector(LabelledPost p) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (String f : features(p)) {
            Integer i = index.get(f);
            if (i != null) {
                counts.merge(i, 1, Integer::sum);
            }
        }
        Map<Integer, Double> x = new HashMap<>();
        double norm = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            double v = (1 + Math.log(e.getValue())) * idf.get(e.getKey());
            x.put(e.getKey(), v);
            norm += v * v;
        }
        double inv = norm == 0 ? 0 : 1 / Math.sqrt(norm);
        x.replaceAll((k, v) -> v * inv);
        return x;
    }

    private static List<String> features(LabelledPost p) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(p.title() + "\n" + p.text());
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        List<String> out = new ArrayList<>(words);
        for (int i = 1; i < words.size(); i++) {
            out.add(words.get(i - 1) + " " + words.get(i));
        }
        return out;
    }
}
