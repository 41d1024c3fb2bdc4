package dev.gleaner.batch;

import java.time.Duration;
import java.util.Objects;

/**
 * A snapshot of a running batch, for progress bars and log lines.
 *
 * @param pages   pages accounted for so far (written with posts or as an error), resumed ones included
 * @param posts   posts written so far
 * @param errors  error lines written so far
 * @param resumed pages a previous run had already written (skipped by this one)
 * @param elapsed time since this run started
 */
public record BatchProgress(long pages, long posts, long errors, long resumed, Duration elapsed) {
    private static final double NANOS_PER_SECOND = 1e9;

    public BatchProgress {
        Objects.requireNonNull(elapsed, "elapsed must not be null");
    }

    /** Pages this run converted per second of its wall-clock time. */
    public double pagesPerSecond() {
        long nanos = elapsed.toNanos();
        return nanos == 0 ? 0 : (pages - resumed) * NANOS_PER_SECOND / nanos;
    }
}
