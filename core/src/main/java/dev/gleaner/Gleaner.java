package dev.gleaner;

import dev.gleaner.internal.SafeUrls;
import dev.gleaner.internal.Validate;
import dev.gleaner.io.DecodedHtml;
import dev.gleaner.io.HtmlDecoder;
import dev.gleaner.model.Diagnostic;
import dev.gleaner.model.PageKind;
import dev.gleaner.model.PageResult;
import dev.gleaner.model.PageStatus;
import dev.gleaner.model.Post;
import dev.gleaner.model.PostTime;
import dev.gleaner.model.Site;
import dev.gleaner.spi.DefaultStages;
import dev.gleaner.spi.Page;
import dev.gleaner.spi.PageExtraction;
import dev.gleaner.spi.PageExtractor;
import dev.gleaner.spi.PostEnricher;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Gleaner's front door: a configured, immutable, thread-safe pipeline that turns pages into {@link PageResult}s.
 * Build one at start-up and share it; every model and rule file is loaded once, when it is built.
 *
 * <pre>{@code
 * Gleaner gleaner = Gleaner.create();
 * PageResult page = gleaner.ingest(html, "https://example.blogspot.com/2024/01/post.html");
 * page.posts().forEach(post -> System.out.println(post.title() + " " + post.labels()));
 * }</pre>
 *
 * <p><b>Cascade.</b> The extractors are asked in order; each that recognises the page extracts it, and the first
 * that delivers at least one post wins. With the defaults that is the Blogger extractor (template-aware), then the
 * generic extractor, which recognises every page. An extractor that fails with a runtime exception is recorded in
 * the diagnostics and the next one is asked. Then every enricher runs on every post, in order.
 *
 * <p><b>Errors.</b> Ingesting never throws because of what a page contains: odd, broken or hostile HTML yields a
 * result with fewer (or no) posts and diagnostics that say why. Methods throw {@link NullPointerException} or
 * {@link IllegalArgumentException} on misuse (null arguments, bad settings), and {@link IOException} when a file
 * cannot be read.
 *
 * <p><b>Threads and clusters.</b> Instances are immutable and safe to share between threads. They are not
 * {@link java.io.Serializable}: on a cluster, build one per executor (building is cheap after the first time a JVM
 * loads the rule files).
 */
public final class Gleaner {

    /** Default largest page accepted, in characters (larger pages are reported, not extracted). */
    public static final int DEFAULT_MAX_PAGE_CHARS = 16 * 1024 * 1024;

    /** Most bytes one character takes in the encodings pages come in (UTF-8: 4). */
    private static final int MAX_BYTES_PER_CHAR = 4;
    private static final String PAGE = "page";
    private static final String GZIP_SUFFIX = ".gz";

    private final List<PageExtractor> extractors;
    private final List<PostEnricher> enrichers;
    private final int maxPageChars;

    private Gleaner(List<PageExtractor> extractors, List<PostEnricher> enrichers, int maxPageChars) {
        this.extractors = List.copyOf(extractors);
        this.enrichers = List.copyOf(enrichers);
        this.maxPageChars = maxPageChars;
    }

    /**
     * A pipeline with the default stages.
     *
     * @throws IllegalStateException when no {@link DefaultStages} provider (the {@code gleaner-extractors}
     *                               artifact) is on the class path
     */
    public static Gleaner create() {
        return builder().build();
    }

    /** A builder that starts from the default stages. */
    public static Builder builder() {
        return new Builder();
    }

    /** The extractors of this pipeline, in cascade order. */
    public List<PageExtractor> extractors() {
        return extractors;
    }

    /** The enrichers of this pipeline, in run order. */
    public List<PostEnricher> enrichers() {
        return enrichers;
    }

    /**
     * Extracts the posts of a page given as text.
     *
     * @param html the page
     * @param url  the page URL, used to resolve relative links and as the result's source ({@code ""} if unknown)
     * @return the result; never null, and never an exception for what the page holds
     * @throws NullPointerException when an argument is null
     */
    public PageResult ingest(String html, String url) {
        Validate.notNull(html, "html");
        Validate.notNull(url, "url");
        return run(url, url, "", html, Optional.empty(), Optional.empty(), List.of());
    }

