package dev.gleaner.model;

import dev.gleaner.internal.Validate;
import java.util.Optional;

/**
 * A person (or organisation) named as a post's author.
 *
 * @param name the name as displayed, without "Posted by" or dates
 * @param url  the author's profile page, when the page links one
 */
public record Author(String name, Optional<String> url) {
    public Author {
        Validate.notBlank(name, "name");
        Validate.notNull(url, "url");
    }

    /** An author with a name only. */
    public static Author of(String name) {
        return new Author(name, Optional.empty());
    }
}
