package dev.gleaner.spi;

/**
 * Turns a parsed page into posts. Implementations are immutable and thread-safe: one instance serves every page
 * and every thread, so all rules are loaded in the constructor and nothing per-page is kept in fields.
 *
 * <p>Extractors form a cascade (see {@code dev.gleaner.Gleaner}): each one that {@link #recognises(Page)
 * recognises} a page is asked in turn, and the first that {@link PageExtraction#delivered() delivers} wins.
 * Extractors never throw on odd HTML; a runtime exception from one is recorded in the diagnostics and the next
 * extractor is asked.
 */
public interface PageExtractor {

    /** A short stable name, written to {@code Post.extractor} and to diagnostics (for example {@code blogger}). */
    String name();

    /** A cheap test of whether this extractor applies to the page at all. */
    boolean recognises(Page page);

    /** Extracts the page's posts. Must not modify {@link Page#document()}. */
    PageExtraction extract(Page page);
}
