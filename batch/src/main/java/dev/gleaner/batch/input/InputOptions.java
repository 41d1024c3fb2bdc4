package dev.gleaner.batch.input;

import java.util.Objects;

/**
 * How inputs are found and read.
 *
 * @param filter       which files under a directory, and which entries in an archive, are taken
 * @param maxPageBytes largest page read, in bytes (after decompression); larger pages are reported as too large
 *                     and never held in memory whole
 * @param maxExpansionRatio most times a compressed container (zip, tar.gz, gzip entries, jsonl.gz) may expand over
 *                     the bytes read from its file, checked once it has given out 16 MiB; a container that expands
 *                     more is an archive bomb: it becomes one unreadable input and is not walked further
 * @param maxExpandedBytes most bytes one container may give out after decompression, entries skipped included
 */
public record InputOptions(PathFilter filter, long maxPageBytes, long maxExpansionRatio, long maxExpandedBytes) {

    /**
     * Default {@link #maxPageBytes}: 8 MiB. Real blog pages are far smaller (the 181 pages of the
     * scrapinghub article-extraction benchmark average 170 KB, the largest is under 2 MB); the limit keeps a run
     * with a small heap safe when every worker holds one page and a few wait in the queue.
     */
    public static final long DEFAULT_MAX_PAGE_BYTES = 8L * 1024 * 1024;

    /**
     * Default {@link #maxExpansionRatio}: 200. HTML deflates 4 to 15 times (the bundled sample pages: about 6); a
     * run of near-identical pages in one gzip stream stays well under 100; a deflate bomb expands about 1,000 times.
     */
    public static final long DEFAULT_MAX_EXPANSION_RATIO = 200;

    /** Default {@link #maxExpandedBytes}: 64 GiB, a large crawl archive; set it lower for untrusted uploads. */
    public static final long DEFAULT_MAX_EXPANDED_BYTES = 64L * 1024 * 1024 * 1024;

    /** Largest array a page can be read into. */
    static final long MAX_ARRAY_BYTES = Integer.MAX_VALUE - 16L;

    /**
     * @throws NullPointerException     when {@code filter} is null
     * @throws IllegalArgumentException when a limit is out of range
     */
    public InputOptions {
        Objects.requireNonNull(filter, "filter must not be null");
        if (maxPageBytes < 1 || maxPageBytes > MAX_ARRAY_BYTES) {
            throw new IllegalArgumentException("maxPageBytes must be between 1 and " + MAX_ARRAY_BYTES + ", was "
                    + maxPageBytes);
        }
        if (maxExpansionRatio < 1) {
            throw new IllegalArgumentException("maxExpansionRatio must be at least 1, was " + maxExpansionRatio);
        }
        if (maxExpandedBytes < 1) {
            throw new IllegalArgumentException("maxExpandedBytes must be positive, was " + maxExpandedBytes);
        }
    }

    /**
     * A filter and a page size limit, with the default expansion limits.
     *
     * @throws NullPointerException     when {@code filter} is null
     * @throws IllegalArgumentException when {@code maxPageBytes} is out of range
     */
    public InputOptions(PathFilter filter, long maxPageBytes) {
        this(filter, maxPageBytes, DEFAULT_MAX_EXPANSION_RATIO, DEFAULT_MAX_EXPANDED_BYTES);
    }

    /**
     * These options with other expansion limits (archive bombs).
     *
     * @throws IllegalArgumentException when a limit is below 1
     */
    public InputOptions withExpansionLimits(long ratio, long expandedBytes) {
        return new InputOptions(filter, maxPageBytes, ratio, expandedBytes);
    }

    /** The default filter and size limit. */
    public static InputOptions defaults() {
        return new InputOptions(PathFilter.defaults(), DEFAULT_MAX_PAGE_BYTES);
    }
}
