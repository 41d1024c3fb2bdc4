package dev.gleaner.extractors.html;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Decides which elements a reader never sees: non-content tags (script, style, ...), the {@code hidden} attribute,
 * and inline {@code display:none} / {@code visibility:hidden}. Stylesheet rules are not evaluated.
 */
public final class Visibility {

    /** Elements whose content is never visible text. */
    private static final Set<String> INVISIBLE_TAGS = Set.of("script", "style", "noscript", "template", "head",
            "title", "meta", "link", "iframe", "object", "embed", "svg", "canvas", "select", "option", "textarea",
            "input", "button", "audio", "video", "map", "param", "source", "track");

    private Visibility() {
    }

    /** True when the element itself is not rendered (its subtree included). */
    public static boolean isHidden(Element element) {
        if (INVISIBLE_TAGS.contains(element.normalName())) {
            return true;
        }
        if (element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden")) && element.text().isBlank()) {
            return true;
        }
        return isHiddenByStyle(element);
    }

    /** True when the element's inline style hides it ({@code display:none}, {@code visibility:hidden}). */
    public static boolean isHiddenByStyle(Element element) {
        if (!element.hasAttr("style")) {
            return false;
        }
        String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    /** True when the element or an ancestor is hidden. */
    public static boolean isHiddenInContext(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (isHidden(e)) {
                return true;
            }
        }
        return false;
    }
}