    /**
     * Extracts the posts of a page given as bytes, detecting the charset (see {@link HtmlDecoder}).
     *
     * @param bytes       the page
     * @param url         the page URL ({@code ""} if unknown)
     * @param contentType the HTTP {@code Content-Type} the page was served with, when known
     * @return the result; never null, and never an exception for what the bytes hold
     * @throws NullPointerException when an argument is null
     */
    public PageResult ingest(byte[] bytes, String url, Optional<String> contentType) {
        Validate.notNull(bytes, "bytes");
        Validate.notNull(url, "url");
        Validate.notNull(contentType, "contentType");
        return ingestBytes(url, url, "", bytes, contentType, Optional.empty());
    }

    /**
     * Extracts the posts of a page given as bytes that came from somewhere other than its URL (an archive entry, a
     * crawl record), detecting the charset.
     *
     * @param bytes       the page
     * @param source      where the page came from, written to {@code Post.source}
     * @param url         the page URL ({@code ""} if unknown)
     * @param contentType the HTTP {@code Content-Type} the page was served with, when known
     * @return the result; never null, and never an exception for what the bytes hold
     * @throws NullPointerException when an argument is null
     */
    public PageResult ingest(byte[] bytes, String source, String url, Optional<String> contentType) {
        Validate.notNull(bytes, "bytes");
        Validate.notNull(source, "source");
        Validate.notNull(url, "url");
        Validate.notNull(contentType, "contentType");
        return ingestBytes(source, url, "", bytes, contentType, Optional.empty());
    }

    /**
     * Extracts the posts of a page with everything its input knows about it (see {@link RawPage}). Without a URL,
     * the page's own canonical URL (or {@code og:url}) is used when it declares one. The crawl time, when known, is
     * written to every post and bounds the dates the extractors accept.
     *
     * @return the result; never null, and never an exception for what the page holds
     * @throws NullPointerException when an argument is null
     */
    public PageResult ingest(RawPage page) {
        Validate.notNull(page, "page");
        return ingestBytes(page.source(), page.url().orElse(null), "", page.bytes(), page.contentType(),
                page.crawled());
    }

    /**
     * Extracts the posts of a saved page ({@code .gz} files are decompressed). The result's source is the path;
     * the URL is the page's own canonical URL (or {@code og:url}) when it declares one, else the file's URI.
     *
     * @throws IOException          when the file cannot be read (missing, unreadable, a corrupt {@code .gz})
     * @throws NullPointerException when an argument is null
     */
    public PageResult ingest(Path file) throws IOException {
        Validate.notNull(file, "file");
        return ingestBytes(file.toString(), null, fileUri(file), readPage(file), Optional.empty(), Optional.empty());
    }

    /**
     * Extracts the posts of a saved page, with the URL it was fetched from.
     *
     * @throws IOException          when the file cannot be read (missing, unreadable, a corrupt {@code .gz})
     * @throws NullPointerException when an argument is null
     */
    public PageResult ingest(Path file, String url) throws IOException {
        Validate.notNull(file, "file");
        Validate.notNull(url, "url");
        return ingestBytes(file.toString(), url, "", readPage(file), Optional.empty(), Optional.empty());
    }

