package dev.gleaner.extractors.entities;

import dev.gleaner.extractors.nlp.AnalyzedText;
import dev.gleaner.extractors.nlp.Token;
import dev.gleaner.model.EntityType;
import java.util.List;
import java.util.Optional;

/** Maps a character range found by a pattern onto the tokens that cover it. */
final class TokenAlignment {

    private TokenAlignment() {
    }

    /**
     * A span over the tokens that overlap {@code [start, end)}, widened to their bounds; empty when no token
     * overlaps.
     */
    static Optional<EntitySpan> span(AnalyzedText text, int start, int end, EntityType type,
                                     Optional<String> normalized, double confidence, String finder) {
        List<Token> tokens = text.tokens();
        int first = firstEndingAfter(tokens, start);
        if (first >= tokens.size() || tokens.get(first).start() >= end) {
            return Optional.empty();
        }
        int last = first;
        while (last + 1 < tokens.size() && tokens.get(last + 1).start() < end) {
            last++;
        }
        Token a = tokens.get(first);
        Token b = tokens.get(last);
        return Optional.of(new EntitySpan(a.index(), b.index() + 1, a.start(), b.end(), type, normalized,
                confidence, finder));
    }

    /** Index of the first token whose end is after {@code offset} (binary search; tokens are in text order). */
    private static int firstEndingAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
