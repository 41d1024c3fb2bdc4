package dev.gleaner.extractors.blogger;

import dev.gleaner.extractors.html.HtmlSanitizer;
import dev.gleaner.extractors.html.Texts;
import dev.gleaner.extractors.meta.DateParser;
import dev.gleaner.extractors.meta.JsonLd;
import dev.gleaner.model.Diagnostic;
import dev.gleaner.model.PageKind;
import dev.gleaner.model.Post;
import dev.gleaner.model.Site;
import dev.gleaner.spi.Page;
import dev.gleaner.spi.PageExtraction;
import dev.gleaner.spi.PageExtractor;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The template-aware Blogger extractor: recognises Blogger from the markup, classifies the page (item, index,
 * archive, label, search, static), finds every post in page order (Blog widget containers, or classic-template
 * post anchors), and reads each post's metadata and cleaned body. Template chrome (navbar, header, sidebars and
 * widgets, share buttons, comment forms, pagers, related posts) is never part of a body; reader comments become
 * the post's comments.
 *
 * <p>Stages, in order (each a small immutable class of this package):
 * <ol>
 *   <li>{@code BloggerDetector} - is this Blogger at all (cheap; the cascade's recognise step);</li>
 *   <li>{@code PageKindClassifier} - URL scheme first, then markup, because Blogger's URLs are fixed;</li>
 *   <li>{@code PostLocator} - one element per post, sidebars excluded, before anything is read;</li>
 *   <li>{@code SiteReader} - blog name outside the posts, blog id, language;</li>
 *   <li>{@code PostReader} - fields of each post, then its cleaned body (comments read before bodies are cut).</li>
 * </ol>
 * All rules come from the {@code blogger/*.rules} resources, validated when this class is constructed. Instances
 * are immutable and thread-safe; pages are read from {@link Page#copyOfDocument()}, never changed.
 */
public final class BloggerExtractor implements PageExtractor {

    /** The extractor's name in diagnostics and {@code Post.extractor}. */
    public static final String NAME = "blogger";

    private final BloggerRules rules;
    private final BloggerDetector detector;
    private final PageKindClassifier classifier;
    private final PostLocator locator;
    private final SiteReader siteReader;
    private final PostReader reader;

    /**
     * Loads and validates every Blogger rule file.
     *
     * @throws IllegalStateException when a rule file is missing or malformed (the message names file and line)
     */
    public BloggerExtractor() {
        this.rules = new BloggerRules();
        DateParser dates = new DateParser();
        BylineCleaner bylines = new BylineCleaner(rules, dates);
        this.detector = new BloggerDetector(rules);
        this.classifier = new PageKindClassifier(rules);
        this.locator = new PostLocator(rules, dates);
        this.siteReader = new SiteReader(rules);
        this.reader = new PostReader(rules, dates, bylines, new CommentReader(rules, dates, bylines),
                new HtmlSanitizer());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean recognises(Page page) {
        return detector.evidence(page.document(), page.url()).isPresent();
    }

    @Override
    public PageExtraction extract(Page page) {
        List<Diagnostic> notes = new ArrayList<>();
        detector.evidence(page.document(), page.url())
                .ifPresent(e -> notes.add(Diagnostic.info("platform", "blogger (" + e + ")")));
        Document document = page.copyOfDocument();
        PageKindClassifier.Decision decision = classifier.classify(document, page.url());
        PostLocator.Located located = locator.locate(document);
        notes.add(Diagnostic.info("posts", located.containers().size() + " by " + located.basis()));

        Map<Element, Boolean> containers = new IdentityHashMap<>();
        located.containers().forEach(c -> containers.put(c, Boolean.TRUE));
        Site site = siteReader.read(document, page.url(), e -> !insideAny(e, containers)
                && !insideAny(e, Map.of(located.scope(), Boolean.TRUE)), notes);
        PageKind kind = decision.kind();
        if (kind == PageKind.UNKNOWN && !located.containers().isEmpty()) {
            kind = located.containers().size() == 1 ? PageKind.ITEM : PageKind.INDEX;
        }
        notes.add(Diagnostic.info("kind", kind + " (" + decision.basis() + ")"));
        if (located.containers().isEmpty()) {
            notes.add(Diagnostic.missing("posts", "no Blogger post markup"));
            return new PageExtraction(kind, List.of(), site, notes);
        }

        Optional<String> language = SiteReader.language(document);
        boolean single = located.containers().size() == 1
                && (kind == PageKind.ITEM || kind == PageKind.STATIC);
        PostReader.Context ctx = new PostReader.Context(document, page.url(), kind, single,
                JsonLd.of(document), language, monthFirst(language), site, siteDescription(document));
        Map<Element, Element> headers = dateHeaders(document, located.containers());
        List<Post> posts = new ArrayList<>();
        int index = 0;
        for (Element container : located.containers()) {
            String prefix = single ? "" : "post " + index + " ";
            index++;
            try {
                Post post = reader.read(container, Optional.ofNullable(headers.get(container)), ctx, prefix, notes);
                if (!post.text().isEmpty() || !post.title().isEmpty()) {
                    posts.add(post);
                } else {
                    notes.add(Diagnostic.warning(prefix + "post", "empty container skipped"));
                }
            } catch (RuntimeException e) {
                notes.add(Diagnostic.warning(prefix + "post", "failed: " + e));
            }
        }
        return new PageExtraction(kind, posts, site, notes);
    }

    /** Each container's nearest preceding date header outside every container (in document order). */
    private Map<Element, Element> dateHeaders(Document document, List<Element> containers) {
        Map<Element, Boolean> isContainer = new IdentityHashMap<>();
        containers.forEach(c -> isContainer.put(c, Boolean.TRUE));
        Map<Element, Element> headers = new IdentityHashMap<>();
        Element last = null;
        for (Element e : document.getAllElements()) {
            if (isContainer.containsKey(e)) {
                if (last != null) {
                    headers.put(e, last);
                }
                continue;
            }
            if ((e.hasAttr(PostLocator.DATE_HEADER_MARK) || rules.dateHeader.matches(e))
                    && !insideAny(e, isContainer) && !Texts.collapse(e.text()).isEmpty()) {
                last = e;
            }
        }
        return headers;
    }

    private static boolean insideAny(Element element, Map<Element, Boolean> ancestors) {
        for (Element e = element; e != null; e = e.parent()) {
            if (ancestors.containsKey(e)) {
                return true;
            }
        }
        return false;
    }

    /** US English (and unknown) pages write numeric dates month first. */
    private static boolean monthFirst(Optional<String> language) {
        return language.map(l -> l.toLowerCase(Locale.ROOT))
                .map(l -> l.equals("en") || l.startsWith("en-us"))
                .orElse(true);
    }

    private static Optional<String> siteDescription(Document document) {
        Element description = document.selectFirst(".Header .description, #header .description, p.description");
        if (description == null) {
            return Optional.empty();
        }
        String text = Texts.collapse(description.text());
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
