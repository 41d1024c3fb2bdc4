package dev.gleaner.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The result of a batch, also written as JSON beside the output ({@link BatchOutput#summary()}). Counts cover the
 * whole job, resumed runs included; times and rates cover this run.
 *
 * @param pages          pages accounted for: {@code pages == pagesWithPosts + errors}
 * @param pagesWithPosts pages that gave at least one post written
 * @param posts          posts written
 * @param errors         error lines written
 * @param errorsByReason error lines by {@link FailureReason#label() reason}
 * @param duplicates     posts dropped by {@code --dedupe} as copies of posts already written
 * @param skipped        archive entries and WARC records passed over as not pages (images, requests, redirects)
 * @param resumed        pages an earlier, interrupted run had written (this run skipped them)
 * @param timedOut       pages abandoned at the time limit in this run (they are also {@code timed-out} errors)
 * @param threads        worker threads
 * @param seconds        wall-clock time of this run
 * @param pagesPerSecond pages this run converted per second
 * @param outputs        the posts files written, in order
 * @param errorsFile     the errors file
 */
public record BatchSummary(long pages, long pagesWithPosts, long posts, long errors, Map<String, Long> errorsByReason,
                           long duplicates, long skipped, long resumed, long timedOut, int threads, double seconds,
                           double pagesPerSecond, List<String> outputs, String errorsFile) {
    public BatchSummary {
        errorsByReason = java.util.Collections.unmodifiableMap(new TreeMap<>(
                Objects.requireNonNull(errorsByReason, "errorsByReason must not be null")));
        outputs = List.copyOf(outputs);
        Objects.requireNonNull(errorsFile, "errorsFile must not be null");
    }

    /** True when no input was found, or none could be read. */
    public boolean nothingRead() {
        return pages == errorsByReason.getOrDefault(FailureReason.UNREADABLE.label(), 0L);
    }

    /** One line for a terminal: {@code pages N, posts N, errors N, seconds S, pages/s R} and the details. */
    public String line() {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "pages %d, posts %d, errors %d, seconds %.2f, pages/s %.1f", pages, posts, errors, seconds,
                pagesPerSecond));
        if (!errorsByReason.isEmpty()) {
            line.append(" (");
            errorsByReason.forEach((reason, count) -> line.append(reason).append(' ').append(count).append(", "));
            line.setLength(line.length() - 2);
            line.append(')');
        }
        if (duplicates > 0) {
            line.append(String.format(Locale.ROOT, ", duplicates collapsed %d", duplicates));
        }
        if (resumed > 0) {
            line.append(String.format(Locale.ROOT, ", resumed after %d pages", resumed));
        }
        return line.toString();
    }

    static List<String> names(List<Path> files) {
        return files.stream().map(Path::toString).toList();
    }
}
