package dev.gleaner.spi;

import dev.gleaner.internal.Validate;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Optional;
import org.jsoup.nodes.Document;

/**
 * One parsed input page as the stages see it.
 *
 * <p>The document is shared by every stage of one ingest call and must be treated as read-only: a stage that
 * needs to remove or rewrite nodes works on {@link #copyOfDocument()}, so no stage sees another's edits and the
 * caller's input is never changed.
 *
 * @param source   where the page came from (input path or URL)
 * @param url      the page URL, used to resolve relative links ({@code ""} when unknown)
 * @param document the parsed page (read-only by contract)
 * @param charset  the charset the page was decoded with (empty when the page was given as text)
 * @param crawled  when the page was fetched, when the input says; no date on the page can be later than this
 */
public record Page(String source, String url, Document document, Optional<Charset> charset,
                   Optional<Instant> crawled) {
    public Page {
        Validate.notNull(source, "source");
        Validate.notNull(url, "url");
        Validate.notNull(document, "document");
        Validate.notNull(charset, "charset");
        Validate.notNull(crawled, "crawled");
    }

    /** A page with no crawl time. */
    public Page(String source, String url, Document document, Optional<Charset> charset) {
        this(source, url, document, charset, Optional.empty());
    }

    /** A deep copy of the document that the caller may edit freely. */
    public Document copyOfDocument() {
        return document.clone();
    }
}
