package dev.gleaner.extractors.blogger;

import dev.gleaner.extractors.html.BodyParts;
import dev.gleaner.extractors.html.HtmlSanitizer;
import dev.gleaner.extractors.html.TextRenderer;
import dev.gleaner.extractors.html.Texts;
import dev.gleaner.extractors.html.Visibility;
import dev.gleaner.extractors.meta.DateParser;
import dev.gleaner.extractors.meta.JsonLd;
import dev.gleaner.extractors.meta.MetaTags;
import dev.gleaner.extractors.meta.TitleSplitter;
import dev.gleaner.extractors.rules.SelectorList;
import dev.gleaner.model.Author;
import dev.gleaner.model.Diagnostic;
import dev.gleaner.model.PageKind;
import dev.gleaner.model.Post;
import dev.gleaner.model.PostTime;
import dev.gleaner.model.Site;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads one post from its container: title, authors, published time, labels, post id, comments and the cleaned
 * body (text, sanitised HTML, images, links). Every field tries the post's own markup first (the first-match
 * selector lists of {@link BloggerRules}), then, on single-post pages only, page-level metadata (JSON-LD, meta
 * tags); each value names its source in the diagnostics. Works on a private copy of the page (it marks elements
 * to drop); immutable and thread-safe.
 */
final class PostReader {

    /** Attribute marking elements of a container that are metadata, never body text. */
    private static final String DROP_MARK = "data-gleaner-drop";
    private static final String LABEL_PATH = "/search/label/";
    /** A link that only shows a count and a word or two: a classic template's comment link. */
    private static final java.util.regex.Pattern COUNT_LINK =
            java.util.regex.Pattern.compile("\\(?\\d{1,6}\\)?\\s+\\p{L}+(\\s\\p{L}+)?\\s*:?");

    private final BloggerRules rules;
    private final DateParser dates;
    private final BylineCleaner bylines;
    private final CommentReader comments;
    private final HtmlSanitizer sanitizer;

    PostReader(BloggerRules rules, DateParser dates, BylineCleaner bylines, CommentReader comments,
               HtmlSanitizer sanitizer) {
        this.rules = rules;
        this.dates = dates;
        this.bylines = bylines;
        this.comments = comments;
        this.sanitizer = sanitizer;
    }

    /**
     * What the reader needs to know about the page.
     *
     * @param document   the private copy of the page
     * @param pageUrl    the page URL
     * @param kind       the page kind
     * @param single     true when the page shows one post (page-level metadata applies to it)
     * @param jsonLd     the page's JSON-LD article objects
     * @param language   the page language
     * @param monthFirst whether ambiguous numeric dates are month first
     * @param site       the site
     * @param siteDescription the blog's description (to tell a post summary from the blog's tagline)
     */
    record Context(Document document, String pageUrl, PageKind kind, boolean single, JsonLd jsonLd,
                   Optional<String> language, boolean monthFirst, Site site, Optional<String> siteDescription) {
    }

