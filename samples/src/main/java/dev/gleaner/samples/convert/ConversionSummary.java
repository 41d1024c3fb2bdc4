package dev.gleaner.samples.convert;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * The totals of one conversion run.
 *
 * @param pages      inputs handled (each written to exactly one file)
 * @param posts      post lines written
 * @param errors     error lines written
 * @param unreadable error lines with reason {@code unreadable}
 * @param elapsed    wall-clock time of the run
 */
public record ConversionSummary(long pages, long posts, long errors, long unreadable, Duration elapsed) {
    private static final double MILLIS_PER_SECOND = 1000.0;

    public ConversionSummary {
        Objects.requireNonNull(elapsed, "elapsed must not be null");
    }

    /** True when no input was found, or none could be read. */
    public boolean nothingRead() {
        return pages == unreadable;
    }

    /** The summary line: {@code pages N, posts N, errors N, seconds S}. */
    public String line() {
        return String.format(Locale.ROOT, "pages %d, posts %d, errors %d, seconds %.2f", pages, posts, errors,
                elapsed.toMillis() / MILLIS_PER_SECOND);
    }
}
