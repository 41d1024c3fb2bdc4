package dev.gleaner.benchmarks.ner;

import dev.gleaner.extractors.entities.EntityRecognizer;
import dev.gleaner.extractors.entities.EntitySpan;
import dev.gleaner.extractors.entities.NameFinderModelFinder;
import dev.gleaner.extractors.nlp.TextAnalyzer;
import dev.gleaner.model.EntityType;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Scores Gleaner's whole entity stage by exact spans on a tokenised IOB file (UNER English-EWT dev), through
 * {@link EntityRecognizer#findInTokens(List)}, the same path as {@code gleaner entities --tokenized}; then measures
 * model loading time and single-thread throughput of the whole stage on raw text.
 *
 * <pre>
 * java -cp ... dev.gleaner.benchmarks.ner.NerEval --data ../shared/data/ner/uner-ewt/en_ewt-ud-dev.iob2 \
 *     [--model other.bin] [--no-lists] [--no-rules] [--throughput-seconds 20] [--errors]
 * </pre>
 *
 * <p>Throughput: the {@code # text =} lines of the file, joined ten at a time into documents, run through
 * {@link EntityRecognizer#entities} (sentence detection, tokenisation, all finders, merging) on one thread after a
 * warm-up; tokens are the analyzer's tokens.
 */
public final class NerEval {

    private NerEval() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = NerTrain.options(args);
        Path data = Path.of(opt.getOrDefault("data", "../shared/data/ner/uner-ewt/en_ewt-ud-dev.iob2"));

        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        TextAnalyzer analyzer = TextAnalyzer.english();
        long t1 = System.nanoTime();
        long c1 = cpu.getCurrentThreadCpuTime();
        NameFinderModelFinder.bundled();
        long t2 = System.nanoTime();
        long c2 = cpu.getCurrentThreadCpuTime();
        EntityRecognizer.Builder b = EntityRecognizer.builder().analyzer(analyzer)
                .bundledLists(!opt.containsKey("no-lists")).rules(!opt.containsKey("no-rules"));
        if (opt.containsKey("model")) {
            b.bundledModel(false);
            try (InputStream in = Files.newInputStream(Path.of(opt.get("model")))) {
                b.addNameFinder(NameFinderModelFinder.read("eval-model", in, EntityType.MISC));
            }
        }
        EntityRecognizer recognizer = b.build();
        long t3 = System.nanoTime();
        System.out.printf(Locale.ROOT, "loading (wall): text analyzer %.0f ms, name-finder model %.0f ms "
                + "(%.0f ms CPU of the loading thread), whole recognizer (lists, rules, model again) %.0f ms%n",
                ms(t1 - t0), ms(t2 - t1), ms(c2 - c1), ms(t3 - t2));

        List<LabeledSentence> gold = NerCorpora.readUner(data);
        SpanScorer scorer = new SpanScorer();
        boolean errors = opt.containsKey("errors");
        for (LabeledSentence s : gold) {
            List<LabeledSentence.GoldSpan> predicted = new ArrayList<>();
            for (EntitySpan span : recognizer.findInTokens(s.tokens())) {
                predicted.add(new LabeledSentence.GoldSpan(span.tokenStart(), span.tokenEnd(), span.type().name()));
            }
            scorer.add(s.spans(), predicted);
            if (errors) {
                printErrors(s, predicted);
            }
        }
        System.out.println("exact-span scores on " + data.getFileName() + " (" + gold.size() + " sentences):");
        System.out.print(scorer.table());

        int seconds = Integer.parseInt(opt.getOrDefault("throughput-seconds", "20"));
        if (seconds > 0) {
            throughput(recognizer, analyzer, texts(data), seconds);
        }
    }

    private static void throughput(EntityRecognizer recognizer, TextAnalyzer analyzer, List<String> docs,
                                   int seconds) {
        long tokens = 0;
        for (String d : docs) {
            tokens += analyzer.analyze(d).tokens().size();
        }
        long warmEnd = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            for (String d : docs) {
                recognizer.entities(d, Optional.empty());
            }
        }
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        long done = 0;
        int passes = 0;
        while (System.nanoTime() < end) {
            for (String d : docs) {
                recognizer.entities(d, Optional.empty());
            }
            done += tokens;
            passes++;
        }
        double secs = (System.nanoTime() - start) / 1e9;
        double cpuSecs = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "throughput (one thread, whole entity stage): %.0f tokens per CPU-second "
                        + "(per core), %.0f tokens/s wall (%d passes over %d tokens in %.1f s wall, %.1f s CPU)%n",
                done / cpuSecs, done / secs, passes, tokens, secs, cpuSecs);
    }

    private static List<String> texts(Path data) throws java.io.IOException {
        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(data, StandardCharsets.UTF_8)) {
            if (l.startsWith("# text = ")) {
                lines.add(l.substring("# text = ".length()));
            }
        }
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += 10) {
            docs.add(String.join(" ", lines.subList(i, Math.min(lines.size(), i + 10))));
        }
        return docs;
    }

    private static void printErrors(LabeledSentence s, List<LabeledSentence.GoldSpan> predicted) {
        for (LabeledSentence.GoldSpan g : s.spans()) {
            if (!predicted.contains(g)) {
                System.out.println("MISS " + g.type() + " " + String.join(" ", s.tokens().subList(g.start(), g.end()))
                        + " | " + String.join(" ", s.tokens()));
            }
        }
        for (LabeledSentence.GoldSpan p : predicted) {
            if (SpanScorer.TYPES.contains(p.type()) && !s.spans().contains(p)) {
                System.out.println("FALSE " + p.type() + " " + String.join(" ", s.tokens().subList(p.start(), p.end()))
                        + " | " + String.join(" ", s.tokens()));
            }
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
