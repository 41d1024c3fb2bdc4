package dev.gleaner.extractors.nlp;

/**
 * One token of an {@link AnalyzedText}.
 *
 * @param index    its position in {@link AnalyzedText#tokens()} (0-based)
 * @param start    character offset of its first character in {@link AnalyzedText#text()} (inclusive)
 * @param end      character offset after its last character (exclusive)
 * @param text     the characters between the offsets
 * @param sentence the index of the sentence it belongs to in {@link AnalyzedText#sentences()}
 */
public record Token(int index, int start, int end, String text, int sentence) {
    public Token {
        if (index < 0 || start < 0 || end < start || sentence < 0) {
            throw new IllegalArgumentException("token offsets must satisfy 0 <= start <= end and indices >= 0: "
                    + index + " [" + start + ", " + end + ") sentence " + sentence);
        }
        java.util.Objects.requireNonNull(text, "text");
    }

    /** Number of characters. */
    public int length() {
        return end - start;
    }
}
