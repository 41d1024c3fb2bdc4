package dev.gleaner.extractors.content;

import dev.gleaner.extractors.meta.DateParser;
import dev.gleaner.extractors.rules.SelectorList;
import dev.gleaner.model.PostTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads the dates a saved page carries about its own fetch: the HTTP dates written into meta tags
 * ({@code [crawl-hint-meta]}) and the fetch date that site mirrors and browsers write into a comment
 * ({@code [crawl-hint-comments]}: "Mirrored from ... by HTTrack ..., Wed, 03 Jan 2024 06:42:58 GMT"). The earliest
 * is the latest possible publication date of anything on the page. Immutable and thread-safe.
 */
final class CrawlHints {

    /** A date in a crawl-hint comment: RFC 1123 (as HTTP writes it) or ISO-8601. */
    private static final Pattern COMMENT_DATE = Pattern.compile(
            "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"
                    + "|\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?");
    /** Comments longer than this are page content that was commented out, not a crawler's note. */
    private static final int MAX_COMMENT_CHARS = 400;

    private final SelectorList metas;
    private final List<String> markers;
    private final DateParser dates;

    CrawlHints(SelectorList metas, List<String> markers, DateParser dates) {
        this.metas = metas;
        this.markers = List.copyOf(markers);
        this.dates = dates;
    }

    /**
     * The earliest crawl-hint date: the input's own crawl time (a WARC record's date, as a UTC day) or a hint in
     * {@code document}, when there is one.
     */
    Optional<LocalDate> earliest(Document document, Optional<Instant> crawled) {
        List<LocalDate> found = new ArrayList<>();
        crawled.map(t -> t.atOffset(ZoneOffset.UTC).toLocalDate()).ifPresent(found::add);
        for (SelectorList.Hit hit : metas.hits(document)) {
            dates.parseMachine(hit.element().attr(hit.rule().attribute())).map(PostTime::date).ifPresent(found::add);
        }
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Comment comment) {
                    read(comment.getData(), found);
                }
            }
        }, document);
        return found.stream().min(LocalDate::compareTo);
    }

    private void read(String comment, List<LocalDate> found) {
        if (comment.length() > MAX_COMMENT_CHARS) {
            return;
        }
        String lower = comment.toLowerCase(Locale.ROOT);
        if (markers.stream().noneMatch(lower::contains)) {
            return;
        }
        Matcher m = COMMENT_DATE.matcher(comment);
        while (m.find()) {
            dates.parseMachine(m.group()).map(PostTime::date).ifPresent(found::add);
        }
    }
}
