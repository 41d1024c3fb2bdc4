package dev.gleaner.benchmarks.perf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gleaner.io.HtmlDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The page sets the benchmarks run on, read by path from the shared data directory (system property
 * {@value #DATA_PROPERTY}, default {@value #DEFAULT_DATA}) and never copied into the repository:
 * <ul>
 *   <li>{@value #BLOGGER}: the real Blogger pages of {@code blogger/dev/pages} with their manifest URLs;</li>
 *   <li>{@value #ARTICLES}: the article pages of {@code extraction/scrapinghub-aeb/html} with their gold URLs;</li>
 *   <li>{@value #BUNDLED}: the small pages written for this project under
 *       {@code dev/gleaner/benchmarks/perf/pages/}, used in place of either set when the data is absent.</li>
 * </ul>
 * A set may be thinned to {@code limit} pages, taken at an even stride over the name-sorted files so the sample
 * keeps the spread of sizes; the choice is deterministic.
 */
public final class PageSets {
    /** System property naming the shared data directory. */
    public static final String DATA_PROPERTY = "gleaner.data";
    /** The shared data directory relative to the repository root. */
    public static final String DEFAULT_DATA = "../shared/data";
    /** Real Blogger pages. */
    public static final String BLOGGER = "blogger";
    /** Real article pages of many sites. */
    public static final String ARTICLES = "articles";
    /** Pages written for this project, shipped with the benchmarks. */
    public static final String BUNDLED = "bundled";

    /** Every set name. */
    public static final List<String> NAMES = List.of(BLOGGER, ARTICLES, BUNDLED);

    private static final String BUNDLED_ROOT = "/dev/gleaner/benchmarks/perf/pages/";
    private static final String BUNDLED_INDEX = BUNDLED_ROOT + "pages.tsv";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PageSets() {
    }

    /** The shared data directory this JVM reads from. */
    public static Path dataDir() {
        return Path.of(System.getProperty(DATA_PROPERTY, DEFAULT_DATA));
    }

    /** Whether a named set's data is present (the bundled set always is). */
    public static boolean available(String set) {
        return switch (set) {
            case BLOGGER -> Files.isRegularFile(dataDir().resolve("blogger/dev/manifest.jsonl"));
            case ARTICLES -> Files.isRegularFile(dataDir().resolve("extraction/scrapinghub-aeb/gold.jsonl"));
            case BUNDLED -> true;
            default -> false;
        };
    }

    /**
     * The pages of a set, at most {@code limit} of them ({@code limit <= 0}: all). A set whose data is absent is
     * replaced by the bundled set.
     *
     * @throws IllegalArgumentException when the set name is unknown
     * @throws UncheckedIOException     when a page cannot be read
     */
    public static List<BenchPage> load(String set, int limit) {
        List<BenchPage> all = switch (set) {
            case BLOGGER -> available(BLOGGER) ? fromManifest(dataDir().resolve("blogger/dev"), "manifest.jsonl")
                    : bundled();
            case ARTICLES -> available(ARTICLES)
                    ? fromManifest(dataDir().resolve("extraction/scrapinghub-aeb"), "gold.jsonl") : bundled();
            case BUNDLED -> bundled();
            default -> throw new IllegalArgumentException("unknown page set '" + set + "' (expected " + BLOGGER
                    + ", " + ARTICLES + " or " + BUNDLED + ")");
        };
        return thin(all, limit);
    }

    /** The largest page of a list (by UTF-8 size of its text). */
    public static BenchPage largest(List<BenchPage> pages) {
        BenchPage best = pages.get(0);
        for (BenchPage p : pages) {
            if (p.html().length() > best.html().length()) {
                best = p;
            }
        }
        return best;
    }

    static List<BenchPage> thin(List<BenchPage> all, int limit) {
        if (limit <= 0 || all.size() <= limit) {
            return List.copyOf(all);
        }
        List<BenchPage> out = new ArrayList<>(limit);
        double stride = (double) all.size() / limit;
        for (int i = 0; i < limit; i++) {
            out.add(all.get((int) Math.floor(i * stride)));
        }
        return List.copyOf(out);
    }

    /** Pages listed one JSON object a line with {@code file} (relative to {@code dir}) and {@code url}. */
    private static List<BenchPage> fromManifest(Path dir, String manifest) {
        List<BenchPage> pages = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(dir.resolve(manifest), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = JSON.readTree(line);
                Path file = dir.resolve(row.path("file").asText());
                if (Files.isRegularFile(file)) {
                    pages.add(page(file.getFileName().toString(), row.path("url").asText(""),
                            Files.readAllBytes(file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the pages listed in " + dir.resolve(manifest), e);
        }
        pages.sort((a, b) -> a.name().compareTo(b.name()));
        return pages;
    }

    /** The bundled pages, listed in {@code pages.tsv} as {@code file<TAB>url}. */
    static List<BenchPage> bundled() {
        List<BenchPage> pages = new ArrayList<>();
        for (String line : readResource(BUNDLED_INDEX).split("\n")) {
            String row = line.strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            String[] cells = row.split("\t");
            String name = cells[0];
            pages.add(page(name, cells.length > 1 ? cells[1] : "",
                    readResource(BUNDLED_ROOT + name).getBytes(StandardCharsets.UTF_8)));
        }
        return pages;
    }

    private static BenchPage page(String name, String url, byte[] bytes) {
        return new BenchPage(name, url, bytes, HtmlDecoder.decode(bytes, Optional.empty()).html());
    }

    private static String readResource(String path) {
        try (InputStream in = PageSets.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("benchmark resource missing: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read benchmark resource " + path, e);
        }
    }

    /** A short description of a set as loaded ("blogger: 30 pages, 4.9 MB"). */
    public static String describe(String set, List<BenchPage> pages) {
        long bytes = pages.stream().mapToLong(BenchPage::utf8Length).sum();
        return String.format(Locale.ROOT, "%s: %d pages, %.1f MB", set, pages.size(), bytes / 1e6);
    }
}
