package dev.gleaner.extractors.entities;

import dev.gleaner.model.EntityType;
import java.util.Objects;
import java.util.Optional;

/**
 * One mention found by a {@link MentionFinder}, before mentions are merged into entities.
 *
 * @param tokenStart index of its first token in the analysed text (inclusive)
 * @param tokenEnd   index after its last token (exclusive)
 * @param start      character offset of its first character in the analysed text (inclusive)
 * @param end        character offset after its last character (exclusive)
 * @param type       its type
 * @param normalized a normalised value (ISO date, amount with currency) where the finder computes one
 * @param confidence 0..1
 * @param finder     the name of the finder that found it
 */
public record EntitySpan(int tokenStart, int tokenEnd, int start, int end, EntityType type,
                         Optional<String> normalized, double confidence, String finder) {
    public EntitySpan {
        if (tokenStart < 0 || tokenEnd <= tokenStart || start < 0 || end <= start) {
            throw new IllegalArgumentException("span bounds must be ordered and non-empty: tokens [" + tokenStart
                    + ", " + tokenEnd + "), chars [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(normalized, "normalized");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
        Objects.requireNonNull(finder, "finder");
    }

    /** Number of tokens. */
    public int tokenLength() {
        return tokenEnd - tokenStart;
    }

    /** Whether the two spans share a token. */
    public boolean overlaps(EntitySpan other) {
        return tokenStart < other.tokenEnd && other.tokenStart < tokenEnd;
    }
}
