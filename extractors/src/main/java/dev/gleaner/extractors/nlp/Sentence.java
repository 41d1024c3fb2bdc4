package dev.gleaner.extractors.nlp;

/**
 * One sentence of an {@link AnalyzedText}: a character span and the range of its tokens.
 *
 * @param index      its position in {@link AnalyzedText#sentences()} (0-based)
 * @param start      character offset of its first character in {@link AnalyzedText#text()} (inclusive)
 * @param end        character offset after its last character (exclusive)
 * @param firstToken index of its first token in {@link AnalyzedText#tokens()}
 * @param tokenEnd   index after its last token (exclusive); equal to {@code firstToken} for a sentence without tokens
 */
public record Sentence(int index, int start, int end, int firstToken, int tokenEnd) {
    public Sentence {
        if (index < 0 || start < 0 || end < start || firstToken < 0 || tokenEnd < firstToken) {
            throw new IllegalArgumentException("sentence bounds must be ordered: " + index + " [" + start + ", "
                    + end + ") tokens [" + firstToken + ", " + tokenEnd + ")");
        }
    }

    /** Number of tokens. */
    public int tokenCount() {
        return tokenEnd - firstToken;
    }
}
