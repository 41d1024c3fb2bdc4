package dev.gleaner.model;

import dev.gleaner.internal.Validate;
import java.util.Optional;

/**
 * An image in a post's body.
 *
 * @param src     absolute URL of the image
 * @param alt     its alternative text ({@code ""} when none)
 * @param title   its title attribute or caption, when present
 * @param width   declared width in pixels, when declared
 * @param height  declared height in pixels, when declared
 */
public record Image(String src, String alt, Optional<String> title, Optional<Integer> width, Optional<Integer> height) {
    public Image {
        Validate.notBlank(src, "src");
        Validate.notNull(alt, "alt");
        Validate.notNull(title, "title");
        Validate.notNull(width, "width");
        Validate.notNull(height, "height");
    }
}
