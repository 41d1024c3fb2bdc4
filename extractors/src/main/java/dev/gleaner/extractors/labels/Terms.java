package dev.gleaner.extractors.labels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Language-neutral word tokens with character offsets: runs of letters and digits in any script, keeping the
 * joiners that technical words carry ({@code node.js}, {@code c#}, {@code .net}, {@code end-to-end}). Terms are
 * lower-cased with {@link Locale#ROOT}; nothing here depends on a language.
 */
final class Terms {

    /**
     * A token: an optional leading dot (".net"), letters/digits/marks, inner joiners followed by more letters, and
     * trailing '#' or '+' ("c#", "c++"). Apostrophes are inner joiners so that "don't" stays one token. The
     * quantifiers are possessive (the classes they repeat are disjoint from what follows, so matches are the same):
     * a greedy repeated group recurses once per repetition in java.util.regex and overflowed the stack on a
     * 20,000-character "a.a.a..." run (RegexTimingTest).
     */
    private static final Pattern TOKEN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\.?[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*+(?:[.\\-'’_][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*+)*+[#+]*+");

    private Terms() {
    }

    /** One token of a text. */
    record Token(String term, String surface, int start, int end) {
        /** True when the token is made of digits and joiners only (numbers, years, versions). */
        boolean numeric() {
            for (int i = 0; i < term.length(); i++) {
                if (Character.isLetter(term.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        /** True when the surface form starts with an upper-case letter. */
        boolean capitalised() {
            int first = surface.charAt(0) == '.' && surface.length() > 1 ? 1 : 0;
            return Character.isUpperCase(surface.charAt(first));
        }
    }

    /** The tokens of {@code text}, in order. */
    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String surface = m.group();
            tokens.add(new Token(surface.toLowerCase(Locale.ROOT), surface, m.start(), m.end()));
        }
        return tokens;
    }

    /** The lower-cased terms of {@code text}, in order. */
    static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            terms.add(m.group().toLowerCase(Locale.ROOT));
        }
        return terms;
    }

    /**
     * The term sequences a label may appear as in a text: its own tokens ("impact mapping"), its camel-case parts
     * ("MobProgramming" as "mob programming") and, for a label of several words, the words joined ("nodejs" for
     * "Node JS"). Language-neutral: case boundaries exist in every cased script, other scripts keep the label as is.
     */
    static List<List<String>> labelForms(String label) {
        List<List<String>> forms = new ArrayList<>();
        List<String> own = terms(label);
        if (own.isEmpty()) {
            return forms;
        }
        forms.add(own);
        List<String> split = terms(splitCamelCase(label));
        if (!split.equals(own)) {
            forms.add(split);
        }
        if (own.size() > 1) {
            forms.add(List.of(String.join("", own)));
        }
        return forms;
    }

    /** "MobProgramming" becomes "Mob Programming"; "TDD", "iPhone" and "NodeJs" keep their acronyms together. */
    static String splitCamelCase(String label) {
        StringBuilder out = new StringBuilder(label.length() + 8);
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(label.charAt(i - 1))
                    && i + 1 < label.length() && Character.isLowerCase(label.charAt(i + 1))) {
                out.append(' ');
            }
            out.append(c);
        }
        return out.toString();
    }
}
