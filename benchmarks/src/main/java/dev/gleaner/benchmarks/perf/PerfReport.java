package dev.gleaner.benchmarks.perf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The one command: runs the JMH benchmarks of {@link StageBenchmark} and {@link NlpBenchmark} on each page set with
 * JMH's GC profiler, probes the heap the largest page needs, prints the table (pages/s, MB/s, time ratio to jsoup
 * parse and to each peer, bytes allocated per page) with the targets, and writes it all as JSON.
 *
 * <pre>
 * java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" dev.gleaner.benchmarks.perf.PerfReport \
 *      [--sets blogger,articles] [--limit N] [--forks 1] [--warmup 2] [--iterations 3] [--time SECONDS]
 *      [--json perf.json] [--no-heap] [--no-nlp] [--data ../shared/data]
 * </pre>
 *
 * Ratios are times: {@code 1.6} under "÷ jsoup" means 1.6 times the time jsoup takes to parse the same pages;
 * {@code 0.25} under "÷ Readability4J" means four times faster than Readability4J.
 */
public final class PerfReport {

    /** Every row of the table; a new stage is one line here and one {@code @Benchmark} method. */
    static final List<Row> ROWS = List.of(
            new Row(StageBenchmark.class, "jsoupParse", "jsoup parse (floor)", Row.Unit.PAGE, Set.of()),
            new Row(StageBenchmark.class, "pipeline", "Gleaner pipeline, no enrichers", Row.Unit.PAGE, Set.of()),
            new Row(StageBenchmark.class, "bloggerExtraction", "Blogger extractor + parse", Row.Unit.PAGE,
                    Set.of(PageSets.BLOGGER, PageSets.BUNDLED)),
            new Row(StageBenchmark.class, "genericExtraction", "generic extractor + parse", Row.Unit.PAGE, Set.of()),
            new Row(StageBenchmark.class, "json", "JSON serialisation of the posts", Row.Unit.PAGE, Set.of()),
            new Row(StageBenchmark.class, "boilerpipe", "Boilerpipe ArticleExtractor", Row.Unit.PAGE, Set.of()),
            new Row(StageBenchmark.class, "readability4j", "Readability4J", Row.Unit.PAGE, Set.of()),
            new Row(NlpBenchmark.class, "entities", "entity extraction", Row.Unit.TOKENS, Set.of()),
            new Row(NlpBenchmark.class, "labels", "label suggestion (with entities)", Row.Unit.POST, Set.of()));

    /** The targets. */
    static final double MAX_RATIO_TO_PARSE = 2.0;
    static final double MIN_SPEEDUP_OVER_READABILITY = 3.0;
    static final double MIN_SPEEDUP_OVER_BOILERPIPE = 1.0;
    static final double MIN_TOKENS_PER_SECOND = 20_000;
    static final double MAX_LABEL_MS_PER_POST = 5.0;

    private static final String PARSE = "jsoupParse";
    private static final String PIPELINE = "pipeline";
    private static final String BOILERPIPE = "boilerpipe";
    private static final String READABILITY = "readability4j";
    private static final String ALLOC_NORM = "gc.alloc.rate.norm";
    private static final String HEAP = "-Xmx1g";
    private static final double MB = 1e6;
    private static final int EXIT_USAGE = 2;

    private PerfReport() {
    }

    /** Settings of one report. */
    record Settings(List<String> sets, int limit, int forks, int warmup, int iterations, int seconds,
                    @org.jspecify.annotations.Nullable Path json, boolean heap, boolean nlp, Path data) {
    }

