package dev.gleaner.benchmarks.ner;

import java.util.List;

/**
 * One tokenised sentence with its gold spans (token indices, end exclusive) in Gleaner's type names.
 *
 * @param tokens the tokens
 * @param spans  the gold spans
 */
public record LabeledSentence(List<String> tokens, List<GoldSpan> spans) {
    public LabeledSentence {
        tokens = List.copyOf(tokens);
        spans = List.copyOf(spans);
    }

    /**
     * A gold span.
     *
     * @param start first token (inclusive)
     * @param end   after the last token (exclusive)
     * @param type  {@code PERSON}, {@code ORGANIZATION} or {@code LOCATION}
     */
    public record GoldSpan(int start, int end, String type) {
    }
}
