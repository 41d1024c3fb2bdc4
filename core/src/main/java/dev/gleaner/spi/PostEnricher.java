package dev.gleaner.spi;

import dev.gleaner.model.Post;

/**
 * A stage that adds to an extracted post (entities, suggested labels). Implementations are immutable and
 * thread-safe, load their models once in the constructor, and return a changed copy of the post.
 */
public interface PostEnricher {

    /** A short stable name, used in diagnostics. */
    String name();

    /** The post with this stage's additions; {@code post} itself is not changed. */
    Post enrich(Post post, Page page);
}