    Post read(Element container, Optional<Element> dateHeader, Context ctx, String prefix, List<Diagnostic> notes) {
        Element body = rules.body.first(container)
                .map(SelectorList.Hit::element)
                .filter(e -> !insideChrome(e, container))
                .orElse(container);
        boolean bodyIsContainer = body == container;
        Predicate<Element> meta = e -> (bodyIsContainer || !inside(e, body)) && !insideChrome(e, container)
                && !Visibility.isHiddenInContext(e) && !e.hasAttr(PostLocator.DATE_HEADER_MARK)
                && !rules.dateHeader.matches(e);

        Post.Builder post = Post.builder()
                .pageKind(ctx.kind())
                .extractor(BloggerExtractor.NAME)
                .site(ctx.site())
                .language(ctx.language());

        Optional<Element> byline = bylineElement(container, body, meta);
        Optional<Element> titleElement = title(container, body, meta, ctx, post, prefix, notes);
        authors(container, meta, byline, post, prefix, notes);
        published(container, meta, dateHeader, byline, ctx, post, prefix, notes);
        labels(container, meta, ctx, post, prefix, notes);
        postId(container, ctx, post, prefix, notes);
        post.url(permalink(container, titleElement, ctx));
        canonical(ctx).ifPresent(c -> post.canonicalUrl(Optional.of(c)));
        if (ctx.single()) {
            summary(ctx).ifPresent(s -> post.summary(Optional.of(s)));
        }

        CommentReader.Result shown = comments.read(ctx.single() ? ctx.document() : container);
        post.comments(shown.comments()).commentCount(shown.count());
        if (shown.count().isPresent()) {
            notes.add(Diagnostic.used(prefix + "commentCount", shown.countSource()));
        }

        if (bodyIsContainer) {
            byline.ifPresent(e -> e.attr(DROP_MARK, ""));
            titleElement.filter(e -> !e.hasAttr(BOLD_TITLE_MARK)).ifPresent(e -> e.attr(DROP_MARK, ""));
            for (Element e : container.select("a[href*=comment], a[href^=javascript:], font.time, font.author")) {
                e.attr(DROP_MARK, "");
            }
            for (Element a : container.select("a")) {
                if (COUNT_LINK.matcher(Texts.collapse(a.text())).matches()) {
                    a.attr(DROP_MARK, ""); // classic "(0) opinions" / "3 comments" links
                }
            }
        }
        Element clean = body.clone();
        clean.select("[" + DROP_MARK + "], [" + PostLocator.DATE_HEADER_MARK + "]").remove();
        rules.bodyChrome.removeAll(clean);
        rules.dateHeader.removeAll(clean);
        String text = TextRenderer.render(clean);
        notes.add(Diagnostic.used(prefix + "body", bodyIsContainer ? "post container" : body.cssSelector()));
        return post.text(text)
                .html(sanitizer.sanitize(clean, ctx.pageUrl()))
                .images(BodyParts.images(clean))
                .links(BodyParts.links(clean, ctx.pageUrl()))
                .wordCount(Texts.wordCount(text))
                .build();
    }

    private static final String BOLD_TITLE_MARK = "data-gleaner-bold-title";

    // ---- title ----------------------------------------------------------------------------------------------

    private Optional<Element> title(Element container, Element body, Predicate<Element> meta, Context ctx,
                                    Post.Builder post, String prefix, List<Diagnostic> notes) {
        boolean bodyIsContainer = body == container;
        Predicate<Element> accept = meta.and(e -> bodyIsContainer || !inside(body, e));
        Optional<SelectorList.Found> found = rules.title.firstValue(container, accept, this::titleText);
        if (found.isPresent()) {
            post.title(found.get().value());
            notes.add(Diagnostic.used(prefix + "title", found.get().rule().css()));
            return Optional.of(found.get().element());
        }
        if (bodyIsContainer) {
            Optional<Element> bold = boldFirstLine(container);
            if (bold.isPresent()) {
                post.title(Texts.collapse(bold.get().text()));
                notes.add(Diagnostic.used(prefix + "title", "bold first line"));
                bold.get().attr(BOLD_TITLE_MARK, "");
                return bold;
            }
        }
        if (ctx.single() && ctx.kind() != PageKind.INDEX) {
            Optional<String> og = MetaTags.content(ctx.document(), "og:title")
                    .or(() -> MetaTags.content(ctx.document(), "twitter:title"));
            if (og.isPresent()) {
                post.title(TitleSplitter.withoutSite(og.get(), ctx.site().name()));
                notes.add(Diagnostic.used(prefix + "title", "og:title"));
                return Optional.empty();
            }
            Optional<String> title = MetaTags.title(ctx.document());
            if (title.isPresent()) {
                post.title(TitleSplitter.withoutSite(title.get(), ctx.site().name()));
                notes.add(Diagnostic.used(prefix + "title", "title"));
                return Optional.empty();
            }
        }
        notes.add(Diagnostic.missing(prefix + "title", "no title element"));
        return Optional.empty();
    }

    private Optional<String> titleText(String raw) {
        String text = Texts.collapse(raw);
        return text.isEmpty() || text.length() > rules.maxTitleChars ? Optional.empty() : Optional.of(text);
    }

