package dev.gleaner.benchmarks.perf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The whole-process comparison: {@code gleaner convert DIR --threads 1 --no-entities --no-labels} against each
 * peer's own runner ({@link PeerRunner}) and the jsoup floor over the same few thousand pages (the benchmark pages
 * repeated, hard-linked into a temporary directory), each a fresh JVM timed from launch to exit; and the start-up
 * time: {@code gleaner convert} with every default stage (all models loaded) on one page, launch to exit.
 *
 * <pre>
 * java -cp ... dev.gleaner.benchmarks.perf.ProcessComparison [--pages 3000] [--sets blogger,articles]
 *      [--jar samples/target/gleaner.jar] [--json process.json] [--data ../shared/data]
 * </pre>
 */
public final class ProcessComparison {
    /** Runs of the one-page start-up measurement; the median counts. */
    static final int START_UP_RUNS = 5;
    /** The start-up target, in seconds. */
    static final double MAX_START_UP_SECONDS = 1.5;
    private static final String HEAP = "-Xmx1g";
    private static final int EXIT_USAGE = 2;

    private ProcessComparison() {
    }

    public static void main(String[] args) throws Exception {
        int pageCount = 3000;
        List<String> sets = List.of(PageSets.BLOGGER, PageSets.ARTICLES);
        Path jar = Path.of("samples/target/gleaner.jar");
        Path jsonOut = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--pages" -> pageCount = Integer.parseInt(args[++i]);
                case "--sets" -> sets = List.of(args[++i].split(","));
                case "--jar" -> jar = Path.of(args[++i]);
                case "--json" -> jsonOut = Path.of(args[++i]);
                case "--data" -> System.setProperty(PageSets.DATA_PROPERTY, args[++i]);
                default -> {
                    System.err.println("usage: ProcessComparison [--pages N] [--sets a,b] [--jar gleaner.jar] "
                            + "[--json FILE] [--data DIR]");
                    System.exit(EXIT_USAGE);
                }
            }
        }
        if (!Files.isRegularFile(jar)) {
            System.err.println(jar + " not found: build it with ./mvnw -q -DskipTests package");
            System.exit(EXIT_USAGE);
        }
        List<BenchPage> pages = new ArrayList<>();
        for (String set : sets) {
            pages.addAll(PageSets.load(set, 0));
        }
        Path work = Files.createTempDirectory("gleaner-process");
        Path corpus = work.resolve("pages");
        long bytes = corpus(pages, pageCount, corpus);
        Path one = work.resolve("one");
        Files.createDirectories(one);
        Files.write(one.resolve("page.html"), pages.get(0).bytes());

        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode report = json.createObjectNode();
        report.put("when", Instant.now().toString());
        report.put("loadAverageAtStart", loadAverage());
        report.put("pages", pageCount);
        report.put("bytes", bytes);
        report.put("sets", String.join(",", sets));
        String help = output(List.of(java(), "-jar", jar.toString(), "convert", "--help"));
        List<String> off = new ArrayList<>();
        for (String flag : List.of("--no-entities", "--no-labels")) {
            if (help.contains(flag)) {
                off.add(flag);
            }
        }
        report.put("convertFlags", "--threads 1 --progress none " + String.join(" ", off));
        System.out.printf(Locale.ROOT, "%d pages (%.0f MB) from %s; load average %.1f%n", pageCount, bytes / 1e6,
                sets, loadAverage());

        List<String> cp = List.of(java(), HEAP, "-cp", System.getProperty("java.class.path"),
                PeerRunner.class.getName());
        List<String> convert = new ArrayList<>(List.of(java(), HEAP, "-jar", jar.toString(), "convert",
                corpus.toString(), "-o", work.resolve("gleaner.jsonl").toString(), "--errors",
                work.resolve("errors.jsonl").toString(), "--threads", "1", "--progress", "none"));
        convert.addAll(off);
        double floor = timed(concat(cp, "jsoup", corpus.toString(), work.resolve("jsoup.jsonl").toString()));
        double gleaner = timed(convert);
        double boilerpipe = timed(concat(cp, "boilerpipe", corpus.toString(),
                work.resolve("boilerpipe.jsonl").toString()));
        double readability = timed(concat(cp, "readability4j", corpus.toString(),
                work.resolve("readability4j.jsonl").toString()));
        ObjectNode runs = report.putObject("secondsPerProcess");
        runs.put("jsoupParse", floor);
        runs.put("gleanerConvert", gleaner);
        runs.put("boilerpipe", boilerpipe);
        runs.put("readability4j", readability);
        System.out.printf(Locale.ROOT, "%-40s %9s %9s %10s%n", "process (launch to exit)", "seconds", "pages/s",
                "÷ jsoup");
        row("jsoup parse + text (floor)", floor, pageCount, floor);
        row("gleaner convert " + String.join(" ", off), gleaner, pageCount, floor);
        row("Boilerpipe ArticleExtractor runner", boilerpipe, pageCount, floor);
        row("Readability4J runner", readability, pageCount, floor);
        ObjectNode ratios = report.putObject("ratios");
        ratios.put("gleanerToJsoup", gleaner / floor);
        ratios.put("speedupOverBoilerpipe", boilerpipe / gleaner);
        ratios.put("speedupOverReadability4j", readability / gleaner);
        System.out.printf(Locale.ROOT, "gleaner ÷ jsoup %.2f; speed-up over Boilerpipe %.2f, over Readability4J "
                + "%.2f%n", gleaner / floor, boilerpipe / gleaner, readability / gleaner);

        List<String> startUp = List.of(java(), HEAP, "-jar", jar.toString(), "convert", one.toString(), "-o",
                work.resolve("one.jsonl").toString(), "--threads", "1", "--progress", "none");
        double[] times = new double[START_UP_RUNS];
        for (int i = 0; i < START_UP_RUNS; i++) {
            times[i] = timed(startUp);
        }
        Arrays.sort(times);
        double median = times[START_UP_RUNS / 2];
        ObjectNode s = report.putObject("startUp");
        s.put("command", "gleaner convert ONE_PAGE_DIR (every default stage)");
        s.put("medianSeconds", median);
        s.put("minSeconds", times[0]);
        s.put("met", median < MAX_START_UP_SECONDS);
        System.out.printf(Locale.ROOT, "start-up, every default stage, one page, launch to exit: median %.2f s "
                + "(min %.2f, %d runs; target < %.1f s: %s)%n", median, times[0], START_UP_RUNS,
                MAX_START_UP_SECONDS, median < MAX_START_UP_SECONDS ? "met" : "NOT MET");
        report.put("loadAverageAtEnd", loadAverage());
        System.out.printf(Locale.ROOT, "load average at end %.1f%n", loadAverage());
        if (jsonOut != null) {
            Files.writeString(jsonOut, json.writeValueAsString(report) + "\n");
        }
        delete(work);
    }

    /** Links (or copies) the pages round-robin into {@code dir} until there are {@code count}; their total bytes. */
    private static long corpus(List<BenchPage> pages, int count, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path sources = dir.resolveSibling("sources");
        Files.createDirectories(sources);
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Path f = sources.resolve(String.format(Locale.ROOT, "%04d.html", i));
            Files.write(f, pages.get(i).bytes());
            written.add(f);
        }
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            Path source = written.get(i % written.size());
            Path target = dir.resolve(String.format(Locale.ROOT, "%05d-%s", i, source.getFileName()));
            try {
                Files.createLink(target, source);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(source, target);
            }
            bytes += pages.get(i % written.size()).bytes().length;
        }
        return bytes;
    }

    private static void row(String label, double seconds, int pages, double floor) {
        System.out.printf(Locale.ROOT, "%-40s %9.1f %9.1f %10.2f%n", label, seconds, pages / seconds,
                seconds / floor);
    }

    private static double timed(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int code = p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (code != 0) {
            throw new IllegalStateException("exit " + code + ": " + String.join(" ", command));
        }
        return seconds;
    }

    private static String output(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return text;
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
