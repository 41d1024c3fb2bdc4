package dev.gleaner.extractors.labels;

import dev.gleaner.internal.Validate;
import dev.gleaner.model.Post;
import dev.gleaner.spi.Page;
import dev.gleaner.spi.PostEnricher;

/**
 * The pipeline stage that fills {@link Post#suggestedLabels()} with a {@link LabelSuggester}. Runs after the entity
 * stage so that salient entities can be suggested. Immutable and thread-safe.
 *
 * <pre>{@code
 * Gleaner gleaner = Gleaner.builder()
 *         .enrichers(List.of(entityEnricher, new LabelEnricher(LabelSuggester.builder().model(model).build())))
 *         .build();
 * }</pre>
 * To turn suggestions off, leave this stage out of the enricher list.
 */
public final class LabelEnricher implements PostEnricher {

    /** The stage name used in diagnostics. */
    public static final String NAME = "labels";

    private final LabelSuggester suggester;

    /** A stage with open suggestions only (no model). Loads the word lists and the English tagger. */
    public LabelEnricher() {
        this(LabelSuggester.open());
    }

    /** A stage that suggests with the given suggester. */
    public LabelEnricher(LabelSuggester suggester) {
        this.suggester = Validate.notNull(suggester, "suggester");
    }

    /** The suggester this stage runs. */
    public LabelSuggester suggester() {
        return suggester;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Post enrich(Post post, Page page) {
        Validate.notNull(post, "post");
        return post.toBuilder().suggestedLabels(suggester.suggest(post)).build();
    }
}
