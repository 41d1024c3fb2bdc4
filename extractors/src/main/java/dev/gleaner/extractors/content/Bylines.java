package dev.gleaner.extractors.content;

import dev.gleaner.model.Author;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cleans byline text into author names: drops byline words ({@code [author-noise]} of {@code metadata.rules}:
 * "By", "Posted by", "Email the author"), dates and times, URLs and e-mail addresses, splits "A, B and C", and
 * refuses strings that are sentences or lists rather than names. Immutable and thread-safe.
 */
final class Bylines {

    /** A name has at most this many words ("Mary Ann van der Berg-Smith"). */
    static final int MAX_NAME_WORDS = 6;
    /** A byline with more names than this is a list of people (trending authors), not a byline. */
    static final int MAX_AUTHORS = 5;
    /** A name is at most this many characters. */
    static final int MAX_NAME_CHARS = 60;
    /**
     * A longer text is a paragraph, not a byline (real bylines, several names with a date, are under 200
     * characters). Also bounds the quadratic worst case of the regular expressions below on hostile input.
     */
    static final int MAX_BYLINE_CHARS = 1000;

    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b"
            + "|\\|)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_TAIL = Pattern.compile("(?:\\bon\\b|\\bupdated\\b|\\bpublished\\b)?\\s*"
            + "(?:\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?"
            + "\\s+\\d{1,2}).*$", Pattern.CASE_INSENSITIVE);

    private final List<String> noise;

    Bylines(List<String> noise) {
        // longest first, so "posted by" goes before "by"
        List<String> sorted = new ArrayList<>(noise);
        sorted.sort((a, b) -> Integer.compare(b.length(), a.length()));
        this.noise = List.copyOf(sorted);
    }

    /** The author names in a byline text (empty when it holds none). */
    List<Author> authors(String byline) {
        if (byline.length() > MAX_BYLINE_CHARS) {
            return List.of();
        }
        String text = byline.replaceAll("\\s+", " ").strip();
        if (text.startsWith("http://") || text.startsWith("https://")) {
            return List.of();
        }
        text = text.replaceAll("\\S+@\\S+", " ");
        text = DATE_TAIL.matcher(text).replaceAll("").strip();
        Set<String> names = new LinkedHashSet<>();
        for (String part : SPLIT.split(text)) {
            String name = stripNoise(part);
            if (isName(name)) {
                names.add(name);
            }
        }
        if (names.size() > MAX_AUTHORS) {
            return List.of();
        }
        return names.stream().map(Author::of).toList();
    }

    private String stripNoise(String part) {
        String name = part.strip();
        boolean changed = true;
        while (changed && !name.isEmpty()) {
            changed = false;
            String lower = name.toLowerCase(Locale.ROOT);
            for (String word : noise) {
                if (lower.startsWith(word + " ") || lower.startsWith(word + ":") || lower.equals(word)) {
                    name = name.substring(word.length()).replaceFirst("^[:\\s]+", "").strip();
                    changed = true;
                    break;
                }
                if (lower.endsWith(" " + word)) {
                    name = name.substring(0, name.length() - word.length()).strip();
                    changed = true;
                    break;
                }
            }
        }
        return name.replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s&&[^.)]]+$", "").strip();
    }

    private static boolean isName(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME_CHARS || !Character.isLetter(name.codePointAt(0))) {
            return false;
        }
        return name.split("\\s+").length <= MAX_NAME_WORDS;
    }
}
