package dev.gleaner;

import dev.gleaner.internal.Validate;
import java.time.Instant;
import java.util.Optional;

/**
 * A page as raw bytes with what the input knows about it: where it came from, the URL it was fetched from, the
 * HTTP {@code Content-Type} it was served with and when it was fetched. Archive entries and crawl records (WARC)
 * carry some or all of these; a plain file carries none.
 *
 * <p>Immutable: the bytes are copied in and never exposed for writing.
 */
public final class RawPage {
    private final String source;
    private final Optional<String> url;
    private final byte[] bytes;
    private final Optional<String> contentType;
    private final Optional<Instant> crawled;

    private RawPage(String source, Optional<String> url, byte[] bytes, Optional<String> contentType,
                    Optional<Instant> crawled) {
        this.source = source;
        this.url = url;
        this.bytes = bytes;
        this.contentType = contentType;
        this.crawled = crawled;
    }

    /**
     * A page from {@code source} (a path, an archive entry name, a record id) with nothing else known.
     *
     * @param source where the page came from, written to {@code Post.source}
     * @param bytes  the page, copied
     */
    public static RawPage of(String source, byte[] bytes) {
        Validate.notNull(source, "source");
        Validate.notNull(bytes, "bytes");
        return new RawPage(source, Optional.empty(), bytes.clone(), Optional.empty(), Optional.empty());
    }

    /** This page with the URL it was fetched from (a blank URL counts as unknown). */
    public RawPage withUrl(String value) {
        Validate.notNull(value, "url");
        return new RawPage(source, value.isBlank() ? Optional.empty() : Optional.of(value), bytes, contentType,
                crawled);
    }

    /** This page with the HTTP {@code Content-Type} it was served with (its charset is honoured). */
    public RawPage withContentType(String value) {
        Validate.notNull(value, "contentType");
        return new RawPage(source, url, bytes, Optional.of(value), crawled);
    }

    /** This page with the time it was fetched. */
    public RawPage withCrawled(Instant value) {
        Validate.notNull(value, "crawled");
        return new RawPage(source, url, bytes, contentType, Optional.of(value));
    }

    public String source() {
        return source;
    }

    /**
     * The URL the page was fetched from; when empty, Gleaner uses the page's own canonical URL or {@code og:url}.
     */
    public Optional<String> url() {
        return url;
    }

    /** The number of bytes. */
    public int length() {
        return bytes.length;
    }

    public Optional<String> contentType() {
        return contentType;
    }

    public Optional<Instant> crawled() {
        return crawled;
    }

    /** The bytes, for Gleaner's own decoding (not copied; never written to). */
    byte[] bytes() {
        return bytes;
    }
}
