package dev.gleaner.extractors.labels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains a {@link LabelModel}: learns the features and one classifier per label, and calibrates the cut on a
 * chronological holdout (the newest {@link #HOLDOUT_SHARE} of the posts, taught by the older ones), which is how a
 * model meets new posts: some of their labels are new to it.
 */
final class LabelModelTrainer {

    /** Share of the (oldest-first) posts held out to calibrate the cut. */
    static final double HOLDOUT_SHARE = 0.2;
    /** A word or bigram is a feature when at least this many posts contain it. */
    static final int MIN_FEATURE_DOCS = 2;
    /** Fewer labelled posts than this in the holdout: keep the default cut rather than calibrate on noise. */
    static final int MIN_HOLDOUT_POSTS = 10;
    /** The cut used when there is too little data to calibrate: a label is recommended at even odds. */
    static final LabelCut DEFAULT_CUT = LabelCut.uncalibrated(0.5, OpenCut.DEFAULT_PER_POST,
            true);

    /**
     * Half-life of a post's training weight, as a share of the training posts (oldest first): a blog's topics
     * drift. Calibrated on marcusoft's development split (LabelEval --dev: the training part's newest fifth).
     */
    static final double RECENCY_HALF_LIFE_SHARE = 0.25;
    /** The half-life never falls below this many posts (small blogs weigh all their posts nearly alike). */
    static final double MIN_HALF_LIFE_POSTS = 50;

    private LabelModelTrainer() {
    }

    static LabelModel train(List<LabelledText> posts, KeyphraseFinder finder) {
        Map<String, String> display = displayForms(posts);
        if (display.isEmpty()) {
            throw new IllegalArgumentException("posts: no post carries a label, there is no vocabulary to learn");
        }
        LabelModel full = fit(posts, display);
        int split = (int) Math.round(posts.size() * (1.0 - HOLDOUT_SHARE));
        List<LabelledText> holdout = posts.subList(split, posts.size()).stream()
                .filter(p -> !p.labels().isEmpty()).toList();
        List<LabelledText> older = posts.subList(0, split);
        Map<String, String> olderDisplay = displayForms(older);
        if (holdout.size() < MIN_HOLDOUT_POSTS || olderDisplay.isEmpty()) {
            return full.withCut(DEFAULT_CUT);
        }
        LabelModel partial = fit(older, olderDisplay);
        return full.withCut(CutCalibrator.calibrate(partial, holdout, finder));
    }

    private static LabelModel fit(List<LabelledText> posts, Map<String, String> display) {
        List<List<String>> docs = new ArrayList<>(posts.size());
        for (LabelledText p : posts) {
            docs.add(FeatureSpace.documentTerms(p.title(), p.text()));
        }
        FeatureSpace features = FeatureSpace.fit(docs, MIN_FEATURE_DOCS);
        List<String> names = new ArrayList<>(display.values());
        Map<String, Integer> labelIndex = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            labelIndex.put(key(names.get(i)), i);
        }
        List<PostView> views = new ArrayList<>(posts.size());
        List<int[]> labels = new ArrayList<>(posts.size());
        for (LabelledText p : posts) {
            views.add(PostView.of(features, p.title(), p.text()));
            labels.add(p.labels().stream().map(l -> labelIndex.get(key(l))).filter(i -> i != null)
                    .mapToInt(Integer::intValue).distinct().toArray());
        }
        List<LabelMentions> mentions = names.stream().map(LabelMentions::new).toList();
        double halfLife = Math.max(MIN_HALF_LIFE_POSTS, RECENCY_HALF_LIFE_SHARE * posts.size());
        List<LabelClassifier> classifiers = LinearTrainer.train(views, labels, names, mentions, features.size(),
                LinearTrainer.recencyWeights(posts.size(), halfLife));
        return new LabelModel(features, classifiers, DEFAULT_CUT, posts.size());
    }

    /** Labels compare case-insensitively; each keeps its most used spelling. Most used labels first. */
    static Map<String, String> displayForms(List<LabelledText> posts) {
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (LabelledText p : posts) {
            for (String label : p.labels()) {
                String l = label.strip();
                if (l.isEmpty()) {
                    continue;
                }
                spellings.computeIfAbsent(key(l), k -> new HashMap<>()).merge(l, 1, Integer::sum);
                counts.merge(key(l), 1, Integer::sum);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), spellings.get(e.getKey()).entrySet().stream()
                        .max(Map.Entry.<String, Integer>comparingByValue()
                                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                        .orElseThrow().getKey()));
        return out;
    }

    /** The case-insensitive comparison key of a label. */
    static String key(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }
}
