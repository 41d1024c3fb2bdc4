package dev.gleaner.extractors.generic;

import dev.gleaner.extractors.html.BodyParts;
import dev.gleaner.extractors.html.HtmlSanitizer;
import dev.gleaner.extractors.html.TextRenderer;
import dev.gleaner.extractors.html.Texts;
import dev.gleaner.extractors.html.Visibility;
import dev.gleaner.extractors.meta.DateParser;
import dev.gleaner.extractors.meta.JsonLd;
import dev.gleaner.extractors.meta.MetaTags;
import dev.gleaner.extractors.meta.TitleSplitter;
import dev.gleaner.extractors.rules.RuleFile;
import dev.gleaner.extractors.rules.SelectorList;
import dev.gleaner.model.Author;
import dev.gleaner.model.Diagnostic;
import dev.gleaner.model.PageKind;
import dev.gleaner.model.Platform;
import dev.gleaner.model.Post;
import dev.gleaner.model.PostTime;
import dev.gleaner.model.Site;
import dev.gleaner.spi.Page;
import dev.gleaner.spi.PageExtraction;
import dev.gleaner.spi.PageExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * A small, generic baseline for pages that are not Blogger (or whose Blogger markup yielded no post): title from
 * og:title, the first {@code h1} or {@code <title>} without its site suffix; body from the first likely content
 * region ({@code [content]} of {@code generic/fallback.rules}) or else the most text-dense block, after removing
 * navigation, header, footer, asides and scripts; dates and authors from JSON-LD and meta tags. Recognises every
 * page. Immutable and thread-safe; works on {@link Page#copyOfDocument()}.
 *
 * <p>Cascade inside: content selector, then densest block, then the whole body (each engages only when the
 * previous one found too little text).
 */
public final class FallbackExtractor implements PageExtractor {

    /** The extractor's name in diagnostics and {@code Post.extractor}. */
    public static final String NAME = "fallback";

    private static final String RESOURCE = "/dev/gleaner/extractors/generic/fallback.rules";
    private static final String LIMITS = "limits";

    private final SelectorList content;
    private final SelectorList chrome;
    private final SelectorList titles;
    private final int minContentChars;
    private final int minBlockChars;
    private final DateParser dates;
    private final HtmlSanitizer sanitizer;

    /**
     * Loads and validates the fallback rules.
     *
     * @throws IllegalStateException when the rule file is missing or malformed
     */
    public FallbackExtractor() {
        RuleFile rules = RuleFile.load(FallbackExtractor.class, RESOURCE);
        this.content = rules.selectors("content");
        this.chrome = rules.selectors("chrome");
        this.titles = rules.selectors("title");
        this.minContentChars = (int) rules.number(LIMITS, "min-content-chars");
        this.minBlockChars = (int) rules.number(LIMITS, "min-block-chars");
        this.dates = new DateParser();
        this.sanitizer = new HtmlSanitizer();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean recognises(Page page) {
        return true;
    }

    @Override
    public PageExtraction extract(Page page) {
        List<Diagnostic> notes = new ArrayList<>();
        Document original = page.document();
        JsonLd jsonLd = JsonLd.of(original);
        Optional<String> siteName = MetaTags.content(original, "og:site_name").map(Texts::collapse);
        Site site = new Site(siteName, Optional.empty(), platform(original), Optional.empty());

        Post.Builder post = Post.builder().extractor(NAME).site(site).url(page.url());
        title(original, siteName, post, notes);
        published(original, jsonLd, post, notes);
        List<String> authors = jsonLd.authorNames();
        if (authors.isEmpty()) {
            authors = MetaTags.content(original, "author").map(List::of).orElse(List.of());
        }
        post.authors(authors.stream().map(Texts::collapse).filter(a -> !a.isEmpty()).map(Author::of).toList());
        MetaTags.content(original, "description").or(() -> MetaTags.content(original, "og:description"))
                .map(Texts::collapse).ifPresent(s -> post.summary(Optional.of(s)));
        Element html = original.selectFirst("html[lang]");
        if (html != null && !html.attr("lang").isBlank()) {
            post.language(Optional.of(html.attr("lang").strip()));
        }
        Element canonical = original.selectFirst("link[rel=canonical][href]");
        if (canonical != null && !canonical.absUrl("href").isEmpty()) {
            post.canonicalUrl(Optional.of(canonical.absUrl("href")));
        }

        Document document = page.copyOfDocument();
        chrome.removeAll(document);
        List<Element> hidden = document.getAllElements().stream().filter(Visibility::isHidden).toList();
        hidden.forEach(Element::remove);
        Element region = region(document, notes);
        String text = TextRenderer.render(region);
        PageKind kind = isArticle(original, jsonLd) ? PageKind.ITEM : PageKind.UNKNOWN;
        Post built = post.pageKind(kind)
                .text(text)
                .html(sanitizer.sanitize(region, page.url()))
                .images(BodyParts.images(region))
                .links(BodyParts.links(region, page.url()))
                .wordCount(Texts.wordCount(text))
                .build();
        if (built.text().isEmpty() && built.title().isEmpty()) {
            notes.add(Diagnostic.missing(NAME, "no text and no title"));
            return new PageExtraction(kind, List.of(), site, notes);
        }
        return new PageExtraction(kind, List.of(built), site, notes);
    }

    private void title(Document document, Optional<String> siteName, Post.Builder post, List<Diagnostic> notes) {
        Optional<String> og = MetaTags.content(document, "og:title").map(Texts::collapse);
        if (og.isPresent()) {
            post.title(TitleSplitter.withoutSite(og.get(), siteName));
            notes.add(Diagnostic.used("title", "og:title"));
            return;
        }
        Optional<SelectorList.Found> h1 = titles.firstValue(document, e -> !Visibility.isHiddenInContext(e),
                v -> Optional.of(Texts.collapse(v)));
        if (h1.isPresent()) {
            post.title(h1.get().value());
            notes.add(Diagnostic.used("title", h1.get().rule().css()));
            return;
        }
        MetaTags.title(document).ifPresent(t -> {
            post.title(TitleSplitter.withoutSite(t, siteName));
            notes.add(Diagnostic.used("title", "title"));
        });
    }

    private void published(Document document, JsonLd jsonLd, Post.Builder post, List<Diagnostic> notes) {
        Optional<PostTime> time = jsonLd.string("datePublished").flatMap(dates::parseIso);
        String source = "json-ld datePublished";
        if (time.isEmpty()) {
            time = MetaTags.content(document, "article:published_time").flatMap(dates::parseIso);
            source = "meta article:published_time";
        }
        if (time.isEmpty()) {
            Element t = document.selectFirst("time[datetime]");
            time = t == null ? Optional.empty() : dates.parseIso(t.attr("datetime"));
            source = "time[datetime]";
        }
        if (time.isPresent()) {
            post.published(time);
            notes.add(Diagnostic.used("published", source));
        }
        jsonLd.string("dateModified").flatMap(dates::parseIso).ifPresent(m -> post.updated(Optional.of(m)));
    }

    private Element region(Document document, List<Diagnostic> notes) {
        for (SelectorList.Rule rule : content.rules()) {
            for (Element e : document.select(rule.evaluator())) {
                if (Texts.collapse(e.text()).length() >= minContentChars) {
                    notes.add(Diagnostic.used("body", rule.css()));
                    return e;
                }
            }
        }
        Element best = null;
        int bestScore = 0;
        for (Element e : document.body().select("div, section, td, article, main")) {
            int score = ownParagraphChars(e);
            if (score >= minBlockChars && score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        if (best != null) {
            notes.add(Diagnostic.used("body", "densest block " + best.cssSelector()));
            return best;
        }
        notes.add(Diagnostic.warning("body", "whole page body (no content region found)"));
        return document.body();
    }

    /** Text in the element's own paragraphs and text nodes (not in nested blocks), a density proxy. */
    private static int ownParagraphChars(Element element) {
        int chars = 0;
        for (TextNode t : element.textNodes()) {
            chars += t.text().strip().length();
        }
        for (Element child : element.children()) {
            String tag = child.normalName();
            if (tag.equals("p") || tag.equals("br") || tag.equals("blockquote") || tag.equals("ul")
                    || tag.equals("ol") || tag.equals("pre") || tag.matches("h[1-6]")) {
                chars += child.text().length();
            }
        }
        return chars;
    }

    private static Platform platform(Document document) {
        String generator = MetaTags.content(document, "generator").orElse("").toLowerCase(Locale.ROOT);
        if (generator.contains("wordpress")) {
            return Platform.WORDPRESS;
        }
        if (generator.contains("blogger")) {
            return Platform.BLOGGER;
        }
        return Platform.OTHER;
    }

    private static boolean isArticle(Document document, JsonLd jsonLd) {
        return !jsonLd.isEmpty() || "article".equalsIgnoreCase(MetaTags.content(document, "og:type").orElse(""))
                || document.selectFirst("article") != null;
    }
}
