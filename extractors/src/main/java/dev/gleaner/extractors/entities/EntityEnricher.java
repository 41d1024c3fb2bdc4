package dev.gleaner.extractors.entities;

import dev.gleaner.model.Post;
import dev.gleaner.model.PostTime;
import dev.gleaner.spi.Page;
import dev.gleaner.spi.PostEnricher;
import java.util.Objects;

/**
 * The pipeline stage that fills {@link Post#entities()} from the post's body text ({@link Post#text()}, which the
 * extractors have already freed of page chrome), with relative dates read against the post's publication date.
 * Immutable and thread-safe.
 */
public final class EntityEnricher implements PostEnricher {

    private final EntityRecognizer recognizer;

    /** The default English recognizer ({@link EntityRecognizer#english()}). */
    public EntityEnricher() {
        this(EntityRecognizer.english());
    }

    /** A stage on your recognizer (your models, dictionaries, analyzer). */
    public EntityEnricher(EntityRecognizer recognizer) {
        this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Post enrich(Post post, Page page) {
        Objects.requireNonNull(post, "post");
        return post.toBuilder()
                .entities(recognizer.entities(post.text(), post.published().map(PostTime::date)))
                .build();
    }
}
