package dev.gleaner.batch.input;

import java.util.Objects;

/**
 * How inputs are found and read.
 *
 * @param filter       which files under a directory, and which entries in an archive, are taken
 * @param maxPageBytes largest page read, in bytes (after decompression); larger pages are reported as too large
 *                     and never held in memory whole
 */
public record InputOptions(PathFilter filter, long maxPageBytes) {

    /**
     * Default {@link #maxPageBytes}: 8 MiB. Real blog pages are far smaller (the 181 pages of the
     * scrapinghub article-extraction benchmark average 170 KB, the largest is under 2 MB); the limit keeps a run
     * with a small heap safe when every worker holds one page and a few wait in the queue.
     */
    public static final long DEFAULT_MAX_PAGE_BYTES = 8L * 1024 * 1024;

    /** Largest array a page can be read into. */
    static final long MAX_ARRAY_BYTES = Integer.MAX_VALUE - 16L;

    public InputOptions {
        Objects.requireNonNull(filter, "filter must not be null");
        if (maxPageBytes < 1 || maxPageBytes > MAX_ARRAY_BYTES) {
            throw new IllegalArgumentException("maxPageBytes must be between 1 and " + MAX_ARRAY_BYTES + ", was "
                    + maxPageBytes);
        }
    }

    /** The default filter and size limit. */
    public static InputOptions defaults() {
        return new InputOptions(PathFilter.defaults(), DEFAULT_MAX_PAGE_BYTES);
    }
}
