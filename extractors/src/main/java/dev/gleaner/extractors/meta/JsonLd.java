package dev.gleaner.extractors.meta;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page states about itself in JSON-LD ({@code script[type=application/ld+json]}, arrays and {@code @graph}
 * at any depth, read iteratively): its article-like objects ({@code BlogPosting}, {@code Article},
 * {@code NewsArticle}, ...), then its {@code WebPage}-like objects, and the site name (a {@code WebSite} object's
 * name, else the first article's publisher). Malformed or oversized blocks are skipped. Values are read by small
 * accessors; a missing value is an empty Optional or list. Immutable and thread-safe.
 */
public final class JsonLd {

    /** Lenient: templates write comments, trailing commas and raw line breaks into their JSON-LD. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    /** Types whose object describes the page's own article (lower-case; any of an object's types counts). */
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting",
            "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
            "backgroundnewsarticle", "techarticle", "scholarlyarticle", "report", "socialmediaposting",
            "liveblogposting", "posting", "review");
    /** Types that describe the page as a whole: read after the article objects. */
    private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage");
    private static final String SITE_TYPE = "website";
    /** Largest JSON-LD block read, in characters; larger ones are skipped to bound the time per page. */
    private static final int MAX_BLOCK_CHARS = 2_000_000;

    private final List<JsonNode> articles;
    private final List<JsonNode> pages;
    private final Optional<String> siteName;

    private JsonLd(List<JsonNode> articles, List<JsonNode> pages, Optional<String> siteName) {
        this.articles = List.copyOf(articles);
        this.pages = List.copyOf(pages);
        this.siteName = siteName;
    }

    /** Reads the JSON-LD of {@code document} (not modified). */
    public static JsonLd of(Document document) {
        List<JsonNode> articles = new ArrayList<>();
        List<JsonNode> pages = new ArrayList<>();
        String site = null;
        for (Element script : document.select("script[type=application/ld+json]")) {
            String data = script.data().strip();
            if (data.isEmpty() || data.length() > MAX_BLOCK_CHARS) {
                continue;
            }
            JsonNode root;
            try {
                root = MAPPER.readTree(data);
            } catch (JsonProcessingException e) {
                continue;
            }
            Deque<JsonNode> todo = new ArrayDeque<>();
            if (root != null) {
                todo.add(root);
            }
            while (!todo.isEmpty()) {
                JsonNode node = todo.poll();
                if (node.isArray()) {
                    node.forEach(todo::add);
                    continue;
                }
                if (!node.isObject()) {
                    continue;
                }
                List<String> types = types(node);
                if (types.stream().anyMatch(ARTICLE_TYPES::contains)) {
                    articles.add(node);
                } else if (types.stream().anyMatch(PAGE_TYPES::contains)) {
                    pages.add(node);
                }
                if (site == null && types.contains(SITE_TYPE)) {
                    site = text(node.get("name")).orElse(null);
                }
                JsonNode graph = node.get("@graph");
                if (graph != null) {
                    todo.add(graph);
                }
            }
        }
        if (site == null && !articles.isEmpty()) {
            site = text(articles.get(0).path("publisher").get("name")).orElse(null);
        }
        return new JsonLd(articles, pages, Optional.ofNullable(site));
    }

    /** True when no article or page object was found. */
    public boolean isEmpty() {
        return articles.isEmpty() && pages.isEmpty();
    }

    /** True when the page declares an article object (not only a WebPage). */
    public boolean hasArticle() {
        return !articles.isEmpty();
    }

    /** The first non-blank value of {@code field} among the article objects, then the page objects. */
    public Optional<String> string(String field) {
        for (JsonNode object : objects()) {
            Optional<String> value = text(object.get(field));
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /** The site name: a WebSite object's name, else the first article's publisher name. */
    public Optional<String> siteName() {
        return siteName;
    }

    /** The author names (strings, or objects with a name) of the first object that names any, in order. */
    public List<String> authorNames() {
        for (JsonNode object : objects()) {
            List<String> names = names(object.get("author"));
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }

    /** The first article's keywords (a list, or one comma-separated string) and sections, in order. */
    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        if (articles.isEmpty()) {
            return labels;
        }
        JsonNode article = articles.get(0);
        for (String field : List.of("keywords", "articleSection")) {
            JsonNode value = article.get(field);
            if (value == null) {
                continue;
            }
            if (value.isArray()) {
                value.forEach(v -> text(v).ifPresent(labels::add));
            } else {
                text(value).ifPresent(t -> {
                    for (String part : t.split(",")) {
                        if (!part.isBlank()) {
                            labels.add(part.strip());
                        }
                    }
                });
            }
        }
        return labels;
    }

    /** The first article's image URL (a string, an ImageObject, or the first of a list). */
    public Optional<String> image() {
        JsonNode image = articles.isEmpty() ? null : articles.get(0).get("image");
        if (image != null && image.isArray() && !image.isEmpty()) {
            image = image.get(0);
        }
        if (image == null) {
            return Optional.empty();
        }
        return image.isObject() ? text(image.get("url")) : text(image);
    }

    private List<JsonNode> objects() {
        List<JsonNode> all = new ArrayList<>(articles);
        all.addAll(pages);
        return all;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node == null) {
            return names;
        }
        List<JsonNode> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(items::add);
        } else {
            items.add(node);
        }
        for (JsonNode item : items) {
            (item.isObject() ? text(item.get("name")) : text(item)).ifPresent(names::add);
        }
        return names;
    }

    private static List<String> types(JsonNode node) {
        JsonNode type = node.get("@type");
        List<String> types = new ArrayList<>();
        if (type == null) {
            return types;
        }
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText("").toLowerCase(Locale.ROOT)));
        } else {
            types.add(type.asText("").toLowerCase(Locale.ROOT));
        }
        return types;
    }

    private static Optional<String> text(JsonNode node) {
        if (node == null || !node.isValueNode()) {
            return Optional.empty();
        }
        String value = node.asText("").strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
