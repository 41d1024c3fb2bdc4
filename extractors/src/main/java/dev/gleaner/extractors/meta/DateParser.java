package dev.gleaner.extractors.meta;

import dev.gleaner.extractors.rules.RuleFile;
import dev.gleaner.model.PostTime;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the dates pages carry: machine-readable ISO-8601 values ({@code abbr[title]}, {@code time[datetime]},
 * JSON-LD; offsets as {@code Z}, {@code UTC}, {@code +01:00}, {@code +0100}, {@code +01}), RFC 1123, URL path dates,
 * and displayed dates in many languages ("Mai 03, 2017", "Thursday, May 26, 2005", "7/31/2004 10:15:32
 * AM", "20 يناير 2022"), with month names from {@code meta/month-names.rules}. Never throws on page text.
 * Immutable and thread-safe.
 */
public final class DateParser {

    private static final String MONTHS_RESOURCE = "/dev/gleaner/extractors/meta/month-names.rules";
    private static final String WORDS_RESOURCE = "/dev/gleaner/extractors/meta/date-words.rules";
    private static final int MONTHS_PER_YEAR = 12;
    /** Displayed dates longer than this are prose, not a date (calibrated on Blogger date headers and bylines). */
    private static final int MAX_DISPLAYED_LENGTH = 160;
    private static final int NOON = 12;

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*"
                    + "(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?");
    /** A date in a URL path: {@code /2019/11/19/}, {@code /2019-11-19/}. */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:/|-|_|$|\\.)");
    /** A compact date in a URL path: {@code /20191119/}. */
    private static final Pattern URL_COMPACT = Pattern.compile(
            "/((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:/|-|_|$)");
    private static final int NANOS_DIGITS = 9;
    private static final Pattern TIME = Pattern.compile(
            "(?<![\\d:])(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?![\\d:])\\s*(a\\.\\s?m\\.|p\\.\\s?m\\.|am|pm|ص|م)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YMD = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern DMY = Pattern.compile("(?<!\\d)(\\d{1,2})([-/.])(\\d{1,2})[-/.](\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d\\d|2[01]\\d\\d)(?!\\d)");
    private static final Pattern DAY = Pattern.compile("(?<![\\d:])(\\d{1,2})(?![\\d:])");

    private final Pattern monthPattern;
    private final Map<String, Integer> months;
    private final List<String> pmMarks;

    /** Loads the month names and time words; fails when a spelling maps to two months. */
    public DateParser() {
        RuleFile file = RuleFile.load(DateParser.class, MONTHS_RESOURCE);
        Map<String, Integer> names = new HashMap<>();
        for (String language : List.of("en", "de", "fr", "es", "it", "pt", "nl", "id", "ar")) {
            List<RuleFile.Entry> entries = file.entries(language);
            if (entries.size() != MONTHS_PER_YEAR) {
                throw new IllegalStateException(file.name() + ": [" + language + "] must have 12 lines, has "
                        + entries.size());
            }
            for (int m = 0; m < MONTHS_PER_YEAR; m++) {
                for (String name : entries.get(m).value().toLowerCase(Locale.ROOT).split("\\|")) {
                    String key = name.strip();
                    Integer earlier = names.put(key, m + 1);
                    if (earlier != null && earlier != m + 1) {
                        throw new IllegalStateException(file.where(entries.get(m)) + ": '" + key
                                + "' is already month " + earlier);
                    }
                }
            }
        }
        this.months = Map.copyOf(names);
        List<String> sorted = new ArrayList<>(names.keySet());
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternation = new StringBuilder();
        for (String name : sorted) {
            alternation.append(alternation.length() == 0 ? "" : "|").append(Pattern.quote(name));
        }
        this.monthPattern = Pattern.compile("(?<![\\p{L}\\p{M}])(" + alternation + ")\\.?(?![\\p{L}\\p{M}])");
        this.pmMarks = RuleFile.load(DateParser.class, WORDS_RESOURCE).lowerWords("pm");
    }

    /** A date with an optional time, as displayed (no zone). */
    public record Displayed(LocalDate date, Optional<LocalTime> time) {
        /** As a {@link PostTime} without offset. */
        public PostTime toPostTime() {
            return new PostTime(date, time, Optional.empty());
        }
    }

    /** Parses an ISO-8601 date or date-time (with or without offset, fractions, 'T' or space). */
    public Optional<PostTime> parseIso(String value) {
        Matcher m = ISO.matcher(value.strip());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return Optional.of(PostTime.ofDate(date));
            }
            int nanos = 0;
            if (m.group(7) != null) {
                String frac = (m.group(7) + "000000000").substring(0, NANOS_DIGITS);
                nanos = Integer.parseInt(frac);
            }
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
            Optional<ZoneOffset> offset = Optional.empty();
            if (m.group(8) != null) {
                String z = m.group(8);
                if (z.equalsIgnoreCase("z") || "UTC".equals(z) || "GMT".equals(z)) {
                    offset = Optional.of(ZoneOffset.UTC);
                } else {
                    String digits = z.replace(":", "");
                    int hours = Integer.parseInt(digits.substring(1, 3));
                    int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
                    int sign = digits.charAt(0) == '-' ? -1 : 1;
                    offset = Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
                }
            }
            return Optional.of(new PostTime(date, Optional.of(time), offset));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Parses a machine-written date: ISO-8601 as {@link #parseIso}, else RFC 1123
     * ({@code Tue, 19 Nov 2019 10:00:00 GMT}, as HTTP headers and some CMS meta tags write it).
     */
    public Optional<PostTime> parseMachine(String value) {
        Optional<PostTime> iso = parseIso(value);
        if (iso.isPresent()) {
            return iso;
        }
        try {
            ZonedDateTime rfc = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
            return Optional.of(PostTime.of(rfc.toOffsetDateTime()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The date a URL path carries ({@code /2019/11/19/}, {@code /2019-11-19/}, {@code /20191119/}), if any. */
    public Optional<PostTime> parseUrl(String url) {
        for (Pattern pattern : new Pattern[] {URL_DATE, URL_COMPACT}) {
            Matcher m = pattern.matcher(url);
            if (m.find()) {
                try {
                    return Optional.of(PostTime.ofDate(LocalDate.of(Integer.parseInt(m.group(1)),
                            Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Parses a displayed date, with its time of day when the text shows one.
     *
     * @param text         the displayed text (a date header, a byline)
     * @param monthFirst   whether an ambiguous numeric date such as 7/6/2004 is month first (US English)
     */
    public Optional<Displayed> parseDisplayed(String text, boolean monthFirst) {
        if (text.isBlank() || text.length() > MAX_DISPLAYED_LENGTH) {
            return Optional.empty();
        }
        String s = asciiDigits(text).toLowerCase(Locale.ROOT).replace('\u00A0', ' ');
        Optional<LocalTime> time = Optional.empty();
        Matcher tm = TIME.matcher(s);
        while (tm.find()) {
            Optional<LocalTime> parsed = time(tm);
            if (parsed.isPresent()) {
                time = parsed;
                s = s.substring(0, tm.start()) + " " + s.substring(tm.end());
                break;
            }
        }
        String rest = s;
        Optional<LocalDate> date = numericDate(rest, monthFirst).or(() -> namedDate(rest));
        Optional<LocalTime> t = time;
        return date.map(d -> new Displayed(d, t));
    }

    /** Parses a displayed time of day alone ("9:37 AM", "21:11"). */
    public Optional<LocalTime> parseTime(String text) {
        if (text.length() > MAX_DISPLAYED_LENGTH) {
            return Optional.empty();
        }
        Matcher tm = TIME.matcher(asciiDigits(text).toLowerCase(Locale.ROOT));
        while (tm.find()) {
            Optional<LocalTime> parsed = time(tm);
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        return Optional.empty();
    }

    private Optional<LocalTime> time(Matcher tm) {
        try {
            int hour = Integer.parseInt(tm.group(1));
            int minute = Integer.parseInt(tm.group(2));
            int second = tm.group(3) == null ? 0 : Integer.parseInt(tm.group(3));
            String mark = tm.group(4);
            if (mark != null) {
                boolean pm = pmMarks.contains(mark.replace(" ", "").strip())
                        || pmMarks.contains(mark.strip());
                if (hour > NOON || hour == 0) {
                    return Optional.empty();
                }
                hour = pm ? (hour % NOON) + NOON : hour % NOON;
            }
            return Optional.of(LocalTime.of(hour, minute, second));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> numericDate(String s, boolean monthFirst) {
        try {
            Matcher ymd = YMD.matcher(s);
            if (ymd.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(ymd.group(1)), Integer.parseInt(ymd.group(2)),
                        Integer.parseInt(ymd.group(3))));
            }
            Matcher dmy = DMY.matcher(s);
            if (dmy.find()) {
                int a = Integer.parseInt(dmy.group(1));
                int b = Integer.parseInt(dmy.group(3));
                int year = Integer.parseInt(dmy.group(4));
                if (year < 100) {
                    year += 2000;
                }
                boolean mFirst = a > MONTHS_PER_YEAR ? false
                        : b > MONTHS_PER_YEAR || (monthFirst && !".".equals(dmy.group(2)));
                return Optional.of(mFirst ? LocalDate.of(year, a, b) : LocalDate.of(year, b, a));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private Optional<LocalDate> namedDate(String s) {
        Matcher mm = monthPattern.matcher(s);
        if (!mm.find()) {
            return Optional.empty();
        }
        Integer month = months.get(mm.group(1));
        Matcher ym = YEAR.matcher(s);
        if (month == null || !ym.find()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(ym.group(1));
        int bestDay = -1;
        int bestDistance = Integer.MAX_VALUE;
        Matcher dm = DAY.matcher(s);
        while (dm.find()) {
            if (dm.start() >= ym.start() && dm.end() <= ym.end()) {
                continue;
            }
            int day = Integer.parseInt(dm.group(1));
            if (day < 1 || day > 31) {
                continue;
            }
            int distance = dm.start() > mm.end() ? dm.start() - mm.end() : mm.start() - dm.end();
            if (distance < bestDistance) {
                bestDistance = distance;
                bestDay = day;
            }
        }
        if (bestDay < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, bestDay));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Replaces any Unicode decimal digit (Arabic-Indic, Devanagari, ...) with its ASCII digit. */
    public static String asciiDigits(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int digit = Character.digit(c, 10);
            sb.append(digit >= 0 && c > 127 ? (char) ('0' + digit) : c);
        }
        return sb.toString();
    }
}
