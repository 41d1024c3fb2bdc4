package dev.gleaner.batch.input;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One page to convert, as found in the inputs.
 *
 * @param source      where the page came from, written to each post's {@code source} and to its error line: a file
 *                    path, {@code archive.zip!/entry.html}, the target URI of a WARC record, or the URL of a JSON
 *                    Lines record (its {@code file:line} when it has none)
 * @param url         the URL the page was fetched from, when the input says (WARC target URI, JSON Lines {@code url})
 * @param contentType the HTTP {@code Content-Type} the page was served with, when known (WARC records)
 * @param crawled     when the page was fetched, when known (the WARC record's date)
 * @param content     the page's bytes, or why they could not be had
 */
public record PageInput(String source, Optional<String> url, Optional<String> contentType, Optional<Instant> crawled,
                        PageContent content) {
    public PageInput {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(url, "url must not be null");
        Objects.requireNonNull(contentType, "contentType must not be null");
        Objects.requireNonNull(crawled, "crawled must not be null");
        Objects.requireNonNull(content, "content must not be null");
    }

    /** A page held in a file (read when converted). */
    public static PageInput file(String source, PageContent.InFile content) {
        return new PageInput(source, Optional.empty(), Optional.empty(), Optional.empty(), content);
    }

    /** An input that could not be read at all (missing file, truncated archive, malformed record). */
    public static PageInput unreadable(String source, String detail) {
        return new PageInput(source, Optional.empty(), Optional.empty(), Optional.empty(),
                new PageContent.Unreadable(detail));
    }
}