    public static void main(String[] args) throws Exception {
        Settings s;
        try {
            s = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(EXIT_USAGE);
            return;
        }
        System.setProperty(PageSets.DATA_PROPERTY, s.data().toString());
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode report = json.createObjectNode();
        report.put("when", Instant.now().toString());
        report.put("java", System.getProperty("java.vm.name") + " " + Runtime.version());
        report.put("cores", Runtime.getRuntime().availableProcessors());
        report.put("loadAverageAtStart", loadAverage());
        report.put("jmh", String.format(Locale.ROOT, "forks %d, warm-up %d x %d s, measurement %d x %d s, %s, "
                + "-prof gc", s.forks(), s.warmup(), s.seconds(), s.iterations(), s.seconds(), HEAP));
        ArrayNode setsNode = report.putArray("sets");
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Gleaner performance (%s; %d cores; load average %.1f at start)%n",
                report.get("jmh").asText(), Runtime.getRuntime().availableProcessors(), loadAverage()));

        for (int i = 0; i < s.sets().size(); i++) {
            String set = s.sets().get(i);
            List<BenchPage> pages = PageSets.load(set, s.limit());
            String setName = PageSets.available(set) ? set : set + " (data absent: bundled pages)";
            long bytes = pages.stream().mapToLong(BenchPage::utf8Length).sum();
            boolean withNlp = s.nlp() && i == 0;
            List<Row> rows = ROWS.stream().filter(r -> r.runsOn(set))
                    .filter(r -> withNlp || r.unit() == Row.Unit.PAGE).toList();
            Map<String, RunResult> results = run(rows, set, s);
            ObjectNode setNode = setsNode.addObject();
            setNode.put("set", setName);
            setNode.put("pages", pages.size());
            setNode.put("bytes", bytes);
            out.append(String.format(Locale.ROOT, "%n%s%n", PageSets.describe(setName, pages)));
            table(rows, results, pages.size(), bytes, set, s, setNode, out);
            if (s.heap()) {
                heap(pages, setNode, out);
            }
        }
        report.put("loadAverageAtEnd", loadAverage());
        out.append(String.format(Locale.ROOT, "%nload average at end %.1f%n", loadAverage()));
        System.out.print(out);
        if (s.json() != null) {
            Files.writeString(s.json(), json.writeValueAsString(report) + "\n");
            System.out.println("wrote " + s.json());
        }
    }

    private static Map<String, RunResult> run(List<Row> rows, String set, Settings s) throws RunnerException {
        Map<String, RunResult> byName = new LinkedHashMap<>();
        for (Class<?> benchmark : rows.stream().map(Row::benchmark).distinct().toList()) {
            String methods = rows.stream().filter(r -> r.benchmark() == benchmark).map(Row::method)
                    .collect(Collectors.joining("|"));
            ChainedOptionsBuilder options = new OptionsBuilder()
                    .include("^" + benchmark.getName().replace(".", "\\.") + "\\.(" + methods + ")$")
                    .param("set", set)
                    .param("limit", Integer.toString(s.limit()))
                    .forks(s.forks())
                    .warmupIterations(s.warmup())
                    .warmupTime(TimeValue.seconds(s.seconds()))
                    .measurementIterations(s.iterations())
                    .measurementTime(TimeValue.seconds(s.seconds()))
                    .jvmArgsAppend(HEAP, "-D" + PageSets.DATA_PROPERTY + "=" + s.data())
                    .addProfiler(GCProfiler.class)
                    .shouldFailOnError(true)
                    .verbosity(VerboseMode.NORMAL);
            Collection<RunResult> results = new Runner(options.build()).run();
            for (RunResult r : results) {
                byName.put(r.getParams().getBenchmark(), r);
            }
        }
        return byName;
    }

    private static void table(List<Row> rows, Map<String, RunResult> results, int pageCount, long bytes,
                              String set, Settings s, ObjectNode setNode, StringBuilder out) {
        double parse = score(results, StageBenchmark.class.getName() + "." + PARSE);
        double boilerpipe = score(results, StageBenchmark.class.getName() + "." + BOILERPIPE);
        double readability = score(results, StageBenchmark.class.getName() + "." + READABILITY);
        out.append(String.format(Locale.ROOT, "%-34s %10s %9s %8s %8s %9s %9s %11s %12s%n", "stage", "ms/page",
                "pages/s", "MB/s", "÷ jsoup", "÷ Boilerp", "÷ Readab", "alloc/page", "±ms/page"));
        ArrayNode rowsNode = setNode.putArray("rows");
        List<Row> nlpRows = new ArrayList<>();
        for (Row row : rows) {
            RunResult r = results.get(row.jmhName());
            if (r == null) {
                continue;
            }
            if (row.unit() != Row.Unit.PAGE) {
                nlpRows.add(row);
                continue;
            }
            double ms = r.getPrimaryResult().getScore();
            double error = r.getPrimaryResult().getScoreError();
            double alloc = alloc(r);
            double perPage = ms / pageCount;
            ObjectNode node = rowsNode.addObject();
            node.put("stage", row.method());
            node.put("label", row.label());
            node.put("msPerPass", ms);
            node.put("msPerPassError", error);
            node.put("msPerPage", perPage);
            node.put("pagesPerSecond", 1000.0 / perPage);
            node.put("mbPerSecond", bytes / MB / (ms / 1000.0));
            node.put("ratioToJsoupParse", ms / parse);
            node.put("ratioToBoilerpipe", ms / boilerpipe);
            node.put("ratioToReadability4j", ms / readability);
            node.put("bytesAllocatedPerPage", alloc / pageCount);
            out.append(String.format(Locale.ROOT, "%-34s %10.2f %9.1f %8.2f %8.2f %9.2f %9.2f %8.0f KB %12.2f%n",
                    row.label(), perPage, 1000.0 / perPage, bytes / MB / (ms / 1000.0), ms / parse,
                    ms / boilerpipe, ms / readability, alloc / pageCount / 1024, error / pageCount));
        }
        if (!nlpRows.isEmpty()) {
            nlp(nlpRows, results, set, s, setNode, out);
        }
        double pipeline = score(results, StageBenchmark.class.getName() + "." + PIPELINE);
        ObjectNode targets = setNode.putObject("targets");
        out.append("targets (pipeline without enrichers):\n");
        target(out, targets, "pipelineToJsoupParse", pipeline / parse, "<=", MAX_RATIO_TO_PARSE,
                pipeline / parse <= MAX_RATIO_TO_PARSE);
        target(out, targets, "speedupOverReadability4j", readability / pipeline, ">=", MIN_SPEEDUP_OVER_READABILITY,
                readability / pipeline >= MIN_SPEEDUP_OVER_READABILITY);
        target(out, targets, "speedupOverBoilerpipe", boilerpipe / pipeline, ">=", MIN_SPEEDUP_OVER_BOILERPIPE,
                boilerpipe / pipeline >= MIN_SPEEDUP_OVER_BOILERPIPE);
    }

    private static void nlp(List<Row> rows, Map<String, RunResult> results, String set, Settings s,
                            ObjectNode setNode, StringBuilder out) {
        long tokens = NlpBenchmark.tokens(set, s.limit());
        int posts = NlpBenchmark.posts(set, s.limit());
        ArrayNode node = setNode.putArray("postStages");
        boolean model = NlpBenchmark.modelBundled();
        setNode.put("entityModelBundled", model);
        out.append(String.format(Locale.ROOT, "post stages (%d posts, %d tokens; entity name-finder model %s):%n",
                posts, tokens, model ? "bundled" : "NOT bundled yet, rules and lists only"));
        for (Row row : rows) {
            RunResult r = results.get(row.jmhName());
            double ms = r.getPrimaryResult().getScore();
            ObjectNode n = node.addObject();
            n.put("stage", row.method());
            n.put("label", row.label());
            n.put("msPerPass", ms);
            n.put("bytesAllocatedPerPost", alloc(r) / posts);
            if (row.unit() == Row.Unit.TOKENS) {
                double perThousand = ms / (tokens / 1000.0);
                double perSecond = tokens / (ms / 1000.0);
                n.put("msPer1000Tokens", perThousand);
                n.put("tokensPerSecond", perSecond);
                out.append(String.format(Locale.ROOT, "  %-34s %8.2f ms per 1,000 tokens, %,.0f tokens/s "
                        + "(target >= %,.0f: %s)%n", row.label(), perThousand, perSecond, MIN_TOKENS_PER_SECOND,
                        perSecond >= MIN_TOKENS_PER_SECOND ? "met" : "NOT MET"));
            } else {
                double perPost = ms / posts;
                n.put("msPerPost", perPost);
                out.append(String.format(Locale.ROOT, "  %-34s %8.2f ms per post (target < %.0f ms: %s)%n",
                        row.label(), perPost, MAX_LABEL_MS_PER_POST,
                        perPost < MAX_LABEL_MS_PER_POST ? "met" : "NOT MET"));
            }
        }
    }

    private static void heap(List<BenchPage> pages, ObjectNode setNode, StringBuilder out) throws IOException,
            InterruptedException {
        BenchPage largest = PageSets.largest(pages);
        Path dir = Files.createTempDirectory("gleaner-heap");
        try {
            Path page = dir.resolve("largest.html");
            Files.write(page, largest.bytes());
            Path tiny = dir.resolve("tiny.html");
            Files.writeString(tiny, "<html><head><title>t</title></head><body><p>One short paragraph.</p></body>"
                    + "</html>");
            int needed = HeapProbe.smallestHeapMb(page, largest.url());
            int baseline = HeapProbe.smallestHeapMb(tiny, "");
            ObjectNode node = setNode.putObject("heap");
            node.put("largestPage", largest.name());
            node.put("largestPageBytes", largest.utf8Length());
            node.put("smallestXmxMb", needed);
            node.put("smallestXmxMbTinyPage", baseline);
            out.append(String.format(Locale.ROOT, "heap: the largest page (%s, %.2f MB) goes through the pipeline "
                    + "with -Xmx%dm; a one-paragraph page needs -Xmx%dm (to %d MB, default collector)%n",
                    largest.name(), largest.utf8Length() / MB, needed, baseline, HeapProbe.RESOLUTION_MB));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static void target(StringBuilder out, ObjectNode targets, String name, double value, String op,
                               double bound, boolean met) {
        ObjectNode t = targets.putObject(name);
        t.put("value", value);
        t.put("target", op + " " + bound);
        t.put("met", met);
        out.append(String.format(Locale.ROOT, "  %-26s %6.2f  (target %s %.1f: %s)%n", name, value, op, bound,
                met ? "met" : "NOT MET"));
    }

    private static double score(Map<String, RunResult> results, String name) {
        RunResult r = results.get(name);
        return r == null ? Double.NaN : r.getPrimaryResult().getScore();
    }

    /** Bytes allocated per operation (JMH's GC profiler), NaN when the profiler gave none. */
    private static double alloc(RunResult r) {
        for (Map.Entry<String, Result> e : r.getSecondaryResults().entrySet()) {
            if (e.getKey().endsWith(ALLOC_NORM)) {
                return e.getValue().getScore();
            }
        }
        return Double.NaN;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static Settings parse(String[] args) {
        List<String> sets = List.of(PageSets.BLOGGER, PageSets.ARTICLES);
        int limit = 0;
        int forks = 1;
        int warmup = 2;
        int iterations = 3;
        int seconds = 3;
        Path json = null;
        boolean heap = true;
        boolean nlp = true;
        Path data = Path.of(PageSets.DEFAULT_DATA);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--sets" -> sets = List.of(value(args, ++i, a).split(","));
                case "--limit" -> limit = number(args, ++i, a);
                case "--forks" -> forks = number(args, ++i, a);
                case "--warmup" -> warmup = number(args, ++i, a);
                case "--iterations" -> iterations = number(args, ++i, a);
                case "--time" -> seconds = number(args, ++i, a);
                case "--json" -> json = Path.of(value(args, ++i, a));
                case "--data" -> data = Path.of(value(args, ++i, a));
                case "--no-heap" -> heap = false;
                case "--no-nlp" -> nlp = false;
                default -> throw new IllegalArgumentException("unknown option " + a + "\nusage: PerfReport [--sets "
                        + "blogger,articles] [--limit N] [--forks N] [--warmup N] [--iterations N] [--time SECONDS] "
                        + "[--json FILE] [--data DIR] [--no-heap] [--no-nlp]");
            }
        }
        for (String set : sets) {
            if (!PageSets.NAMES.contains(set)) {
                throw new IllegalArgumentException("unknown page set '" + set + "' (expected one of "
                        + PageSets.NAMES + ")");
            }
        }
        return new Settings(sets, limit, forks, warmup, iterations, seconds, json, heap, nlp, data);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int number(String[] args, int i, String option) {
        try {
            return Integer.parseInt(value(args, i, option));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, got " + args[i]);
        }
    }
}
