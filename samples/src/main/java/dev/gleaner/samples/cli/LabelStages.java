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
        for (PostEnricher e : gleaner.enrichers()) {
            if (!(e instanceof LabelEnricher)) {
                enrichers.add(e);
            }
        }
        if (!noLabels) {
            enrichers.add(new LabelEnricher(LabelSuggester.builder().model(LabelModel.load(model.get())).build()));
        }
        return Gleaner.builder().extractors(gleaner.extractors()).enrichers(enrichers).maxPageChars(maxPageChars)
                .build();
    }
}
