package dev.gleaner.extractors.blogger;

import dev.gleaner.extractors.html.Urls;
import dev.gleaner.model.PageKind;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Classifies a Blogger page from its URL (Blogger's URL scheme is fixed: {@code /YYYY/MM/slug.html} posts,
 * {@code /p/slug.html} static pages, {@code /search/label/X}, {@code /search?q=}, {@code /YYYY/MM/} and classic
 * {@code YYYY_MM_DD_archive.html} archives), then from the markup ({@code body.item}, the widget manager's
 * {@code pageType}, status messages). Immutable and thread-safe.
 */
final class PageKindClassifier {

    private static final Pattern STATIC = Pattern.compile("/p/[^/]+\\.html?$");
    private static final Pattern ITEM = Pattern.compile("/\\d{4}/\\d{2}/[^/]+\\.html?$");
    private static final Pattern ARCHIVE = Pattern.compile("(/\\d{4}(/\\d{2}(/\\d{2})?)?/?$)|(_archive\\.html?$)");
    private static final Pattern HOME = Pattern.compile("^(/|/index\\.html?|)$");
    private static final Pattern PAGE_TYPE = Pattern.compile("['\"]pageType['\"]\\s*:\\s*['\"](\\w+)['\"]");

    private final BloggerRules rules;

    PageKindClassifier(BloggerRules rules) {
        this.rules = rules;
    }

    /** The kind, and what decided it (for diagnostics). */
    record Decision(PageKind kind, String basis) {
    }

    Decision classify(Document document, String url) {
        Optional<Decision> byUrl = byUrl(url);
        if (byUrl.isPresent()) {
            return byUrl.get();
        }
        Optional<Decision> byType = byPageType(document);
        if (byType.isPresent()) {
            return byType.get();
        }
        if (rules.itemPage.first(document).isPresent()) {
            return new Decision(PageKind.ITEM, "markup " + rules.itemPage.first(document).get().rule().css());
        }
        if (rules.listingPage.first(document).isPresent()) {
            return new Decision(PageKind.INDEX, "markup " + rules.listingPage.first(document).get().rule().css());
        }
        return new Decision(PageKind.UNKNOWN, "no URL or markup signal");
    }

    static Optional<Decision> byUrl(String url) {
        String path = Urls.path(url);
        String query = Urls.query(url);
        if (url.isEmpty() || url.startsWith("file:")) {
            return Optional.empty();
        }
        if (STATIC.matcher(path).find()) {
            return Optional.of(new Decision(PageKind.STATIC, "url /p/"));
        }
        if (path.startsWith("/search/label/")) {
            return Optional.of(new Decision(PageKind.LABEL, "url /search/label/"));
        }
        if (path.equals("/search") || path.equals("/search/")) {
            boolean query1 = ("&" + query).contains("&q=");
            return Optional.of(new Decision(query1 ? PageKind.SEARCH : PageKind.INDEX, "url /search"));
        }
        if (ITEM.matcher(path).find()) {
            return Optional.of(new Decision(PageKind.ITEM, "url /YYYY/MM/slug.html"));
        }
        if (ARCHIVE.matcher(path).find()) {
            return Optional.of(new Decision(PageKind.ARCHIVE, "url archive"));
        }
        if (HOME.matcher(path).matches()) {
            return Optional.of(new Decision(PageKind.INDEX, "url home"));
        }
        return Optional.empty();
    }

    private static Optional<Decision> byPageType(Document document) {
        for (Element script : document.select("script")) {
            String data = script.data();
            if (!data.contains("pageType")) {
                continue;
            }
            Matcher m = PAGE_TYPE.matcher(data);
            if (m.find()) {
                PageKind kind = switch (m.group(1)) {
                    case "item" -> PageKind.ITEM;
                    case "static_page" -> PageKind.STATIC;
                    case "archive" -> PageKind.ARCHIVE;
                    case "index" -> PageKind.INDEX;
                    default -> PageKind.UNKNOWN;
                };
                if (kind != PageKind.UNKNOWN) {
                    return Optional.of(new Decision(kind, "_WidgetManager pageType " + m.group(1)));
                }
            }
        }
        return Optional.empty();
    }
}
