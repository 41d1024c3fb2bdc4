package dev.gleaner.extractors.meta;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.json.JsonReadFeature;
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
 * The article-like JSON-LD objects of a page ({@code BlogPosting}, {@code Article}, {@code NewsArticle}, ...),
 * found in {@code script[type=application/ld+json]} at any depth (arrays, {@code @graph}). Malformed blocks are
 * skipped. Values are read by small accessors; a missing value is an empty Optional.
 */
public final class JsonLd {

    /** Lenient: templates write comments, trailing commas and raw line breaks into their JSON-LD. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("blogposting", "article", "newsarticle", "posting",
            "socialmediaposting", "report", "techarticle", "scholarlyarticle", "webpage", "itempage");
    /** Largest JSON-LD block read, in characters; larger ones are skipped. */
    private static final int MAX_BLOCK_CHARS = 1_000_000;

    private final List<JsonNode> articles;

    private JsonLd(List<JsonNode> articles) {
        this.articles = List.copyOf(articles);
    }

    /** Reads the article objects of {@code document}, best (BlogPosting-like, not WebPage) first. */
    public static JsonLd of(Document document) {
        List<JsonNode> posts = new ArrayList<>();
        List<JsonNode> pages = new ArrayList<>();
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
                if (node == null) {
                    continue;
                }
                if (node.isArray()) {
                    node.forEach(todo::add);
                } else if (node.isObject()) {
                    String type = type(node);
                    if (ARTICLE_TYPES.contains(type)) {
                        (type.contains("page") ? pages : posts).add(node);
                    }
                    JsonNode graph = node.get("@graph");
                    if (graph != null) {
                        todo.add(graph);
                    }
                }
            }
        }
        posts.addAll(pages);
        return new JsonLd(posts);
    }

    private static String type(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return "";
        }
        if (type.isArray() && !type.isEmpty()) {
            type = type.get(0);
        }
        return type.asText("").toLowerCase(Locale.ROOT);
    }

    /** True when no article object was found. */
    public boolean isEmpty() {
        return articles.isEmpty();
    }

    /** The first non-blank string value of {@code field} among the article objects. */
    public Optional<String> string(String field) {
        for (JsonNode article : articles) {
            JsonNode value = article.get(field);
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return Optional.of(value.asText().strip());
            }
        }
        return Optional.empty();
    }

    /** The author names of the first article object that names any. */
    public List<String> authorNames() {
        for (JsonNode article : articles) {
            JsonNode author = article.get("author");
            if (author == null) {
                continue;
            }
            List<String> names = new ArrayList<>();
            List<JsonNode> items = new ArrayList<>();
            if (author.isArray()) {
                author.forEach(items::add);
            } else {
                items.add(author);
            }
            for (JsonNode item : items) {
                String name = item.isTextual() ? item.asText() : item.path("name").asText("");
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }
}
