package dev.gleaner.extractors;

import dev.gleaner.extractors.blogger.BloggerExtractor;
import dev.gleaner.extractors.content.ContentExtractor;
import dev.gleaner.spi.DefaultStages;
import dev.gleaner.spi.PageExtractor;
import dev.gleaner.spi.PostEnricher;
import java.util.List;

/**
 * The default pipeline, registered with {@link java.util.ServiceLoader} so that {@code Gleaner.create()} finds it.
 * Each call builds fresh stage instances (the rule files they load are cached by the JVM's class loader only as
 * resources; building is cheap).
 */
public final class GleanerDefaults implements DefaultStages {

    @Override
    public List<PageExtractor> extractors() {
        return List.of(
                // 1. Blogger markup is the most specific signal: template-aware, per-post metadata, chrome known.
                new BloggerExtractor(),
                // 2. Any other page (or Blogger markup too broken to read): structured markup, then block scoring,
                //    then all paragraph-like text, each engaging only when the previous under-delivers; a page with
                //    no body text at all (a JavaScript shell) still yields its title and metadata.
                new ContentExtractor());
    }

    @Override
    public List<PostEnricher> enrichers() {
        // Entities and label suggestions join here as their stages land.
        return List.of(
                // Label suggestions (open source: key phrases and salient entities, no model). Keep it AFTER the
                // entity stage once that joins this list: it reads Post.entities to suggest salient entities.
                new dev.gleaner.extractors.labels.LabelEnricher());
    }
}
