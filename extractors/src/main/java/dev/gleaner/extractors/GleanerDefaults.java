package dev.gleaner.extractors;

import dev.gleaner.extractors.blogger.BloggerExtractor;
import dev.gleaner.extractors.content.ContentExtractor;
import dev.gleaner.extractors.entities.EntityEnricher;
import dev.gleaner.extractors.entities.EntityRecognizer;
import dev.gleaner.extractors.nlp.TextAnalyzer;
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
        return List.of(
                // 1. Entities first: they read only the body text, and label suggestions use them.
                new EntityEnricher(SharedModels.ENTITIES),
                // 2. Label suggestions (open source: key phrases and salient entities, no model). Keep it AFTER the
                // entity stage: it reads Post.entities to suggest salient entities.
                new dev.gleaner.extractors.labels.LabelEnricher(SharedModels.LABELS));
    }

    /**
     * The OpenNLP models (about 5 MB, a second or two to read) are immutable and thread-safe: they are read once per
     * class loader, when a pipeline first needs them, and shared by every pipeline, so {@code Gleaner.create()}
     * stays cheap after the first call. {@link #ANALYZER} is the one text analyzer for every stage that needs one.
     */
    private static final class SharedModels {
        static final TextAnalyzer ANALYZER = TextAnalyzer.english();
        static final EntityRecognizer ENTITIES = EntityRecognizer.builder().analyzer(ANALYZER).build();
        // The label stage tags with the same analyzer (no second English tagger per pipeline).
        static final dev.gleaner.extractors.labels.LabelSuggester LABELS =
                dev.gleaner.extractors.labels.LabelSuggester.builder().tagger(ANALYZER).build();

        private SharedModels() {
        }
    }
}
