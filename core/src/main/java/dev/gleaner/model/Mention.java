package dev.gleaner.model;

import dev.gleaner.internal.Validate;

/**
 * One occurrence of an entity in a post's {@link Post#text()}.
 *
 * @param start character offset of the first character (inclusive)
 * @param end   character offset after the last character (exclusive)
 * @param text  the text between the offsets
 */
public record Mention(int start, int end, String text) {
    public Mention {
        Validate.isTrue(start >= 0 && end >= start, "mention offsets must satisfy 0 <= start <= end");
        Validate.notNull(text, "text");
    }
}
