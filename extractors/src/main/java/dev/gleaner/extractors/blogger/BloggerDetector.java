package dev.gleaner.extractors.blogger;

import dev.gleaner.extractors.html.Urls;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Recognises Blogger pages from their markup: the generator meta tag, Blogger's static resources and widgets,
 * post markup only Blogger emits, the {@code _WidgetManager} script; the host name (blogspot.com) is one more
 * signal, never the only one considered. Immutable and thread-safe.
 */
final class BloggerDetector {

    private static final String WIDGET_MANAGER = "_WidgetManager";
    private static final String BLOGSPOT = "blogspot.";

    private final BloggerRules rules;

    BloggerDetector(BloggerRules rules) {
        this.rules = rules;
    }

    /**
     * What showed the page is Blogger, when anything did: a marker of Blogger's own infrastructure (or the widget
     * manager script, or a blogspot host); else, unless another platform declares itself, at least
     * {@code min-weak-markers} different markers that Blogger emits but other sites sometimes share.
     */
    Optional<String> evidence(Document document, String url) {
        Optional<String> markup = rules.detect.first(document).map(hit -> hit.rule().css());
        if (markup.isPresent()) {
            return markup;
        }
        for (Element script : document.select("script")) {
            if (script.data().contains(WIDGET_MANAGER)) {
                return Optional.of("script " + WIDGET_MANAGER);
            }
        }
        if (Urls.host(url).map(h -> h.contains(BLOGSPOT)).orElse(false)) {
            return Optional.of("host blogspot");
        }
        if (rules.notBlogger.first(document).isPresent()) {
            return Optional.empty();
        }
        List<String> weak = rules.detectWeak.hits(document).stream().map(hit -> hit.rule().css()).distinct()
                .toList();
        return weak.size() >= rules.minWeakMarkers ? Optional.of(String.join(" + ", weak)) : Optional.empty();
    }
}
