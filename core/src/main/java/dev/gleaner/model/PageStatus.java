package dev.gleaner.model;

/** Whether a page yielded posts and, when it did not, why. The diagnostics give the details. */
public enum PageStatus {
    /** At least one post was found. */
    OK,
    /** The page was read and extracted, but holds no post (an empty page, a JavaScript shell, a form). */
    NO_POST,
    /** The page is larger than the configured limit and was not extracted. */
    TOO_LARGE,
    /** Every extractor that recognised the page failed with an exception, so nothing was extracted. */
    EXTRACTION_FAILED
}
