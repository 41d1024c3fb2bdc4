package dev.gleaner.extractors.entities;

import dev.gleaner.extractors.nlp.AnalyzedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Finds entity mentions in an analysed text. Implementations are immutable and thread-safe, never throw because
 * of what a text contains, and may return overlapping spans (the {@link EntityRecognizer} resolves overlaps).
 */
public interface MentionFinder {

    /** A short stable name, reported as {@link dev.gleaner.model.Entity#finder()}. */
    String name();

    /** The mentions in {@code text}, in any order. */
    List<EntitySpan> find(AnalyzedText text);

    /**
     * The mentions in {@code text} of a post published on {@code reference} (when known), so that relative
     * expressions ("yesterday") can be normalised. By default the same as {@link #find(AnalyzedText)}.
     */
    default List<EntitySpan> find(AnalyzedText text, Optional<LocalDate> reference) {
        return find(text);
    }
}