    /** Classic posts without a title element often open with a bold line followed by a line break. */
    private Optional<Element> boldFirstLine(Element container) {
        for (Element bold : container.select("b, strong")) {
            String text = Texts.collapse(bold.text());
            if (text.isEmpty() || text.length() > rules.maxTitleChars || bylines.looksLikeByline(text)) {
                continue;
            }
            org.jsoup.nodes.Node next = bold.nextSibling();
            while (next instanceof org.jsoup.nodes.TextNode t && t.isBlank()) {
                next = next.nextSibling();
            }
            boolean endsLine = next == null || next instanceof Element e && "br".equals(e.normalName());
            boolean opens = true;
            for (org.jsoup.nodes.Node prev = bold.previousSibling(); prev != null; prev = prev.previousSibling()) {
                if (prev instanceof org.jsoup.nodes.TextNode t ? !t.isBlank()
                        : prev instanceof Element e && !Texts.collapse(e.text()).isEmpty()) {
                    opens = false;
                    break;
                }
            }
            return endsLine && opens ? Optional.of(bold) : Optional.empty();
        }
        return Optional.empty();
    }

    // ---- authors --------------------------------------------------------------------------------------------

    /** The first short element reading as a byline: outside the body first, then inside it. */
    private Optional<Element> bylineElement(Element container, Element body, Predicate<Element> meta) {
        Optional<Element> outside = bylineIn(container, meta);
        if (outside.isPresent() || body == container) {
            return outside;
        }
        return bylineIn(body, e -> !Visibility.isHiddenInContext(e) && !insideChrome(e, container));
    }

    private Optional<Element> bylineIn(Element root, Predicate<Element> accept) {
        for (Element e : root.getAllElements()) {
            if (e == root || !accept.test(e)) {
                continue;
            }
            String text = e.text();
            if (text.length() <= rules.maxBylineChars && bylines.looksLikeByline(text)) {
                Element deepest = e;
                boolean descended = true;
                while (descended) {
                    descended = false;
                    for (Element child : deepest.children()) {
                        if (bylines.looksLikeByline(child.text())) {
                            deepest = child;
                            descended = true;
                            break;
                        }
                    }
                }
                return Optional.of(deepest);
            }
        }
        return Optional.empty();
    }

    private void authors(Element container, Predicate<Element> meta, Optional<Element> byline, Post.Builder post,
                         String prefix, List<Diagnostic> notes) {
        Optional<SelectorList.Found> found = rules.author.firstValue(container, meta, bylines::clean);
        if (found.isPresent()) {
            post.authors(List.of(new Author(found.get().value(), authorUrl(found.get().element()))));
            notes.add(Diagnostic.used(prefix + "authors", found.get().rule().css()));
            return;
        }
        Optional<String> fromByline = byline.flatMap(e -> bylines.clean(e.text()));
        if (fromByline.isPresent()) {
            post.authors(List.of(Author.of(fromByline.get())));
            notes.add(Diagnostic.used(prefix + "authors", "byline wording"));
            return;
        }
        notes.add(Diagnostic.missing(prefix + "authors", "no byline"));
    }

    private static Optional<String> authorUrl(Element element) {
        Element link = "a".equals(element.normalName()) ? element : element.closest("a[href]");
        if (link == null) {
            link = element.selectFirst("a[href]");
        }
        if (link == null) {
            return Optional.empty();
        }
        String href = link.absUrl("href");
        return href.startsWith("http") ? Optional.of(href) : Optional.empty();
    }

    // ---- published ------------------------------------------------------------------------------------------

