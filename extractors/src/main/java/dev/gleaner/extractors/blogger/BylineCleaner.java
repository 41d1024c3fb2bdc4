package dev.gleaner.extractors.blogger;

import dev.gleaner.extractors.html.Texts;
import dev.gleaner.extractors.meta.DateParser;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns byline text into an author name: removes "Posted by" and its translations, cuts what follows the name
 * ("at 9:37 AM", "| June 15, 2005", "@ 7/31/2004"), and rejects what is not a name (dates, numbers, template
 * words such as "Anonymous" or "Posted", over-long texts). Immutable and thread-safe.
 */
final class BylineCleaner {

    /** "posted ... by" anywhere in a byline; compiled once (it runs on every byline candidate). */
    private static final Pattern POSTED_BY = Pattern.compile("\\bposted\\b.*\\bby\\b", Pattern.DOTALL);

    private final BloggerRules rules;
    private final DateParser dates;

    BylineCleaner(BloggerRules rules, DateParser dates) {
        this.rules = rules;
        this.dates = dates;
    }

    /** True when the text reads as a byline ("posted by ...", "# Posted 4:15 PM by ..."). */
    boolean looksLikeByline(String text) {
        String lower = " " + Texts.collapse(text).toLowerCase(Locale.ROOT) + " ";
        if (lower.length() > rules.maxBylineChars) {
            return false;
        }
        for (String prefix : rules.authorPrefixes) {
            if (prefix.contains(" ") && lower.contains(" " + prefix + " ")) {
                return true;
            }
        }
        return POSTED_BY.matcher(lower).find();
    }

    /** The author name in {@code raw}, when it holds one. */
    Optional<String> clean(String raw) {
        String text = Texts.collapse(raw);
        if (text.isEmpty() || text.length() > rules.maxBylineChars) {
            return Optional.empty();
        }
        String named = afterPrefix(text);
        if (named.equals(text) && dates.parseDisplayed(text, true).isPresent()) {
            return Optional.empty(); // a bare date where a byline was expected
        }
        text = beforeCut(named);
        text = trimPunctuation(text);
        if (!acceptable(text)) {
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private String afterPrefix(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int bestStart = -1;
        int bestEnd = -1;
        for (String prefix : rules.authorPrefixes) {
            int from = 0;
            while (from <= lower.length()) {
                int at = lower.indexOf(prefix, from);
                if (at < 0) {
                    break;
                }
                int end = at + prefix.length();
                boolean startOk = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
                boolean endOk = end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end))
                        || !Character.isLetterOrDigit(prefix.charAt(prefix.length() - 1));
                if (startOk && endOk) {
                    if (bestStart < 0 || at < bestStart || at == bestStart && end > bestEnd) {
                        bestStart = at;
                        bestEnd = end;
                    }
                    break;
                }
                from = at + 1;
            }
        }
        if (bestStart < 0) {
            return text;
        }
        String before = text.substring(0, bestStart);
        // a prefix in the middle only counts when what precedes it is not a name (e.g. "# Posted 4:15 PM by X")
        if (bestStart > 0 && !Texts.hasNoWords(before) && !looksLikeTimeOrPosted(before)) {
            return text;
        }
        return text.substring(bestEnd).strip();
    }

    private boolean looksLikeTimeOrPosted(String before) {
        String lower = before.toLowerCase(Locale.ROOT);
        return dates.parseTime(before).isPresent() || lower.contains("posted") || lower.contains("post")
                || dates.parseDisplayed(before, true).isPresent();
    }

    private String beforeCut(String text) {
        String lower = text.toLowerCase(Locale.ROOT) + " ";
        int cut = text.length();
        for (String token : rules.authorCuts) {
            boolean word = Character.isLetter(token.charAt(0));
            String needle = ",".equals(token) ? token : " " + token + (word ? " " : "");
            int at = lower.indexOf(needle);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        return text.substring(0, cut).strip();
    }

    private static String trimPunctuation(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        while (end > start && isTrailing(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end).strip();
    }

    private static boolean isTrailing(char c) {
        return c == ':' || c == ',' || c == '|' || c == '-' || c == '@' || c == '/' || Character.isWhitespace(c)
                || c == '·' || c == '•' || c == ';';
    }

    private boolean acceptable(String name) {
        if (name.isEmpty() || name.length() > rules.maxAuthorChars || Texts.hasNoWords(name)) {
            return false;
        }
        if (name.split("\\s+").length > rules.maxAuthorWords) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (rules.notANames.contains(lower) || Character.isDigit(name.charAt(0))) {
            return false;
        }
        return dates.parseDisplayed(name, true).isEmpty() && dates.parseTime(name).isEmpty();
    }

    /** A comment author without "said..." and its translations. */
    String commentAuthor(String raw) {
        String text = Texts.collapse(raw);
        String lower = text.toLowerCase(Locale.ROOT);
        for (String said : rules.commentSaid) {
            if (lower.endsWith(" " + said)) {
                return text.substring(0, text.length() - said.length()).strip();
            }
        }
        return text;
    }

    /** The prefixes, for tests. */
    List<String> prefixes() {
        return rules.authorPrefixes;
    }
}
