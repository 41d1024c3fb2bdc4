package dev.gleaner.benchmarks.blogger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gleaner.Gleaner;
import dev.gleaner.benchmarks.QualityFloors;
import dev.gleaner.extractors.content.ContentExtractor;
import dev.gleaner.model.Author;
import dev.gleaner.model.PageResult;
import dev.gleaner.model.Post;
import dev.gleaner.model.PostTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Measures the Blogger extractor on gold pages ({@code gold.jsonl}, {@code manifest.jsonl}, {@code pages/}).
 *
 * <pre>
 * ./mvnw -q -pl benchmarks -am exec:java -Dexec.args="--data ../shared/data/blogger/dev [--verbose] [--json out.json]
 *     [--floors FILE] [--extractor default|content]"
 * </pre>
 *
 * <p>{@code --extractor content} runs the generic content extractor alone (no Blogger stage): the Blogger gold then
 * measures generic metadata extraction on pages it was never tuned for. Floors apply to the default cascade only.
 *
 * <p>Per post (posts aligned by page order): title exact, published (as instants when both sides carry an offset,
 * else at the gold's precision), authors as sets ({@code authors_alt} accepted), labels as sets; per listing page:
 * post count and order; per snippet: {@code with} found in the right post's text, {@code without} leaked into any
 * post's text. Texts are compared after NFC normalisation, nbsp mapping and whitespace collapsing.
 */
public final class BloggerEval {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The section of the quality-floors file that pins this evaluation's figures. */
    private static final String FLOORS_SECTION = "blogger-dev";

    private BloggerEval() {
    }

    /** Entry point; see the class comment for arguments. */
    public static void main(String[] args) throws IOException {
        Path data = null;
        boolean verbose = false;
        Path jsonOut = null;
        Path floors = null;
        String extractor = "default";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--verbose" -> verbose = true;
                case "--json" -> jsonOut = Path.of(args[++i]);
                case "--floors" -> floors = Path.of(args[++i]);
                case "--extractor" -> extractor = args[++i];
                default -> {
                    System.err.println("unknown argument: " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (data == null) {
            System.err.println("usage: BloggerEval --data DIR [--verbose] [--json out.json] [--floors FILE]"
                    + " [--extractor default|content]");
            System.exit(2);
        }
        if (!extractor.equals("default") && !extractor.equals("content")) {
            System.err.println("--extractor must be default or content, not " + extractor);
            System.exit(2);
        }
        if (floors != null && !extractor.equals("default")) {
            System.err.println("--floors pins the default cascade; it cannot be combined with --extractor "
                    + extractor);
            System.exit(2);
        }
        Map<String, String> urls = new HashMap<>();
        for (String line : Files.readAllLines(data.resolve("manifest.jsonl"))) {
            if (!line.isBlank()) {
                JsonNode m = JSON.readTree(line);
                urls.put(m.path("file").asText(), m.path("url").asText());
            }
        }
        Gleaner gleaner = extractor.equals("content")
                ? Gleaner.builder().extractors(List.of(new ContentExtractor())).enrichers(List.of()).build()
                : Gleaner.create();
        Tally tally = new Tally();
        List<String> failures = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("gold.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode gold = JSON.readTree(line);
            String file = gold.path("file").asText();
            PageResult result = gleaner.ingest(data.resolve(file), urls.getOrDefault(file, ""));
            evaluatePage(file, gold, result, tally, failures, verbose);
        }
        System.out.println();
        System.out.println("Failures (page | post | measure | expected | got)");
        failures.forEach(System.out::println);
        System.out.println();
        System.out.println("Blogger evaluation (" + extractor + " extractor): " + tally.pages + " pages, " + tally.posts + " gold posts ("
                + tally.itemPosts + " on item pages)");
        tally.print();
        if (jsonOut != null) {
            Files.writeString(jsonOut, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tally.toJson()));
        }
        if (floors != null) {
            System.exit(QualityFloors.load(floors, FLOORS_SECTION).report(tally.figures()));
        }
    }

    private static void evaluatePage(String file, JsonNode gold, PageResult result, Tally t, List<String> failures,
                                     boolean verbose) {
        t.pages++;
        String kind = gold.path("kind").asText();
        boolean item = kind.equals("item") || kind.equals("static");
        List<JsonNode> goldPosts = new ArrayList<>();
        gold.path("posts").forEach(goldPosts::add);
        List<Post> posts = result.posts();
        String page = file.replace("pages/", "");
        if (verbose) {
            System.out.println(page + ": " + result.kind() + ", " + posts.size() + " posts, extractor "
                    + posts.stream().map(Post::extractor).findFirst().orElse("-"));
            result.diagnostics().forEach(d -> System.out.println("    " + d));
        }
        if (!item) {
            t.listings++;
            boolean countOk = posts.size() == goldPosts.size();
            boolean orderOk = countOk;
            for (int i = 0; countOk && i < goldPosts.size(); i++) {
                orderOk &= norm(goldPosts.get(i).path("title").asText()).equals(norm(posts.get(i).title()))
                        || publishedOk(goldPosts.get(i), posts.get(i));
            }
            t.listingCount += countOk ? 1 : 0;
            t.listingOrder += orderOk ? 1 : 0;
            if (!countOk || !orderOk) {
                failures.add(page + " | - | count/order | " + goldPosts.size() + " | " + posts.size()
                        + (orderOk ? "" : " (order differs)"));
            }
        }
        for (int i = 0; i < goldPosts.size(); i++) {
            JsonNode g = goldPosts.get(i);
            Optional<Post> p = i < posts.size() ? Optional.of(posts.get(i)) : Optional.empty();
            t.posts++;
            t.itemPosts += item ? 1 : 0;
            String where = page + " | " + i;
            String gotTitle = p.map(Post::title).orElse("<no post>");
            boolean title = p.isPresent() && norm(g.path("title").asText()).equals(norm(gotTitle));
            t.count("title", title, item);
            if (!title) {
                failures.add(where + " | title | " + g.path("title").asText() + " | " + gotTitle);
            }
            boolean published = p.isPresent() && publishedOk(g, p.get());
            t.count("published", published, item);
            if (!published) {
                failures.add(where + " | published | " + g.path("published").asText("null") + " | "
                        + p.flatMap(Post::published).map(PostTime::toString).orElse("null"));
            }
            Set<String> gotAuthors = new HashSet<>();
            p.ifPresent(post -> post.authors().stream().map(Author::name).map(BloggerEval::norm)
                    .forEach(gotAuthors::add));
            boolean authors = p.isPresent() && (gotAuthors.equals(set(g.path("authors")))
                    || g.has("authors_alt") && gotAuthors.equals(set(g.path("authors_alt"))));
            t.count("authors", authors, item);
            if (!authors) {
                failures.add(where + " | authors | " + set(g.path("authors")) + " | " + gotAuthors);
            }
            Set<String> gotLabels = new HashSet<>();
            p.ifPresent(post -> post.labels().stream().map(BloggerEval::norm).forEach(gotLabels::add));
            boolean labels = p.isPresent() && gotLabels.equals(set(g.path("labels")));
            t.count("labels", labels, item);
            if (!labels) {
                failures.add(where + " | labels | " + set(g.path("labels")) + " | " + gotLabels);
            }
            JsonNode goldCount = g.path("comment_count");
            Optional<Integer> gotCount = p.flatMap(Post::commentCount);
            boolean countOk = goldCount.isNumber() ? gotCount.equals(Optional.of(goldCount.asInt()))
                    : gotCount.isEmpty();
            t.count("comments#", countOk, item);
            if (!countOk) {
                failures.add(where + " | commentCount (info) | " + goldCount + " | " + gotCount);
            }
            String text = p.map(post -> norm(post.text())).orElse("");
            for (JsonNode with : g.path("with")) {
                t.withTotal++;
                if (text.contains(norm(with.asText()))) {
                    t.withFound++;
                } else {
                    failures.add(where + " | with | " + abbreviate(with.asText()) + " | missing");
                }
            }
        }
        Set<String> withouts = new HashSet<>();
        goldPosts.forEach(g -> g.path("without").forEach(w -> withouts.add(w.asText())));
        for (String without : withouts) {
            t.withoutTotal++;
            String needle = norm(without);
            Optional<Post> leaked = posts.stream().filter(post -> norm(post.text()).contains(needle)).findFirst();
            if (leaked.isPresent()) {
                t.withoutLeaked++;
                failures.add(page + " | " + posts.indexOf(leaked.get()) + " | without | " + abbreviate(without)
                        + " | leaked");
            }
        }
    }

    private static boolean publishedOk(JsonNode gold, Post post) {
        JsonNode value = gold.path("published");
        if (value.isNull() || value.isMissingNode() || value.asText().isBlank()) {
            return post.published().isEmpty();
        }
        if (post.published().isEmpty()) {
            return false;
        }
        PostTime expected = PostTime.parse(value.asText());
        PostTime got = post.published().get();
        if (expected.isInstant() && got.isInstant()) {
            return expected.toOffsetDateTime().orElseThrow().isEqual(got.toOffsetDateTime().orElseThrow());
        }
        if (!expected.date().equals(got.date())) {
            return false;
        }
        if (expected.time().isEmpty()) {
            return true;
        }
        return got.time().isPresent() && got.time().get().equals(expected.time().get());
    }

    private static Set<String> set(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(v -> values.add(norm(v.asText())));
        return values;
    }

    /** NFC, nbsp as space, whitespace collapsed. */
    static String norm(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00A0', ' ')
                .replaceAll("\\s+", " ").strip();
    }

    private static String abbreviate(String text) {
        String flat = norm(text);
        return flat.length() > 70 ? flat.substring(0, 67) + "..." : flat;
    }

    /** Counts per measure. */
    private static final class Tally {
        int pages;
        int posts;
        int itemPosts;
        int listings;
        int listingCount;
        int listingOrder;
        int withTotal;
        int withFound;
        int withoutTotal;
        int withoutLeaked;
        final Map<String, int[]> fields = new java.util.LinkedHashMap<>();

        void count(String field, boolean ok, boolean item) {
            int[] c = fields.computeIfAbsent(field, k -> new int[4]);
            c[0] += ok ? 1 : 0;
            c[1]++;
            if (item) {
                c[2] += ok ? 1 : 0;
                c[3]++;
            }
        }

        void print() {
            fields.forEach((field, c) -> System.out.println(String.format(Locale.ROOT,
                    "  %-10s all posts %5.1f%% (%d/%d)   item pages %5.1f%% (%d/%d)", field, pct(c[0], c[1]),
                    c[0], c[1], pct(c[2], c[3]), c[2], c[3])));
            System.out.println(String.format(Locale.ROOT, "  listings   count %d/%d, order %d/%d", listingCount,
                    listings, listingOrder, listings));
            System.out.println(String.format(Locale.ROOT, "  with       %5.1f%% found (%d/%d)   target >= 98%%",
                    pct(withFound, withTotal), withFound, withTotal));
            System.out.println(String.format(Locale.ROOT, "  without    %5.1f%% leaked (%d/%d)  target <= 1%%",
                    pct(withoutLeaked, withoutTotal), withoutLeaked, withoutTotal));
        }

        /** The gated figures, in percent: each field over all posts, listings, snippets found and leaked. */
        Map<String, Double> figures() {
            Map<String, Double> figures = new java.util.LinkedHashMap<>();
            fields.forEach((field, c) -> figures.put(field, pct(c[0], c[1])));
            figures.put("listingCount", pct(listingCount, listings));
            figures.put("listingOrder", pct(listingOrder, listings));
            figures.put("withFound", pct(withFound, withTotal));
            figures.put("withoutLeaked", pct(withoutLeaked, withoutTotal));
            return figures;
        }

        ObjectNode toJson() {
            ObjectNode root = JSON.createObjectNode();
            root.put("pages", pages);
            root.put("posts", posts);
            fields.forEach((field, c) -> {
                ObjectNode f = root.putObject(field);
                f.put("all", pct(c[0], c[1]));
                f.put("item", pct(c[2], c[3]));
            });
            root.put("listingCount", listingCount + "/" + listings);
            root.put("listingOrder", listingOrder + "/" + listings);
            root.put("withFound", pct(withFound, withTotal));
            root.put("withoutLeaked", pct(withoutLeaked, withoutTotal));
            return root;
        }

        private static double pct(int a, int b) {
            return b == 0 ? 100.0 : 100.0 * a / b;
        }
    }
}
