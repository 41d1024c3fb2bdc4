package dev.gleaner.extractors.blogger;

import dev.gleaner.extractors.html.Texts;
import dev.gleaner.extractors.html.Urls;
import dev.gleaner.extractors.meta.MetaTags;
import dev.gleaner.model.Diagnostic;
import dev.gleaner.model.Platform;
import dev.gleaner.model.Site;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what a Blogger page says about its blog: name (header title, header image alt, og:site_name), home URL,
 * blog id ({@code _WidgetManager._Init}, {@code meta[itemprop=blogId]}, feed links) and language (html[lang], the
 * widget manager's locale, meta tags). Immutable and thread-safe; reads the document without changing it.
 */
final class SiteReader {

    private static final Pattern BLOG_ID = Pattern.compile(
            "(?:blogID=|blogId['\"]?\\s*[:=]\\s*['\"]|/feeds/|targetBlogID=)(\\d{6,})");
    private static final Pattern HOME_URL = Pattern.compile("['\"]homepageUrl['\"]\\s*:\\s*['\"]([^'\"]+)['\"]");
    private static final Pattern LOCALE = Pattern.compile(
            "['\"]localeUnderscoreDelimited['\"]\\s*:\\s*['\"]([A-Za-z_]+)['\"]");
    /**
     * Every {@link #BLOG_ID} match holds one of these within {@link #BLOG_ID_HINT_REACH} characters of its start:
     * scripts without them are skipped and the others searched from there (profiled: the regex scanned every inline
     * script from its first character, a twentieth of the pipeline's time on Blogger pages).
     */
    private static final List<String> BLOG_ID_HINTS = List.of("logID", "logId", "/feeds/");
    private static final int BLOG_ID_HINT_REACH = "targetB".length();
    private static final String HOME_URL_HINT = "homepageUrl";
    private static final String LOCALE_HINT = "localeUnderscoreDelimited";
    /** Longest blog name accepted, in characters; longer header text is a description. */
    private static final int MAX_NAME_CHARS = 200;

    private final BloggerRules rules;

    SiteReader(BloggerRules rules) {
        this.rules = rules;
    }

    Site read(Document document, String pageUrl, Predicate<Element> outsidePosts, List<Diagnostic> notes) {
        Optional<String> name = rules.siteName.firstValue(document, outsidePosts, SiteReader::name)
                .map(found -> {
                    notes.add(Diagnostic.used("site.name", found.rule().css()));
                    return found.value();
                })
                .or(() -> MetaTags.content(document, "og:site_name").map(v -> {
                    notes.add(Diagnostic.used("site.name", "og:site_name"));
                    return Texts.collapse(v);
                }));
        return new Site(name, homeUrl(document, pageUrl), Platform.BLOGGER, blogId(document));
    }

    private static Optional<String> name(String raw) {
        String text = Texts.collapse(raw);
        return text.isEmpty() || text.length() > MAX_NAME_CHARS ? Optional.empty() : Optional.of(text);
    }

    private static Optional<String> homeUrl(Document document, String pageUrl) {
        for (Element script : document.select("script")) {
            String data = script.data();
            if (!data.contains(HOME_URL_HINT)) {
                continue;
            }
            Matcher m = HOME_URL.matcher(data);
            if (m.find()) {
                return Optional.of(m.group(1).replace("\\x2F", "/").replace("\\/", "/"));
            }
        }
        Optional<String> host = Urls.host(pageUrl);
        if (host.isPresent() && pageUrl.startsWith("http")) {
            int hostAt = pageUrl.indexOf("//");
            int pathAt = pageUrl.indexOf('/', hostAt + 2);
            return Optional.of(pathAt < 0 ? pageUrl + "/" : pageUrl.substring(0, pathAt + 1));
        }
        return Optional.empty();
    }

    private static Optional<String> blogId(Document document) {
        Element meta = document.selectFirst("meta[itemprop=blogId][content]");
        if (meta != null && meta.attr("content").matches("\\d{6,}")) {
            return Optional.of(meta.attr("content"));
        }
        for (Element script : document.select("script")) {
            Optional<String> id = blogIdIn(script.data());
            if (id.isPresent()) {
                return id;
            }
        }
        for (Element link : document.select("link[href], a[href*=blogID], iframe[src*=blogID]")) {
            Matcher m = BLOG_ID.matcher(link.attr("href") + " " + link.attr("src"));
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /** The first blog id in a script, searched from the earliest hint only. */
    private static Optional<String> blogIdIn(String data) {
        int at = -1;
        for (String hint : BLOG_ID_HINTS) {
            int i = data.indexOf(hint);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
            }
        }
        if (at < 0) {
            return Optional.empty();
        }
        Matcher m = BLOG_ID.matcher(data);
        return m.find(Math.max(0, at - BLOG_ID_HINT_REACH)) ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The page language as a BCP-47 tag, when declared. */
    static Optional<String> language(Document document) {
        Element html = document.selectFirst("html[lang]");
        if (html != null && !html.attr("lang").isBlank()) {
            return Optional.of(tag(html.attr("lang")));
        }
        for (Element script : document.select("script")) {
            String data = script.data();
            if (!data.contains(LOCALE_HINT)) {
                continue;
            }
            Matcher m = LOCALE.matcher(data);
            if (m.find()) {
                return Optional.of(tag(m.group(1)));
            }
        }
        return MetaTags.content(document, "content-language")
                .or(() -> Optional.ofNullable(document.selectFirst("meta[http-equiv=content-language][content]"))
                        .map(e -> e.attr("content")))
                .or(() -> MetaTags.content(document, "og:locale"))
                .map(SiteReader::tag);
    }

    private static String tag(String raw) {
        String value = raw.strip().replace('_', '-');
        int dash = value.indexOf('-');
        if (dash < 0) {
            return value.toLowerCase(Locale.ROOT);
        }
        return value.substring(0, dash).toLowerCase(Locale.ROOT) + "-" + value.substring(dash + 1).toUpperCase(Locale.ROOT);
    }
}
