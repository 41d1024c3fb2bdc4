package dev.gleaner.samples.convert;

import java.util.Locale;

/** Why a page produced no posts; written as {@link #label()} in the errors file. */
public enum FailureReason {
    /** The file (or directory) could not be read: missing, no permission, corrupt gzip. */
    UNREADABLE,
    /** An extractor or the pipeline failed on the page (an exception or an error such as a stack overflow). */
    EXTRACTION_FAILED,
    /** The page was read and extracted, but no post was found. */
    NO_POST,
    /** The page is larger than the configured limit and was not extracted. */
    TOO_LARGE;

    /** The lower-case, hyphenated form used in the errors file, such as {@code no-post}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
