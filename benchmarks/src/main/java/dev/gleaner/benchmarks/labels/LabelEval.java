package dev.gleaner.benchmarks.labels;

import dev.gleaner.extractors.labels.LabelModel;
import dev.gleaner.extractors.labels.LabelSuggester;
import dev.gleaner.extractors.labels.LabelledText;
import dev.gleaner.extractors.nlp.TextAnalyzer;
import dev.gleaner.model.LabelSuggestion;
import dev.gleaner.model.Post;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Measures label suggestions on a labelled blog: trains on the oldest 80% of its labelled posts (by date), suggests
 * for the newest 20% with their labels hidden, and prints micro P/R/F1 of the recommended set and recall@5 of the
 * ranked list, counting every gold label of the test posts (also labels the training part never saw), side by side
 * with the plain baseline ({@link BaselineSvm}). Also times suggestion per post after the model is loaded.
 *
 * <pre>
 * ./mvnw -q -pl benchmarks -am -DskipTests install
 * ./mvnw -q -pl benchmarks exec:java -Dexec.mainClass=dev.gleaner.benchmarks.labels.LabelEval \
 *     -Dexec.args="--data ../shared/data/labels/marcusoft/posts.jsonl"
 * </pre>
 */
public final class LabelEval {

    /** Share of the labelled posts (oldest first) used for training. */
    static final double TRAIN_SHARE = 0.8;
    /** Targets of issue 5. */
    static final double TARGET_F1 = 0.55;
    static final double TARGET_RECALL_AT_5 = 0.70;
    static final double TARGET_MS_PER_POST = 5.0;
    /** Timed passes over the test posts (after warm-up passes). */
    private static final int TIMED_PASSES = 20;
    private static final int WARMUP_PASSES = 5;

    private LabelEval() {
    }

