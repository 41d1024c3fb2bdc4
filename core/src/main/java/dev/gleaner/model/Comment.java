package dev.gleaner.model;

import dev.gleaner.internal.Validate;
import java.util.Optional;

/**
 * A reader comment shown under a post. Comments are never part of the post's body.
 *
 * @param author    the commenter's displayed name, when shown
 * @param published when the comment was posted, when shown
 * @param text      the comment's text, whitespace-collapsed
 */
public record Comment(Optional<String> author, Optional<PostTime> published, String text) {
    public Comment {
        Validate.notNull(author, "author");
        Validate.notNull(published, "published");
        Validate.notNull(text, "text");
    }
}
