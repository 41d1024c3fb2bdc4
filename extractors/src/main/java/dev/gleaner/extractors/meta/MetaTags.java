package dev.gleaner.extractors.meta;

import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads {@code <meta>} values by {@code property}, {@code name} or {@code itemprop}. Stateless. */
public final class MetaTags {

    private MetaTags() {
    }

    /** The first non-blank content of a meta tag whose property, name or itemprop is {@code key}. */
    public static Optional<String> content(Document document, String key) {
        for (Element meta : document.select("meta[content]")) {
            if (key.equalsIgnoreCase(meta.attr("property")) || key.equalsIgnoreCase(meta.attr("name"))
                    || key.equalsIgnoreCase(meta.attr("itemprop"))) {
                String value = meta.attr("content").strip();
                if (!value.isEmpty()) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }

    /** The document's {@code <title>} text, collapsed, when non-blank. */
    public static Optional<String> title(Document document) {
        Element title = document.selectFirst("title");
        if (title == null) {
            return Optional.empty();
        }
        String text = dev.gleaner.extractors.html.Texts.collapse(title.text());
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
