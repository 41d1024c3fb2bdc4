package dev.gleaner.extractors.content;

import dev.gleaner.model.PostTime;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Refuses implausible publication dates: before {@link #MIN_YEAR}, or after the latest date the page can carry.
 * Immutable and thread-safe.
 *
 * @param latest the latest date accepted
 */
record DateGuard(LocalDate latest) {

    /** Earliest year accepted as a publication date (the web's first pages). */
    static final int MIN_YEAR = 1990;
    /** Days of clock skew allowed past today before a date counts as in the future. */
    static final int FUTURE_SLACK_DAYS = 1;

    /** A guard whose latest date is today (UTC) plus {@link #FUTURE_SLACK_DAYS}. */
    static DateGuard today() {
        return new DateGuard(LocalDate.now(ZoneOffset.UTC).plusDays(FUTURE_SLACK_DAYS));
    }

    /** True when {@code time} is a plausible publication date. */
    boolean accepts(PostTime time) {
        return time.date().getYear() >= MIN_YEAR && !time.date().isAfter(latest);
    }
}