    private byte[] readPage(Path file) throws IOException {
        Path name = file.getFileName();
        if (name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(GZIP_SUFFIX)) {
            try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxPageBytes() + 1));
            }
        }
        return Files.readAllBytes(file);
    }

    private PageResult ingestBytes(String source, @Nullable String url, String fallbackUrl, byte[] bytes,
                                   Optional<String> contentType, Optional<Instant> crawled) {
        if (bytes.length > maxPageBytes()) {
            return tooLarge(source, url == null ? fallbackUrl : url, new ArrayList<>(), bytes.length + " bytes");
        }
        DecodedHtml decoded = HtmlDecoder.decode(bytes, contentType);
        List<Diagnostic> notes = List.of(Diagnostic.info("charset", decoded.charset().name() + " (" + decoded.basis()
                + ")"));
        return run(source, url, fallbackUrl, decoded.html(), Optional.of(decoded.charset()), crawled, notes);
    }

    /**
     * Runs the cascade and the enrichers.
     *
     * @param givenUrl    the page URL the caller gave; null to use the page's declared URL, else {@code fallbackUrl}
     * @param fallbackUrl the URL when none is given or declared ({@code ""} or a file URI)
     */
    private PageResult run(String source, @Nullable String givenUrl, String fallbackUrl, String html,
                           Optional<Charset> charset, Optional<Instant> crawled, List<Diagnostic> earlier) {
        List<Diagnostic> diagnostics = new ArrayList<>(earlier);
        String baseUrl = givenUrl == null ? "" : givenUrl;
        if (html.length() > maxPageChars) {
            return tooLarge(source, baseUrl, diagnostics, html.length() + " characters");
        }
        Document document = Jsoup.parse(html, baseUrl);
        String url = givenUrl != null ? givenUrl : declaredUrl(document).orElse(fallbackUrl);
        if (givenUrl == null) {
            document.setBaseUri(url);
        }
        Page page = new Page(source, url, document, charset, crawled);

        @Nullable PageExtraction chosen = null;
        String chosenBy = "";
        int asked = 0;
        int failed = 0;
        for (PageExtractor extractor : extractors) {
            if (!recognisesSafely(extractor, page)) {
                continue;
            }
            asked++;
            @Nullable PageExtraction extraction = extractSafely(extractor, page, diagnostics);
            if (extraction == null) {
                failed++;
                continue;
            }
            diagnostics.addAll(extraction.diagnostics());
            if (extraction.delivered()) {
                chosen = extraction;
                chosenBy = extractor.name();
                break;
            }
            if (chosen == null) {
                chosen = extraction; // keep the most specific page kind and site even without posts
            }
        }
        if (chosen == null) {
            boolean allFailed = asked > 0 && failed == asked;
            diagnostics.add(Diagnostic.missing(PAGE, allFailed ? "every extractor failed"
                    : "no extractor recognised the page"));
            return new PageResult(source, url, PageKind.UNKNOWN,
                    allFailed ? PageStatus.EXTRACTION_FAILED : PageStatus.NO_POST, List.of(), Site.unknown(),
                    diagnostics);
        }
        if (!chosen.delivered()) {
            diagnostics.add(Diagnostic.missing(PAGE, "no post found"));
            return new PageResult(source, url, chosen.kind(), PageStatus.NO_POST, List.of(), chosen.site(),
                    diagnostics);
        }
        diagnostics.add(Diagnostic.used("extractor", chosenBy));
        List<Post> posts = new ArrayList<>(chosen.posts().size());
        Optional<PostTime> crawledTime = crawled.map(t -> PostTime.of(t.atOffset(ZoneOffset.UTC)));
        for (Post post : chosen.posts()) {
            Post enriched = enrich(post.toBuilder().source(source).crawled(crawledTime).build(), page, diagnostics);
            Post safe = SafeUrls.police(enriched, url); // no javascript:/data: URL from the page reaches an href
            if (safe != enriched) {
                diagnostics.add(Diagnostic.warning("url", "dropped page URLs with an unsafe scheme"));
            }
            posts.add(safe);
        }
        return new PageResult(source, url, chosen.kind(), PageStatus.OK, posts, chosen.site(), diagnostics);
    }

    private PageResult tooLarge(String source, String url, List<Diagnostic> diagnostics, String size) {
        diagnostics.add(Diagnostic.warning(PAGE, "too large: " + size + ", limit " + maxPageChars + " characters"));
        return new PageResult(source, url, PageKind.UNKNOWN, PageStatus.TOO_LARGE, List.of(), Site.unknown(),
                diagnostics);
    }

    /** Bytes that can hold at most {@code maxPageChars} characters in any encoding a page comes in. */
    private long maxPageBytes() {
        return (long) maxPageChars * MAX_BYTES_PER_CHAR;
    }

    private static boolean recognisesSafely(PageExtractor extractor, Page page) {
        try {
            return extractor.recognises(page);
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
    }

    /** The extraction, or null when the extractor failed (recorded in the diagnostics). */
    private static @Nullable PageExtraction extractSafely(PageExtractor extractor, Page page,
                                                          List<Diagnostic> diagnostics) {
        try {
            return extractor.extract(page);
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.add(Diagnostic.warning(extractor.name(), "failed: " + e));
            return null;
        }
    }

    private Post enrich(Post post, Page page, List<Diagnostic> diagnostics) {
        Post current = post;
        for (PostEnricher enricher : enrichers) {
            try {
                current = enricher.enrich(current, page);
            } catch (RuntimeException | StackOverflowError e) {
                diagnostics.add(Diagnostic.warning(enricher.name(), "failed: " + e));
            }
        }
        return current;
    }

    private static Optional<String> declaredUrl(Document document) {
        Element canonical = document.selectFirst("link[rel=canonical][href]");
        if (canonical != null && !canonical.attr("href").isBlank()
                && SafeUrls.isSafe(canonical.attr("href"))) {
            return Optional.of(canonical.attr("href").trim());
        }
        Element ogUrl = document.selectFirst("meta[property=og:url][content]");
        if (ogUrl != null && ogUrl.attr("content").startsWith("http")) {
            return Optional.of(ogUrl.attr("content").trim());
        }
        return Optional.empty();
    }

    private static String fileUri(Path file) {
        try {
            return file.toAbsolutePath().toUri().toString();
        } catch (RuntimeException e) {
            return "";
        }
    }

    /**
     * Configures a {@link Gleaner}. Starts with the default stages; not thread-safe; {@link #build()} may be called
     * more than once.
     */
    public static final class Builder {
        private @Nullable List<PageExtractor> extractors;
        private @Nullable List<PostEnricher> enrichers;
        private int maxPageChars = DEFAULT_MAX_PAGE_CHARS;

        private Builder() {
        }

        /**
         * Replaces the extractor cascade (in order).
         *
         * @throws IllegalArgumentException when {@code value} is empty
         * @throws NullPointerException     when the list or one of its elements is null
         */
        public Builder extractors(List<PageExtractor> value) {
            Validate.isTrue(!Validate.notNull(value, "extractors").isEmpty(), "extractors must not be empty");
            extractors = Validate.copyOf(value, "extractors");
            return this;
        }

        /**
         * Replaces the enrichers (in order). An empty list turns enrichment off.
         *
         * @throws NullPointerException when the list or one of its elements is null
         */
        public Builder enrichers(List<PostEnricher> value) {
            enrichers = Validate.copyOf(value, "enrichers");
            return this;
        }

        /**
         * Largest page extracted, in characters; larger pages yield a {@code TOO_LARGE} result with no posts and
         * a diagnostic (bytes are refused above four bytes per character, before decoding).
         *
         * @throws IllegalArgumentException when {@code value} is not positive
         */
        public Builder maxPageChars(int value) {
            Validate.isTrue(value > 0, "maxPageChars must be positive, was " + value);
            maxPageChars = value;
            return this;
        }

        /**
         * The configured pipeline.
         *
         * @throws IllegalStateException when defaults are needed and no provider is on the class path, or when the
         *                               cascade is empty
         */
        public Gleaner build() {
            List<PageExtractor> cascade = extractors;
            List<PostEnricher> enrichment = enrichers;
            if (cascade == null || enrichment == null) {
                DefaultStages defaults = loadDefaults();
                cascade = cascade == null ? defaults.extractors() : cascade;
                enrichment = enrichment == null ? defaults.enrichers() : enrichment;
            }
            if (cascade.isEmpty()) {
                throw new IllegalStateException("a Gleaner needs at least one extractor");
            }
            return new Gleaner(cascade, enrichment, maxPageChars);
        }

        private static DefaultStages loadDefaults() {
            Iterator<DefaultStages> found = ServiceLoader.load(DefaultStages.class, Gleaner.class.getClassLoader())
                    .iterator();
            if (!found.hasNext()) {
                throw new IllegalStateException("no default Gleaner stages found: add the gleaner-extractors "
                        + "artifact to the class path, or configure extractors explicitly");
            }
            return found.next();
        }
    }
}
