package dev.gleaner.batch;

import dev.gleaner.model.Post;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one page: either its posts (at least one) or exactly one error.
 *
 * @param source the page's source
 * @param posts  the page's posts in page order (empty when {@code error} is present)
 * @param error  why the page gave no post
 */
public record PageOutcome(String source, List<Post> posts, Optional<PageError> error) {
    public PageOutcome {
        Objects.requireNonNull(source, "source must not be null");
        posts = List.copyOf(posts);
        Objects.requireNonNull(error, "error must not be null");
        if (posts.isEmpty() == error.isEmpty()) {
            throw new IllegalArgumentException("an outcome has either posts or an error, not both or neither: "
                    + source);
        }
    }

    /** A page that gave posts. */
    public static PageOutcome converted(String source, List<Post> posts) {
        return new PageOutcome(source, posts, Optional.empty());
    }

    /** A page that gave no post. */
    public static PageOutcome failed(String source, FailureReason reason, String detail) {
        return new PageOutcome(source, List.of(), Optional.of(PageError.of(source, reason, detail)));
    }
}
