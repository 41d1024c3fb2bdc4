package dev.gleaner.samples.cli;

import dev.gleaner.Gleaner;
import java.util.List;

/**
 * Builds the pipeline a command runs. The runner uses {@link #DEFAULT}; tests pass their own stages.
 */
@FunctionalInterface
public interface PipelineFactory {

    /** The default stages, with the given page size limit; without enrichers, no model is ever loaded. */
    PipelineFactory DEFAULT = new PipelineFactory() {
        @Override
        public Gleaner create(int maxPageChars) {
            return Gleaner.builder().maxPageChars(maxPageChars).build();
        }

        @Override
        public Gleaner createWithoutEnrichers(int maxPageChars) {
            // Setting the enrichers before build() keeps the default ones (and their OpenNLP models) unloaded.
            return Gleaner.builder().maxPageChars(maxPageChars).enrichers(List.of()).build();
        }
    };

    /**
     * A pipeline that extracts pages of up to {@code maxPageChars} characters.
     *
     * @throws IllegalStateException when the pipeline cannot be built (no stages on the class path)
     */
    Gleaner create(int maxPageChars);

    /**
     * The same extractors without any post enricher (entities, label suggestions): extraction only.
     *
     * @throws IllegalStateException when the pipeline cannot be built (no stages on the class path)
     */
    default Gleaner createWithoutEnrichers(int maxPageChars) {
        Gleaner full = create(maxPageChars);
        return Gleaner.builder().extractors(full.extractors()).enrichers(List.of()).maxPageChars(maxPageChars)
                .build();
    }
}
