package dev.gleaner.model;

import dev.gleaner.internal.Validate;
import java.util.List;

/**
 * A label suggested for a post.
 *
 * @param label       the label, in label form
 * @param score       ranking score (higher is better)
 * @param source      which source suggested it
 * @param evidence    words or entities of the post that support it
 * @param recommended true when inside the suggester's calibrated cut
 */
public record LabelSuggestion(String label, double score, LabelSource source, List<String> evidence,
                              boolean recommended) {
    public LabelSuggestion {
        Validate.notBlank(label, "label");
        Validate.notNull(source, "source");
        evidence = Validate.copyOf(evidence, "evidence");
    }
}
