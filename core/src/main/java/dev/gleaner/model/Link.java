package dev.gleaner.model;

import dev.gleaner.internal.Validate;

/**
 * A hyperlink in a post's body.
 *
 * @param href     absolute URL
 * @param text     the anchor text, whitespace-collapsed ({@code ""} for an image-only link)
 * @param external true when the link leaves the post's own site (another host)
 */
public record Link(String href, String text, boolean external) {
    public Link {
        Validate.notBlank(href, "href");
        Validate.notNull(text, "text");
    }
}
