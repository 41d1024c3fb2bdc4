package dev.gleaner.batch;

import java.util.Locale;

/** Why a page gave no post; written as {@link #label()} in the errors file and counted in the summary. */
public enum FailureReason {
    /** The input could not be read: missing, no permission, corrupt or truncated archive, malformed record. */
    UNREADABLE,
    /** The input is not an HTML page: empty, or binary content (an image, a PDF, an archive). */
    NOT_HTML,
    /** The page is larger than the size limit and was not extracted. */
    TOO_LARGE,
    /** Extracting the page took longer than the per-page time limit; the run went on without it. */
    TIMED_OUT,
    /** The pipeline failed on the page (an exception, a stack overflow, running out of memory). */
    EXTRACTION_FAILED,
    /** The page was read and extracted, but holds no post. */
    NO_POST,
    /** Every post of the page had already been written from another page ({@code --dedupe}). */
    DUPLICATE;

    /** The lower-case, hyphenated form written in the errors file, such as {@code no-post}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
