package dev.gleaner.extractors.entities;

import dev.gleaner.extractors.nlp.AnalyzedText;
import dev.gleaner.extractors.rules.RuleFile;
import dev.gleaner.model.EntityType;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in English text from {@code dates.rules}: absolute ("March 14, 2024", "14 March 2024", "2024-03-14",
 * "3/14/2024", "March 2024", a year after a word such as "in" or "since") and relative ("yesterday", "last week",
 * "next Friday", "three days ago"). Absolute dates are normalised to ISO 8601 at the precision written; relative
 * ones when the post's date is known. Immutable and thread-safe.
 */
public final class DateFinder implements MentionFinder {

    /** How sure a pattern match is; rule matches are precise (calibrated by reading matches on news text). */
    static final double RULE_CONFIDENCE = 0.9;
    /** Bare years outside this range are numbers, not dates ("1400 users", "5000 km"). */
    static final int MIN_YEAR = 1800;
    static final int MAX_YEAR = 2099;
    private static final Map<String, Integer> SMALL_NUMBERS = Map.of("a", 1, "an", 1, "one", 1, "two", 2,
            "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "ten", 10);

    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, DayOfWeek> weekdays = new HashMap<>();
    private final Map<String, Integer> relativeDays = new HashMap<>();
    private final List<Pattern> absolute;
    private final Pattern yearInContext;
    private final Pattern relativeDay;
    private final Pattern relativeUnit;
    private final Pattern ago;
    private final Pattern weekday;

    /** Loads {@code dates.rules}; a malformed line fails here with its file and line. */
    public DateFinder() {
        RuleFile rules = RuleFile.load(DateFinder.class, "dates.rules");
        List<RuleFile.Entry> monthLines = rules.entries("months");
        if (monthLines.size() != 12) {
            throw new IllegalStateException(rules.name() + ": [months] needs 12 lines, has " + monthLines.size());
        }
        for (int i = 0; i < 12; i++) {
            for (String name : monthLines.get(i).value().split("\\|")) {
                months.put(name.strip().toLowerCase(Locale.ROOT), i + 1);
            }
        }
        List<String> weekdayNames = rules.words("weekdays");
        for (int i = 0; i < weekdayNames.size(); i++) {
            weekdays.put(weekdayNames.get(i).toLowerCase(Locale.ROOT), DayOfWeek.of(i + 1));
        }
        rules.numbers("relative-days").forEach((k, v) -> relativeDays.put(k.toLowerCase(Locale.ROOT), v.intValue()));
        // Month names are capitalised in running text; matching them capitalised keeps "may" and "march" out.
        String month = "(?<month>" + AmountFinder.alternation(capitalised(months.keySet())) + ")";
        String day = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?";
        String year = "(?<year>\\d{4})";
        String b = "(?<![\\p{L}\\d])";
        String e = "(?![\\p{L}\\d])";
        absolute = List.of(
                Pattern.compile(b + year + "-(?<mnum>[01]\\d)-(?<day>[0-3]\\d)" + e),
                Pattern.compile(b + "(?<mnum>[01]?\\d)/(?<day>[0-3]?\\d)/" + year + e),
                Pattern.compile(b + month + "\\s+" + day + "(?:,?\\s+" + year + ")?" + e),
                Pattern.compile(b + day + "\\s+(?:of\\s+)?" + month + "(?:,?\\s+" + year + ")?" + e),
                Pattern.compile(b + month + ",?\\s+" + year + e));
        yearInContext = Pattern.compile("(?i:" + b + "(?:" + AmountFinder.alternation(rules.words("year-context"))
                + ")\\s+(?:the\\s+(?:year\\s+)?)?)" + year + e);
        relativeDay = Pattern.compile("(?i)" + b + "(?<rel>" + AmountFinder.alternation(relativeDays.keySet()) + ")"
                + e);
        relativeUnit = Pattern.compile("(?i)" + b + "(?<dir>last|next|this)\\s+(?<unit>week|month|year)" + e);
        ago = Pattern.compile("(?i)" + b + "(?<n>\\d+|a|an|one|two|three|four|five|six|seven|ten)\\s+"
                + "(?<unit>day|week|month|year)s?\\s+ago" + e);
        weekday = Pattern.compile(b + "(?:(?<dir>(?i:last|next|this))\\s+)?(?<wd>"
                + AmountFinder.alternation(capitalised(weekdays.keySet())) + ")" + e);
    }

    @Override
    public String name() {
        return "date-rules";
    }

    @Override
    public List<EntitySpan> find(AnalyzedText text) {
        return find(text, Optional.empty());
    }

    @Override
    public List<EntitySpan> find(AnalyzedText text, Optional<LocalDate> reference) {
        String s = text.text();
        List<int[]> claimed = new ArrayList<>();
        List<EntitySpan> out = new ArrayList<>();
        for (Pattern p : absolute) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                Optional<String> iso = absoluteIso(m);
                if (iso.isPresent()) {
                    add(text, m.start(), m.end(), iso, claimed, out);
                }
            }
        }
        Matcher m = yearInContext.matcher(s);
        while (m.find()) {
            int y = Integer.parseInt(m.group("year"));
            if (y >= MIN_YEAR && y <= MAX_YEAR) {
                add(text, m.start("year"), m.end("year"), Optional.of(m.group("year")), claimed, out);
            }
        }
        m = relativeDay.matcher(s);
        while (m.find()) {
            int offset = relativeDays.get(m.group("rel").toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            add(text, m.start(), m.end(), reference.map(r -> r.plusDays(offset).toString()), claimed, out);
        }
        m = relativeUnit.matcher(s);
        while (m.find()) {
            int dir = direction(m.group("dir"));
            String unit = m.group("unit").toLowerCase(Locale.ROOT);
            add(text, m.start(), m.end(), reference.map(r -> unitIso(r, unit, dir)), claimed, out);
        }
        m = ago.matcher(s);
        while (m.find()) {
            String n = m.group("n").toLowerCase(Locale.ROOT);
            int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : SMALL_NUMBERS.get(n);
            String unit = m.group("unit").toLowerCase(Locale.ROOT);
            add(text, m.start(), m.end(), reference.map(r -> agoIso(r, unit, count)), claimed, out);
        }
        m = weekday.matcher(s);
        while (m.find()) {
            DayOfWeek wd = weekdays.get(m.group("wd").toLowerCase(Locale.ROOT));
            String dir = m.group("dir");
            Optional<String> iso = dir == null ? Optional.empty()
                    : reference.map(r -> weekdayIso(r, wd, direction(dir)));
            add(text, m.start(), m.end(), iso, claimed, out);
        }
        return out;
    }

