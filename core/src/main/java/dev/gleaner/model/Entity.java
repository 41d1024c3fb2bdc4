package dev.gleaner.model;

import dev.gleaner.internal.Validate;
import java.util.List;
import java.util.Optional;

/**
 * One distinct named thing in a post, with every place it is mentioned.
 *
 * @param text       the canonical (longest, title-free) form
 * @param type       its type
 * @param normalized a normalised value where the type has one (ISO date, amount and currency), else empty
 * @param mentions   every mention, in text order
 * @param count      number of mentions
 * @param confidence 0..1, how sure the finder was
 * @param finder     name of the finder that found it
 */
public record Entity(String text, EntityType type, Optional<String> normalized, List<Mention> mentions, int count,
                     double confidence, String finder) {
    public Entity {
        Validate.notBlank(text, "text");
        Validate.notNull(type, "type");
        Validate.notNull(normalized, "normalized");
        mentions = Validate.copyOf(mentions, "mentions");
        Validate.isTrue(count >= 0, "count must not be negative");
        Validate.isTrue(confidence >= 0.0 && confidence <= 1.0, "confidence must be within 0..1");
        Validate.notNull(finder, "finder");
    }
}
