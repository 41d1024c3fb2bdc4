package dev.gleaner.extractors.content;

import dev.gleaner.extractors.html.TextRenderer;
import dev.gleaner.extractors.language.LanguageIdentifier;
import dev.gleaner.extractors.html.BodyParts;
import dev.gleaner.extractors.html.HtmlSanitizer;
import dev.gleaner.model.Diagnostic;
import dev.gleaner.model.PageKind;
import dev.gleaner.model.Post;
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
import org.jsoup.nodes.Entities;

/**
 * The generic main-content extractor: finds the article of any page and its metadata. Recognises every page, so it
 * belongs last in a cascade.
 *
 * <p>Per page, in this order (each part is its own class):
 * <ol>
 *   <li>metadata from the shared document, read-only ({@link MetadataReader});</li>
 *   <li>chrome removal on a private copy, with a revert guard ({@link DomCleaner});</li>
 *   <li>listing pages are reported as such, with one teaser post each ({@link ListingDetector});</li>
 *   <li>the body through the cascade markup, scoring, JSON-LD text, baseline ({@link BodyCascade});</li>
 *   <li>text ({@link TextRenderer}: blocks separated by blank lines) and sanitised HTML;</li>
 *   <li>the language the markup declares, else the one {@link LanguageIdentifier} finds in the text;</li>
 *   <li>last step of the cascade: a page with no body text at all but a title (a JavaScript shell, a page whose
 *       content loads later) yields a title-only post with its metadata, so the page still says what it is.</li>
 * </ol>
 * Immutable and thread-safe: rules load in the constructor; nothing per page is kept.
 */
public final class ContentExtractor implements PageExtractor {

    /** The extractor's name in {@code Post.extractor} and diagnostics. */
    public static final String NAME = "generic";

    private final ContentRules rules;
    private final MetadataReader metadata;
    private final DomCleaner cleaner;
    private final ListingDetector listings;
    private final BodyCascade cascade;
    private final HtmlSanitizer sanitizer;
    private final LanguageIdentifier languages;

    /**
     * Loads and validates the rule files.
     *
     * @throws IllegalStateException when a rule file is missing or invalid (the message names file and line)
     */
    public ContentExtractor() {
        this.rules = new ContentRules();
        this.metadata = new MetadataReader(rules.hints);
        this.cleaner = new DomCleaner(rules);
        this.listings = new ListingDetector(rules);
        this.cascade = new BodyCascade(rules);
        this.sanitizer = new HtmlSanitizer();
        this.languages = new LanguageIdentifier();
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Every page: this is the generic fallback. */
    @Override
    public boolean recognises(Page page) {
        return true;
    }

    @Override
    public PageExtraction extract(Page page) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        PageMetadata meta = metadata.read(page.document(), page.url(), page.crawled(), diagnostics);
        Site site = new Site(meta.siteName(), siteUrl(page.url()), meta.platform(), Optional.empty());

        Document copy = page.copyOfDocument();
        Element root = copy.body();
        cleaner.clean(root, diagnostics);

        Optional<ListingDetector.Listing> listing = listings.detect(root, meta, page.url());
        if (listing.isPresent()) {
            diagnostics.add(Diagnostic.info(NAME, "listing page: " + listing.get().teasers().size() + " teasers"));
            return new PageExtraction(listing.get().kind(), teaserPosts(listing.get(), meta, site, page, diagnostics),
                    site, diagnostics);
        }

        List<String> authorNames = meta.authors().stream().map(a -> a.name().toLowerCase(Locale.ROOT)).toList();
        BodyCascade.Choice choice = cascade.choose(root, meta.articleBody(), authorNames, diagnostics);
        String text = choice.text();
        String html = choice.body().map(body -> sanitizer.sanitize(body, page.url()))
                .orElseGet(() -> paragraphsHtml(text));
        Post.Builder post = Post.builder()
                .url(meta.canonicalUrl().orElse(page.url()))
                .canonicalUrl(meta.canonicalUrl())
                .pageKind(meta.declaresArticle() || !meta.published().isEmpty() ? PageKind.ITEM : PageKind.UNKNOWN)
                .title(meta.title())
                .authors(meta.authors())
                .published(meta.published())
                .updated(meta.modified())
                .labels(meta.labels())
                .text(text)
                .html(html)
                .summary(meta.description())
                .language(language(meta, text, diagnostics))
                .wordCount(BodyCascade.words(text))
                .site(site)
                .extractor(NAME);
        choice.body().ifPresent(body -> post.images(BodyParts.images(body)).links(BodyParts.links(body, page.url())));
        if (text.isBlank() && meta.title().isBlank()) {
            diagnostics.add(Diagnostic.missing(NAME, "no body text and no title found"));
            return new PageExtraction(PageKind.UNKNOWN, List.of(), site, diagnostics);
        }
        if (text.isBlank()) {
            diagnostics.add(Diagnostic.warning(NAME, "no body text found: title and metadata only"));
        }
        Post built = post.build();
        return new PageExtraction(built.pageKind(), List.of(built), site, diagnostics);
    }

    /** The markup's language, else the one identified in the post text ({@link LanguageIdentifier}). */
    private Optional<String> language(PageMetadata meta, String text, List<Diagnostic> diagnostics) {
        if (meta.language().isPresent()) {
            return meta.language();
        }
        Optional<String> identified = languages.identify(text);
        identified.ifPresent(tag -> diagnostics.add(Diagnostic.used("language", "identified in the text: " + tag)));
        return identified;
    }

    private List<Post> teaserPosts(ListingDetector.Listing listing, PageMetadata meta, Site site, Page page,
                                   List<Diagnostic> diagnostics) {
        StringBuilder all = new StringBuilder();
        listing.teasers().forEach(teaser -> all.append(TextRenderer.render(teaser.card())).append("\n\n"));
        Optional<String> language = language(meta, all.toString(), diagnostics);
        List<Post> posts = new ArrayList<>();
        for (ListingDetector.Teaser teaser : listing.teasers()) {
            String text = TextRenderer.render(teaser.card());
            if (text.startsWith(teaser.title())) {
                text = text.substring(teaser.title().length()).strip();
            }
            posts.add(Post.builder()
                    .url(teaser.url().isEmpty() ? page.url() : teaser.url())
                    .pageKind(listing.kind())
                    .title(teaser.title())
                    .text(text)
                    .html(paragraphsHtml(text))
                    .language(language)
                    .wordCount(BodyCascade.words(text))
                    .site(site)
                    .extractor(NAME)
                    .build());
        }
        return posts;
    }

    private static String paragraphsHtml(String text) {
        StringBuilder html = new StringBuilder();
        for (String block : text.split("\n\n")) {
            if (!block.isBlank()) {
                html.append("<p>").append(Entities.escape(block.strip()).replace("\n", "<br>")).append("</p>");
            }
        }
        return html.toString();
    }

    private static Optional<String> siteUrl(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return Optional.empty();
        }
        int slash = url.indexOf('/', scheme + 3);
        return Optional.of(slash < 0 ? url + "/" : url.substring(0, slash + 1));
    }
}
