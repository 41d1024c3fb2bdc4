package dev.gleaner.benchmarks.perf;

import dev.gleaner.Gleaner;
import dev.gleaner.extractors.entities.EntityRecognizer;
import dev.gleaner.extractors.labels.LabelSuggester;
import dev.gleaner.model.Post;
import dev.gleaner.model.PostTime;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import org.jsoup.Jsoup;

/**
 * Per-core figures on a loaded machine: the same stages as the JMH table, timed by this process's CPU time (the
 * measuring thread plus its garbage collection and compiler threads; not wall time) after a warm-up, so that other
 * processes competing for the cores do not count. JMH's wall-clock
 * ratios remain the reference; these say what one core does, which is what the per-core targets ask.
 *
 * <pre>
 * java -cp ... dev.gleaner.benchmarks.perf.CpuTimeProbe [SET] [PASSES] [WARM_UP_PASSES]
 * </pre>
 *
 * The compiler threads count too: give a small set enough warm-up passes (a few hundred pages) that the JIT is done.
 */
public final class CpuTimeProbe {
    private static final int DEFAULT_PASSES = 5;
    private static final int DEFAULT_WARM_UP_PASSES = 3;
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private CpuTimeProbe() {
    }

    public static void main(String[] args) {
        String set = args.length > 0 ? args[0] : PageSets.BLOGGER;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_PASSES;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_WARM_UP_PASSES;
        List<BenchPage> pages = PageSets.load(set, 0);
        Gleaner pipeline = Gleaner.builder().enrichers(List.of()).build();
        EntityRecognizer entities = NlpBenchmark.recognizer();
        LabelSuggester labels = LabelSuggester.open();
        List<Post> posts = new ArrayList<>();
        List<Post> withEntities = new ArrayList<>();
        long tokens = 0;
        for (BenchPage p : pages) {
            for (Post post : pipeline.ingest(p.html(), p.url()).posts()) {
                posts.add(post);
                tokens += entities.analyzer().analyze(post.text()).tokens().size();
                withEntities.add(post.toBuilder().entities(entities.entities(post.text(),
                        post.published().map(PostTime::date))).build());
            }
        }
        System.out.println(PageSets.describe(set, pages) + String.format(Locale.ROOT, ", %d posts, %d tokens; "
                + "process CPU time, %d passes after %d warm-up passes", posts.size(), tokens,
                passes, warmUp));
        double parse = perPass(passes, warmUp, () -> {
            int n = 0;
            for (BenchPage p : pages) {
                n += Jsoup.parse(p.html(), p.url()).childNodeSize();
            }
            return n;
        });
        double gleaner = perPass(passes, warmUp, () -> {
            int n = 0;
            for (BenchPage p : pages) {
                n += pipeline.ingest(p.html(), p.url()).posts().size();
            }
            return n;
        });
        double boilerpipe = perPass(passes, warmUp, () -> {
            int n = 0;
            for (BenchPage p : pages) {
                n += Peers.boilerpipe(p.html()).length();
            }
            return n;
        });
        double readability = perPass(passes, warmUp, () -> {
            int n = 0;
            for (BenchPage p : pages) {
                n += Peers.readability4j(p.html(), p.url()).length();
            }
            return n;
        });
        double entityPass = perPass(passes, warmUp, () -> {
            int n = 0;
            for (Post post : posts) {
                n += entities.entities(post.text(), post.published().map(PostTime::date)).size();
            }
            return n;
        });
        double labelPass = perPass(passes, warmUp, () -> {
            int n = 0;
            for (Post post : withEntities) {
                n += labels.suggest(post).size();
            }
            return n;
        });
        int count = pages.size();
        System.out.printf(Locale.ROOT, "jsoup parse        %8.2f CPU ms/page%n", parse / count);
        System.out.printf(Locale.ROOT, "Gleaner pipeline   %8.2f CPU ms/page  (÷ jsoup %.2f)%n", gleaner / count,
                gleaner / parse);
        System.out.printf(Locale.ROOT, "Boilerpipe         %8.2f CPU ms/page  (Gleaner is %.2fx its speed)%n",
                boilerpipe / count, boilerpipe / gleaner);
        System.out.printf(Locale.ROOT, "Readability4J      %8.2f CPU ms/page  (Gleaner is %.2fx its speed)%n",
                readability / count, readability / gleaner);
        System.out.printf(Locale.ROOT, "entity extraction  %,8.0f tokens per CPU second (%.2f ms per 1,000 tokens)%n",
                tokens / (entityPass / 1000), entityPass / (tokens / 1000.0));
        System.out.printf(Locale.ROOT, "label suggestion   %8.2f CPU ms/post%n", labelPass / posts.size());
    }

    /** CPU milliseconds of one pass, the mean of {@code passes} after the warm-up. */
    private static double perPass(int passes, int warmUp, IntSupplier pass) {
        int sink = 0;
        for (int i = 0; i < warmUp; i++) {
            sink += pass.getAsInt();
        }
        long start = OS.getProcessCpuTime();
        for (int i = 0; i < passes; i++) {
            sink += pass.getAsInt();
        }
        long nanos = OS.getProcessCpuTime() - start;
        if (sink == Integer.MIN_VALUE) {
            System.out.print(""); // keeps the results alive
        }
        return nanos / 1e6 / passes;
    }
}
