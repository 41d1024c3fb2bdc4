package dev.gleaner.model;

import dev.gleaner.internal.Validate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;

/**
 * A point in time as precise as the page states it. Pages say "2023-03-14", or "2023-03-14 9:30 AM" without a
 * zone, or a full timestamp with an offset; Gleaner keeps exactly that precision instead of inventing a time or a
 * zone. {@link #toOffsetDateTime()} gives an {@link OffsetDateTime} only when the page gave an offset.
 *
 * <p>The ISO-8601 form ({@link #toString()}, also the JSON form) is {@code 2023-03-14} (date only),
 * {@code 2023-03-14T09:30:00} (local date and time) or {@code 2023-03-14T09:30:00-07:00} (with offset).
 *
 * @param date   the calendar date
 * @param time   the time of day, when the page gives one
 * @param offset the UTC offset, when the page gives one (never without a time)
 */
public record PostTime(LocalDate date, Optional<LocalTime> time, Optional<ZoneOffset> offset)
        implements Comparable<PostTime> {

    private static final DateTimeFormatter LOCAL_FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter LOCAL_MILLIS_FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS", Locale.ROOT);
    private static final DateTimeFormatter OFFSET_FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
    private static final DateTimeFormatter OFFSET_MILLIS_FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX", Locale.ROOT);

    public PostTime {
        Validate.notNull(date, "date");
        Validate.notNull(time, "time");
        Validate.notNull(offset, "offset");
        Validate.isTrue(time.isPresent() || offset.isEmpty(), "an offset needs a time of day");
    }

    /** A date without a time of day. */
    public static PostTime ofDate(LocalDate date) {
        return new PostTime(date, Optional.empty(), Optional.empty());
    }

    /** A date and time without a zone. */
    public static PostTime ofLocal(LocalDateTime dateTime) {
        Validate.notNull(dateTime, "dateTime");
        return new PostTime(dateTime.toLocalDate(), Optional.of(dateTime.toLocalTime()), Optional.empty());
    }

    /** A full timestamp with an offset. */
    public static PostTime of(OffsetDateTime dateTime) {
        Validate.notNull(dateTime, "dateTime");
        return new PostTime(dateTime.toLocalDate(), Optional.of(dateTime.toLocalTime()),
                Optional.of(dateTime.getOffset()));
    }

    /**
     * Parses the ISO-8601 forms this class writes (and their common variants: {@code Z}, no seconds, fractions).
     *
     * @throws IllegalArgumentException when {@code iso} is not one of those forms
     */
    public static PostTime parse(String iso) {
        Validate.notNull(iso, "iso");
        String value = iso.trim();
        try {
            if (value.length() <= "uuuu-MM-dd".length()) {
                return ofDate(LocalDate.parse(value));
            }
            if (hasOffset(value)) {
                return of(OffsetDateTime.parse(value));
            }
            return ofLocal(LocalDateTime.parse(value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO-8601 date or date-time: " + iso, e);
        }
    }

    private static boolean hasOffset(String value) {
        int timeStart = value.indexOf('T');
        if (timeStart < 0) {
            return false;
        }
        String timePart = value.substring(timeStart);
        return timePart.endsWith("Z") || timePart.endsWith("z") || timePart.indexOf('+') >= 0
                || timePart.indexOf('-') >= 0;
    }

    /** The timestamp, when the page gave a time and an offset. */
    public Optional<OffsetDateTime> toOffsetDateTime() {
        if (time.isEmpty() || offset.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(OffsetDateTime.of(date, time.get(), offset.get()));
    }

    /** The local date and time, when the page gave a time of day. */
    public Optional<LocalDateTime> toLocalDateTime() {
        return time.map(t -> LocalDateTime.of(date, t));
    }

    /** True when this value carries a time and an offset, so it names one instant. */
    public boolean isInstant() {
        return offset.isPresent();
    }

    /**
     * Orders by date, then time (a date-only value first), then instant where both carry an offset; used to sort
     * posts and never to decide equality.
     */
    @Override
    public int compareTo(PostTime other) {
        if (isInstant() && other.isInstant()) {
            return toOffsetDateTime().orElseThrow().toInstant()
                    .compareTo(other.toOffsetDateTime().orElseThrow().toInstant());
        }
        int byDate = date.compareTo(other.date);
        if (byDate != 0) {
            return byDate;
        }
        return time.orElse(LocalTime.MIN).compareTo(other.time.orElse(LocalTime.MIN));
    }

    /** The ISO-8601 form, as precise as the value. */
    @Override
    public String toString() {
        if (time.isEmpty()) {
            return date.toString();
        }
        LocalTime t = time.get();
        boolean millis = t.get(ChronoField.MILLI_OF_SECOND) != 0;
        if (offset.isPresent()) {
            return (millis ? OFFSET_MILLIS_FORMAT : OFFSET_FORMAT).format(OffsetDateTime.of(date, t, offset.get()));
        }
        return (millis ? LOCAL_MILLIS_FORMAT : LOCAL_FORMAT).format(LocalDateTime.of(date, t));
    }
}