    private void published(Element container, Predicate<Element> meta, Optional<Element> dateHeader,
                           Optional<Element> byline, Context ctx, Post.Builder post, String prefix,
                           List<Diagnostic> notes) {
        Optional<SelectorList.Found> markup = rules.published.firstValue(container,
                e -> !insideChrome(e, container), v -> dates.parseIso(v).map(PostTime::toString));
        Optional<PostTime> jsonPublished = ctx.single()
                ? ctx.jsonLd().string("datePublished").flatMap(dates::parseIso) : Optional.empty();
        Optional<PostTime> jsonModified = ctx.single()
                ? ctx.jsonLd().string("dateModified").flatMap(dates::parseIso) : Optional.empty();
        if (ctx.single()) {
            jsonModified.ifPresent(m -> post.updated(Optional.of(m)));
        }
        if (markup.isPresent()) {
            PostTime time = PostTime.parse(markup.get().value());
            if (jsonPublished.isPresent() && jsonModified.isPresent() && sameInstant(time, jsonModified.get())
                    && !sameInstant(time, jsonPublished.get())) {
                // the template's "published" element carries the modification time (seen in third-party themes)
                post.published(jsonPublished);
                notes.add(Diagnostic.used(prefix + "published", "json-ld datePublished (markup "
                        + markup.get().rule().css() + " equals dateModified)"));
                return;
            }
            post.published(Optional.of(time));
            notes.add(Diagnostic.used(prefix + "published", markup.get().rule().css()));
            return;
        }
        if (jsonPublished.isPresent()) {
            post.published(jsonPublished);
            notes.add(Diagnostic.used(prefix + "published", "json-ld datePublished"));
            return;
        }
        if (ctx.single()) {
            Optional<PostTime> metaTime = MetaTags.content(ctx.document(), "article:published_time")
                    .flatMap(dates::parseIso);
            if (metaTime.isPresent()) {
                post.published(metaTime);
                notes.add(Diagnostic.used(prefix + "published", "meta article:published_time"));
                return;
            }
        }
        Optional<SelectorList.Found> generic = rules.publishedGeneric.firstValue(container, meta,
                v -> dates.parseIso(v).map(PostTime::toString));
        if (generic.isPresent()) {
            post.published(Optional.of(PostTime.parse(generic.get().value())));
            notes.add(Diagnostic.used(prefix + "published", generic.get().rule().css()));
            return;
        }
        displayed(container, meta, dateHeader, byline, ctx, post, prefix, notes);
    }

    private void displayed(Element container, Predicate<Element> meta, Optional<Element> dateHeader,
                           Optional<Element> byline, Context ctx, Post.Builder post, String prefix,
                           List<Diagnostic> notes) {
        List<Element> candidates = new ArrayList<>(rules.displayedDate.all(container).stream()
                .filter(meta).toList());
        byline.ifPresent(candidates::add);
        Optional<DateParser.Displayed> headerDate = dateHeader
                .flatMap(h -> dates.parseDisplayed(Texts.collapse(h.text()), ctx.monthFirst()));
        Optional<java.time.LocalTime> time = Optional.empty();
        for (Element e : candidates) {
            String text = Texts.collapse(e.text());
            Optional<DateParser.Displayed> full = dates.parseDisplayed(text, ctx.monthFirst());
            if (full.isPresent() && headerDate.isEmpty()) {
                DateParser.Displayed d = full.get();
                if (d.time().isEmpty()) {
                    Optional<java.time.LocalTime> other = firstTime(candidates);
                    d = new DateParser.Displayed(d.date(), other);
                }
                post.published(Optional.of(d.toPostTime()));
                notes.add(Diagnostic.used(prefix + "published", "displayed " + e.cssSelector()));
                return;
            }
            if (time.isEmpty()) {
                time = dates.parseTime(text);
            }
        }
        if (headerDate.isPresent()) {
            post.published(Optional.of(new DateParser.Displayed(headerDate.get().date(), time).toPostTime()));
            notes.add(Diagnostic.used(prefix + "published", "date header" + (time.isPresent() ? " + time" : "")));
            return;
        }
        notes.add(Diagnostic.missing(prefix + "published", "no date in markup or metadata"));
    }

