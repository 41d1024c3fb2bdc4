package dev.gleaner.extractors.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * The facts a page states about its article in JSON-LD ({@code script[type=application/ld+json]}, arrays and
 * {@code @graph} at any depth, iteratively): the first article-like object ({@code Article}, {@code NewsArticle},
 * {@code BlogPosting}, ...) and the site name from a {@code WebSite} or the publisher. Malformed blocks are
 * skipped. Immutable.
 */
final class JsonLdFacts {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Types whose object describes the page's own article (lower-case). */
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "techarticle",
            "scholarlyarticle", "report", "socialmediaposting", "liveblogposting", "posting", "review");
    /** Largest JSON-LD block read, in characters; larger ones are skipped to bound the time per page. */
    private static final int MAX_BLOCK_CHARS = 2_000_000;

    private final Optional<JsonNode> article;
    private final Optional<String> siteName;

    private JsonLdFacts(Optional<JsonNode> article, Optional<String> siteName) {
        this.article = article;
        this.siteName = siteName;
    }

    /** Reads the JSON-LD of a document (not modified). */
    static JsonLdFacts of(Document document) {
        JsonNode found = null;
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
            todo.add(root);
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
                if (found == null && types.stream().anyMatch(ARTICLE_TYPES::contains)) {
                    found = node;
                }
                if (site == null && types.contains("website")) {
                    site = text(node.get("name")).orElse(null);
                }
                JsonNode graph = node.get("@graph");
                if (graph != null) {
                    todo.add(graph);
                }
            }
        }
        if (site == null && found != null) {
            site = text(found.path("publisher").get("name")).orElse(null);
        }
        return new JsonLdFacts(Optional.ofNullable(found), Optional.ofNullable(site));
    }

    /** True when the page declares an article object. */
    boolean hasArticle() {
        return article.isPresent();
    }

    /** A string field of the article object. */
    Optional<String> string(String field) {
        return article.flatMap(a -> text(a.get(field)));
    }

    /** The site name (a WebSite object's name, else the article's publisher). */
    Optional<String> siteName() {
        return siteName;
    }

    /** The article's author names (strings, or objects with a name), in order. */
    List<String> authors() {
        return names(article.map(a -> a.get("author")).orElse(null));
    }

    /** The article's keywords (a list, or one comma-separated string) and sections, in order. */
    List<String> labels() {
        List<String> labels = new ArrayList<>();
        article.ifPresent(a -> {
            for (String field : List.of("keywords", "articleSection")) {
                JsonNode value = a.get(field);
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
        });
        return labels;
    }

    /** The article's image URL (a string, an ImageObject, or the first of a list). */
    Optional<String> image() {
        JsonNode image = article.map(a -> a.get("image")).orElse(null);
        if (image != null && image.isArray() && !image.isEmpty()) {
            image = image.get(0);
        }
        if (image == null) {
            return Optional.empty();
        }
        return image.isObject() ? text(image.get("url")) : text(image);
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
