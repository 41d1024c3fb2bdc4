package dev.gleaner.samples.entities;

import dev.gleaner.Gleaner;
import dev.gleaner.extractors.entities.EntityEnricher;
import dev.gleaner.spi.PostEnricher;
import java.util.List;

/** Applies {@code --no-entities} to a pipeline: the same stages without the entity stage. */
public final class EntityStages {

    private EntityStages() {
    }

    /** {@code gleaner} itself when {@code noEntities} is false, else a pipeline without its entity stage. */
    public static Gleaner apply(Gleaner gleaner, int maxPageChars, boolean noEntities) {
        if (!noEntities) {
            return gleaner;
        }
        List<PostEnricher> enrichers = gleaner.enrichers().stream()
                .filter(e -> !(e instanceof EntityEnricher))
                .toList();
        return Gleaner.builder().extractors(gleaner.extractors()).enrichers(enrichers).maxPageChars(maxPageChars)
                .build();
    }
}