    private void add(AnalyzedText text, int start, int end, Optional<String> iso, List<int[]> claimed,
                     List<EntitySpan> out) {
        for (int[] c : claimed) {
            if (start < c[1] && c[0] < end) {
                return;
            }
        }
        claimed.add(new int[] {start, end});
        TokenAlignment.span(text, start, end, EntityType.DATE, iso, RULE_CONFIDENCE, name()).ifPresent(out::add);
    }

    private Optional<String> absoluteIso(Matcher m) {
        String yearText = group(m, "year");
        int year = yearText == null ? 0 : Integer.parseInt(yearText);
        if (yearText != null && (year < MIN_YEAR || year > MAX_YEAR)) {
            return Optional.empty();
        }
        int month;
        String monthName = group(m, "month");
        if (monthName != null) {
            month = months.get(monthName.toLowerCase(Locale.ROOT));
        } else {
            month = Integer.parseInt(group(m, "mnum"));
        }
        String dayText = group(m, "day");
        int day = dayText == null ? 0 : Integer.parseInt(dayText);
        if (monthName == null && month > 12 && day <= 12) { // 14/3/2024: day first
            int t = month;
            month = day;
            day = t;
        }
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        try {
            if (dayText == null) {
                return Optional.of(String.format(Locale.ROOT, "%04d-%02d", year, month));
            }
            if (yearText == null) {
                if (day < 1 || day > 31) {
                    return Optional.empty();
                }
                return Optional.of(String.format(Locale.ROOT, "--%02d-%02d", month, day));
            }
            return Optional.of(LocalDate.of(year, month, day).toString());
        } catch (DateTimeException e) {
            return Optional.empty(); // "February 31": not a date
        }
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null; // the pattern has no such group
        }
    }

    private static int direction(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
    }

    private static String unitIso(LocalDate r, String unit, int dir) {
        return switch (unit) {
            case "week" -> {
                LocalDate d = r.plusWeeks(dir).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield String.format(Locale.ROOT, "%s/%s", d, d.plusDays(6));
            }
            case "month" -> r.plusMonths(dir).toString().substring(0, 7);
            default -> String.valueOf(r.getYear() + dir);
        };
    }

    private static String agoIso(LocalDate r, String unit, int count) {
        return switch (unit) {
            case "day" -> r.minusDays(count).toString();
            case "week" -> r.minusWeeks(count).toString();
            case "month" -> r.minusMonths(count).toString().substring(0, 7);
            default -> String.valueOf(r.getYear() - count);
        };
    }

    private static String weekdayIso(LocalDate r, DayOfWeek wd, int dir) {
        if (dir < 0) {
            return r.with(TemporalAdjusters.previous(wd)).toString();
        }
        if (dir > 0) {
            return r.with(TemporalAdjusters.next(wd)).toString();
        }
        return r.with(TemporalAdjusters.nextOrSame(wd)).toString();
    }

    private static List<String> capitalised(java.util.Collection<String> lower) {
        return lower.stream().map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).toList();
    }
}