    private Optional<java.time.LocalTime> firstTime(List<Element> candidates) {
        for (Element e : candidates) {
            Optional<java.time.LocalTime> t = dates.parseTime(Texts.collapse(e.text()));
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    private static boolean sameInstant(PostTime a, PostTime b) {
        if (a.isInstant() && b.isInstant()) {
            return a.toOffsetDateTime().orElseThrow().isEqual(b.toOffsetDateTime().orElseThrow());
        }
        return a.equals(b);
    }

    // ---- labels ---------------------------------------------------------------------------------------------

    private void labels(Element container, Predicate<Element> meta, Context ctx, Post.Builder post, String prefix,
                        List<Diagnostic> notes) {
        Predicate<Element> accept = e -> meta.test(e) || isEmptyCssLabel(e, container);
        for (SelectorList.Rule rule : rules.labels.rules()) {
            Set<String> values = new LinkedHashSet<>();
            for (Element e : container.select(rule.evaluator())) {
                if (accept.test(e)) {
                    labelValue(e).ifPresent(values::add);
                }
            }
            if (!values.isEmpty()) {
                post.labels(List.copyOf(values));
                notes.add(Diagnostic.used(prefix + "labels", rule.css()));
                return;
            }
        }
        if (ctx.single() && ctx.kind() == PageKind.ITEM) {
            for (SelectorList.Rule rule : rules.breadcrumb.rules()) {
                Set<String> values = new LinkedHashSet<>();
                for (Element e : ctx.document().select(rule.evaluator())) {
                    labelValue(e).ifPresent(values::add);
                }
                if (!values.isEmpty()) {
                    post.labels(List.copyOf(values));
                    notes.add(Diagnostic.used(prefix + "labels", "breadcrumb " + rule.css()));
                    return;
                }
            }
        }
    }

    /** Label links whose name is drawn by CSS from an attribute are empty but not hidden. */
    private boolean isEmptyCssLabel(Element e, Element container) {
        return e.text().isBlank() && (e.hasAttr("aria-label") || e.hasAttr("data-text"))
                && !insideChrome(e, container);
    }

    private static Optional<String> labelValue(Element e) {
        String text = Texts.collapse(e.text());
        if (text.isEmpty()) {
            text = Texts.collapse(e.attr("aria-label"));
        }
        if (text.isEmpty()) {
            text = Texts.collapse(e.attr("data-text"));
        }
        if (text.isEmpty()) {
            String href = e.attr("href");
            int at = href.indexOf(LABEL_PATH);
            if (at >= 0) {
                String raw = href.substring(at + LABEL_PATH.length());
                int end = raw.indexOf('?');
                raw = end >= 0 ? raw.substring(0, end) : raw;
                try {
                    text = Texts.collapse(URLDecoder.decode(raw, StandardCharsets.UTF_8));
                } catch (IllegalArgumentException ex) {
                    text = raw;
                }
            }
        }
        while (!text.isEmpty() && ",;".indexOf(text.charAt(text.length() - 1)) >= 0) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    // ---- ids and URLs ---------------------------------------------------------------------------------------

    private void postId(Element container, Context ctx, Post.Builder post, String prefix, List<Diagnostic> notes) {
        Optional<SelectorList.Found> found = rules.postId.firstValue(container, e -> true,
                v -> isPostId(v) ? Optional.of(v) : Optional.empty());
        if (found.isEmpty() && ctx.single()) {
            found = rules.postId.firstValue(ctx.document(), e -> e.normalName().equals("meta"),
                    v -> isPostId(v) ? Optional.of(v) : Optional.empty());
        }
        found.ifPresent(f -> {
            post.bloggerPostId(Optional.of(f.value()));
            notes.add(Diagnostic.used(prefix + "bloggerPostId", f.rule().css()));
        });
    }

    private boolean isPostId(String value) {
        String v = value.strip();
        return v.length() >= rules.minPostIdDigits && v.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String permalink(Element container, Optional<Element> titleElement, Context ctx) {
        if (ctx.single()) {
            return ctx.pageUrl();
        }
        if (titleElement.isPresent()) {
            Element t = titleElement.get();
            Element link = "a".equals(t.normalName()) ? t : t.selectFirst("a[href]");
            if (link == null) {
                link = t.closest("a[href]");
            }
            if (link != null && link.absUrl("href").startsWith("http")) {
                return link.absUrl("href");
            }
        }
        for (Element a : container.select("a.timestamp-link[href], a[rel=bookmark][href], a.permalink[href]")) {
            if (a.absUrl("href").startsWith("http")) {
                return a.absUrl("href");
            }
        }
        return ctx.pageUrl();
    }

    private static Optional<String> canonical(Context ctx) {
        Element link = ctx.document().selectFirst("link[rel=canonical][href]");
        if (link == null || !ctx.single()) {
            return Optional.empty();
        }
        String href = link.absUrl("href");
        return href.isEmpty() ? Optional.empty() : Optional.of(href);
    }

    private static Optional<String> summary(Context ctx) {
        Optional<String> description = MetaTags.content(ctx.document(), "description")
                .or(() -> MetaTags.content(ctx.document(), "og:description"))
                .map(Texts::collapse)
                .filter(s -> !s.isEmpty());
        if (description.isPresent() && ctx.siteDescription().isPresent()
                && description.get().equalsIgnoreCase(ctx.siteDescription().get())) {
            return Optional.empty();
        }
        return description;
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private boolean insideChrome(Element element, Element container) {
        for (Element e = element; e != null && e != container; e = e.parent()) {
            if (rules.notPostScope.matches(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(Element element, Element ancestor) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }
}
