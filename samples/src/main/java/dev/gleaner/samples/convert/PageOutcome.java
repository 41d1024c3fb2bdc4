package dev.gleaner.samples.convert;

import dev.gleaner.model.Post;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one input: either its posts (at least one) or exactly one error.
 *
 * @param source the input path
 * @param posts  the page's posts in page order (empty when {@code error} is present)
 * @param error  why the page yielded no post
 */
public record PageOutcome(String source, List<Post> posts, Optional<ConversionError> error) {
    public PageOutcome {
        Objects.requireNonNull(source, "source must not be null");
        posts = List.copyOf(posts);
        Objects.requireNonNull(error, "error must not be null");
        if (posts.isEmpty() == error.isEmpty()) {
            throw new IllegalArgumentException("an outcome has either posts or an error, not both or neither: "
                    + source);
        }
    }

    /** A page that yielded posts. */
    public static PageOutcome converted(String source, List<Post> posts) {
        return new PageOutcome(source, posts, Optional.empty());
    }

    /** A page that yielded no post. */
    public static PageOutcome failed(ConversionError error) {
        Objects.requireNonNull(error, "error must not be null");
        return new PageOutcome(error.source(), List.of(), Optional.of(error));
    }
}
