package dev.gleaner.extractors.html;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Whitespace and word helpers shared by every stage. Stateless. */
public final class Texts {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");
    /** A word: a run of Unicode letters, digits and combining marks. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    private Texts() {
    }

    /** Maps nbsp and other space characters to spaces, collapses runs of whitespace, and trims. */
    public static String collapse(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** {@link #collapse} after Unicode NFC normalisation. */
    public static String normalize(String text) {
        return collapse(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    /** The number of words (runs of letters and digits) in {@code text}. */
    public static int wordCount(String text) {
        Matcher m = WORD.matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    /** True when the text has no letter or digit. */
    public static boolean hasNoWords(String text) {
        return !WORD.matcher(text).find();
    }
}
