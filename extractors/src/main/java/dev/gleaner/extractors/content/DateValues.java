package dev.gleaner.extractors.content;

import dev.gleaner.model.PostTime;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads machine dates (meta tags, JSON-LD, {@code time[datetime]}, URL paths) into {@link PostTime}s that keep the
 * precision the page gave: ISO-8601 with or without time and offset ({@code Z}, {@code +01:00}, {@code +0100}), a
 * space instead of {@code T}, RFC 1123, and the date patterns of URL paths ({@code /2019/11/19/},
 * {@code /2019-11-19/}, {@code /20191119/}). Dates after {@link #latestPlausible} are refused (never a date in
 * the future of the page). Stateless and thread-safe.
 */
final class DateValues {

    private static final Pattern ISO = Pattern.compile(
            "^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
                    + "\\s*(Z|z|UTC|GMT|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?)?");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:/|-|_|$|\\.)");
    private static final Pattern URL_COMPACT = Pattern.compile(
            "/((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:/|-|_|$)");
    /** Earliest year accepted as a publication date (the web's first pages). */
    private static final int MIN_YEAR = 1990;
    /** Days of clock skew allowed past today before a date counts as in the future. */
    private static final int FUTURE_SLACK_DAYS = 1;
    private static final int NANOS_DIGITS = 9;

    private DateValues() {
    }

    /** The latest date accepted: today (UTC) plus a day of slack. */
    static LocalDate latestPlausible() {
        return LocalDate.now(ZoneOffset.UTC).plusDays(FUTURE_SLACK_DAYS);
    }

    /** A machine-written date or date-time, when the value is one and plausible. */
    static Optional<PostTime> parse(String raw) {
        String value = raw.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(value);
        if (m.find()) {
            return iso(m).filter(DateValues::plausible);
        }
        try {
            ZonedDateTime rfc = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            return Optional.of(PostTime.of(rfc.toOffsetDateTime())).filter(DateValues::plausible);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The date a URL path carries, when it has one. */
    static Optional<PostTime> fromUrl(String url) {
        for (Pattern pattern : new Pattern[] {URL_DATE, URL_COMPACT}) {
            Matcher m = pattern.matcher(url);
            if (m.find()) {
                try {
                    LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                    return Optional.of(PostTime.ofDate(date)).filter(DateValues::plausible);
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<PostTime> iso(Matcher m) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return Optional.of(PostTime.ofDate(date));
            }
            int nanos = 0;
            if (m.group(7) != null) {
                String fraction = (m.group(7) + "000000000").substring(0, NANOS_DIGITS);
                nanos = Integer.parseInt(fraction);
            }
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
            String zone = m.group(8);
            if (zone == null) {
                return Optional.of(PostTime.ofLocal(LocalDateTime.of(date, time)));
            }
            return Optional.of(PostTime.of(OffsetDateTime.of(date, time, offset(zone))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static ZoneOffset offset(String zone) {
        String z = zone.toUpperCase(Locale.ROOT);
        if ("Z".equals(z) || "UTC".equals(z) || "GMT".equals(z)) {
            return ZoneOffset.UTC;
        }
        String digits = z.replace(":", "");
        if (digits.length() == 3) {
            return ZoneOffset.of(digits);
        }
        return ZoneOffset.ofHoursMinutes(Integer.parseInt(digits.substring(0, 3)),
                (digits.charAt(0) == '-' ? -1 : 1) * Integer.parseInt(digits.substring(3)));
    }

    private static boolean plausible(PostTime time) {
        return time.date().getYear() >= MIN_YEAR && !time.date().isAfter(latestPlausible());
    }
}
