package dev.gleaner.samples.convert;

import java.util.Objects;

/**
 * One line of the errors file: a page that yielded no post, and why.
 *
 * @param source the input path as given (or as found under a given directory)
 * @param reason the {@link FailureReason#label() label} of the reason, such as {@code no-post}
 * @param detail a human-readable explanation (the pipeline's diagnostics, or the exception)
 */
public record ConversionError(String source, String reason, String detail) {
    public ConversionError {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        Objects.requireNonNull(detail, "detail must not be null");
    }

    /** An error for {@code source} with the given reason. */
    public static ConversionError of(String source, FailureReason reason, String detail) {
        Objects.requireNonNull(reason, "reason must not be null");
        return new ConversionError(source, reason.label(), detail);
    }
}
