package dev.gleaner.samples.cli;

import dev.gleaner.Gleaner;
import dev.gleaner.extractors.labels.LabelEnricher;
import dev.gleaner.extractors.labels.LabelModel;
import dev.gleaner.extractors.labels.LabelSuggester;
import dev.gleaner.spi.PostEnricher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies {@code --label-model} and {@code --no-labels} to a pipeline: the label stage is removed, or replaced by
 * one that uses the model, and always runs last (after the entity stage, whose entities it reads).
 */
final class LabelStages {

    private LabelStages() {
    }

    static Gleaner apply(Gleaner gleaner, int maxPageChars, Optional<Path> model, boolean noLabels)
            throws IOException {
        if (model.isEmpty() && !noLabels) {
            return gleaner;
        }
        List<PostEnricher> enrichers = new ArrayList<>();
        Optional<LabelSuggester> base = Optional.empty();
        for (PostEnricher e : gleaner.enrichers()) {
            if (e instanceof LabelEnricher labels) {
                base = Optional.of(labels.suggester());
            } else {
                enrichers.add(e);
            }
        }
        if (!noLabels) {
            // The default stage's suggester with the model: its tagger is shared, not loaded again.
            LabelModel loaded = LabelModel.load(model.get());
            enrichers.add(new LabelEnricher(base.map(b -> b.withModel(loaded))
                    .orElseGet(() -> LabelSuggester.builder().model(loaded).build())));
        }
        return Gleaner.builder().extractors(gleaner.extractors()).enrichers(enrichers).maxPageChars(maxPageChars)
                .build();
    }
}
