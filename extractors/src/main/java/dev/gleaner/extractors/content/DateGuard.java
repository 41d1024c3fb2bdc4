package dev.gleaner.extractors.content;

import dev.gleaner.model.PostTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Refuses implausible publication dates: before {@link #MIN_YEAR}, or after the latest date the page can carry.
 * That latest date is today (UTC), or, when the page carries crawl hints (the fetch date a site mirror wrote into a
 * comment, {@code meta http-equiv=last-modified} or {@code date}: see {@code [crawl-hint-*]} of
 * {@code metadata.rules}), the earliest of them; both with {@link #FUTURE_SLACK_DAYS} of slack for time zones.
 * Immutable and thread-safe.
 *
 * @param latest the latest date accepted
 */
record DateGuard(LocalDate latest) {

    /** Earliest year accepted as a publication date (the web's first pages). */
    static final int MIN_YEAR = 1990;
    /**
     * Days allowed past the latest known date: a date written in a zone east of the hint's (up to UTC+14) may read
     * one day later than the hint itself.
     */
    static final int FUTURE_SLACK_DAYS = 1;

    /** A guard whose latest date is today (UTC) plus {@link #FUTURE_SLACK_DAYS}. */
    static DateGuard today() {
        return new DateGuard(LocalDate.now(ZoneOffset.UTC).plusDays(FUTURE_SLACK_DAYS));
    }

    /** A guard whose latest date is the crawl hint (when earlier than today) plus {@link #FUTURE_SLACK_DAYS}. */
    static DateGuard crawledBy(Optional<LocalDate> crawlHint) {
        DateGuard today = today();
        return crawlHint.map(hint -> hint.plusDays(FUTURE_SLACK_DAYS))
                .filter(hint -> hint.isBefore(today.latest()))
                .map(DateGuard::new)
                .orElse(today);
    }

    /** True when {@code time} is a plausible publication date. */
    boolean accepts(PostTime time) {
        return time.date().getYear() >= MIN_YEAR && !time.date().isAfter(latest);
    }
}
