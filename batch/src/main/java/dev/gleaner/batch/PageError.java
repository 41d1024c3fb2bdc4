package dev.gleaner.batch;

import java.util.Objects;

/**
 * One line of the errors file: a page that gave no post, and why.
 *
 * @param source the page's source (see {@link dev.gleaner.batch.input.PageInput#source()})
 * @param reason the {@link FailureReason#label() label} of the reason, such as {@code no-post}
 * @param detail a human-readable explanation (the pipeline's diagnostics, or the exception)
 */
public record PageError(String source, String reason, String detail) {
    public PageError {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        Objects.requireNonNull(detail, "detail must not be null");
    }

    /** An error for {@code source} with the given reason. */
    public static PageError of(String source, FailureReason reason, String detail) {
        return new PageError(source, Objects.requireNonNull(reason, "reason must not be null").label(), detail);
    }
}