    /**
     * Entry point: {@code --data posts.jsonl [--verbose] [--open-only] [--no-tagger] [--dev]}. {@code --dev} measures
     * on the newest fifth of the training part instead of the test posts (for tuning constants without looking at
     * the test posts).
     */
    public static void main(String[] args) throws IOException {
        Path data = null;
        boolean verbose = false;
        boolean openOnly = false;
        boolean tagger = true;
        boolean dev = false;
        boolean timing = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--verbose" -> verbose = true;
                case "--open-only" -> openOnly = true;
                case "--no-tagger" -> tagger = false;
                case "--dev" -> dev = true;
                case "--no-timing" -> timing = false;
                default -> {
                    System.err.println("unknown argument: " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (data == null) {
            System.err.println("usage: LabelEval --data posts.jsonl [--verbose] [--open-only] [--no-tagger] [--dev] [--no-timing]");
            System.exit(2);
        }
        List<LabelledPost> posts = new ArrayList<>(LabelledPost.read(data).stream()
                .filter(p -> !p.labels().isEmpty()).toList());
        posts.sort(Comparator.comparing(LabelledPost::date));
        int split = (int) Math.round(posts.size() * TRAIN_SHARE);
        List<LabelledPost> train = posts.subList(0, split);
        List<LabelledPost> test = posts.subList(split, posts.size());
        if (dev) {
            // Development split for tuning constants: the training part alone, split again the same way (its newest
            // fifth is the holdout the trainer calibrates on); the test posts stay unseen.
            int devSplit = (int) Math.round(train.size() * TRAIN_SHARE);
            test = train.subList(devSplit, train.size());
            train = train.subList(0, devSplit);
        }
        Set<String> seen = new HashSet<>();
        train.forEach(p -> p.labels().forEach(l -> seen.add(l.toLowerCase(Locale.ROOT))));
        long unseen = test.stream().flatMap(p -> p.labels().stream())
                .filter(l -> !seen.contains(l.toLowerCase(Locale.ROOT))).count();
        long goldTotal = test.stream().mapToLong(p -> p.labels().size()).sum();
        System.out.printf(Locale.ROOT, "data %s: %d labelled posts, train %d (to %s), test %d; test gold labels %d,"
                + " %d of them never seen in training%n", data, posts.size(), train.size(),
                train.get(train.size() - 1).date(), test.size(), goldTotal, unseen);

        LabelSuggester.Builder builder = LabelSuggester.builder();
        if (tagger) {
            builder.tagger(TextAnalyzer.english());
        } else {
            builder.withoutTagger();
        }
        LabelSuggester open = builder.build();
        long t0 = System.nanoTime();
        LabelSuggester suggester = open;
        double trainSeconds = 0;
        if (!openOnly) {
            LabelModel model = LabelModel.train(train.stream()
                    .map(p -> new LabelledText(p.title(), p.text(), p.labels())).toList(), open);
            trainSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "model: %s, trained in %.2f s%n", model, trainSeconds);
            suggester = builder.model(model).build();
        }

        List<Post> testPosts = test.stream().map(p -> Post.builder().title(p.title()).text(p.text()).build())
                .toList();
        SuggestionScore ours = new SuggestionScore();
        java.util.Map<String, Integer> bySource = new java.util.TreeMap<>();
        for (int i = 0; i < test.size(); i++) {
            List<LabelSuggestion> s = suggester.suggest(testPosts.get(i));
            List<String> recommended = s.stream().filter(LabelSuggestion::recommended).map(LabelSuggestion::label)
                    .toList();
            List<String> ranked = s.stream().map(LabelSuggestion::label).toList();
            ours.add(test.get(i).labels(), recommended, ranked);
            s.stream().filter(LabelSuggestion::recommended).forEach(x -> bySource.merge(x.source().name(), 1,
                    Integer::sum));
            if (verbose) {
                System.out.printf(Locale.ROOT, "%s | gold %s | rec %s | ranked %s%n", test.get(i).title(),
                        test.get(i).labels(), recommended, s.stream().map(x -> String.format(Locale.ROOT,
                                "%s(%s %.2f)", x.label(), x.source().name().charAt(0), x.score())).toList());
            }
        }

        t0 = System.nanoTime();
        BaselineSvm baseline = new BaselineSvm(train);
        double baselineSeconds = (System.nanoTime() - t0) / 1e9;
        SuggestionScore plain = new SuggestionScore();
        for (LabelledPost p : test) {
            List<BaselineSvm.Ranked> ranked = baseline.rank(p);
            plain.add(p.labels(), BaselineSvm.predicted(ranked), ranked.stream().map(BaselineSvm.Ranked::label)
                    .toList());
        }

        double[] msPerPost = timing ? timePerPost(suggester, testPosts) : new double[] {Double.NaN, Double.NaN};

        System.out.printf(Locale.ROOT, "%n%-22s %10s %10s %8s%n", "measure", "gleaner", "baseline", "target");
        row("micro precision", ours.precision(), plain.precision(), "");
        row("micro recall", ours.recall(), plain.recall(), "");
        row("micro F1", ours.f1(), plain.f1(), ">= " + TARGET_F1);
        row("recall@5", ours.recallAtK(), plain.recallAtK(), ">= " + TARGET_RECALL_AT_5);
        System.out.printf(Locale.ROOT, "%-22s %10d %10d%n", "recommended labels", ours.predicted(),
                plain.predicted());
        System.out.printf(Locale.ROOT, "%-22s %s%n", "recommended by source", bySource);
        System.out.printf(Locale.ROOT, "%-22s %10.2f %10.2f%n", "training seconds", trainSeconds, baselineSeconds);
        System.out.printf(Locale.ROOT, "%-22s %10.3f %10s %8s%n", "ms per post (suggest)", msPerPost[0], "-",
                "< " + TARGET_MS_PER_POST);
        System.out.printf(Locale.ROOT, "%-22s %10.3f %10s%n", "  of it CPU ms", msPerPost[1], "-");
    }

    private static void row(String name, double a, double b, String target) {
        System.out.printf(Locale.ROOT, "%-22s %10.3f %10.3f %8s%n", name, a, b, target);
    }

    /**
     * Mean wall time and CPU time (this thread's, from {@link java.lang.management.ThreadMXBean}) of one suggest call,
     * over timed passes after warm-up (single thread). CPU time is what a post costs when other processes share the
     * cores; wall time is what it costs on an idle machine only.
     */
    private static double[] timePerPost(LabelSuggester suggester, List<Post> posts) {
        long sink = 0;
        for (int pass = 0; pass < WARMUP_PASSES; pass++) {
            for (Post p : posts) {
                sink += suggester.suggest(p).size();
            }
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int pass = 0; pass < TIMED_PASSES; pass++) {
            for (Post p : posts) {
                sink += suggester.suggest(p).size();
            }
        }
        double calls = TIMED_PASSES * (double) posts.size();
        double ms = (System.nanoTime() - t0) / 1e6 / calls;
        double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e6 / calls;
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink);
        }
        return new double[] {ms, cpu};
    }
}
