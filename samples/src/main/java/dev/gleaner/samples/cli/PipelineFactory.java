package dev.gleaner.samples.cli;

import dev.gleaner.Gleaner;

/**
 * Builds the pipeline a command runs. The runner uses {@link #DEFAULT}; tests pass their own stages.
 */
@FunctionalInterface
public interface PipelineFactory {

    /** The default stages, with the given page size limit. */
    PipelineFactory DEFAULT = maxPageChars -> Gleaner.builder().maxPageChars(maxPageChars).build();

    /**
     * A pipeline that extracts pages of up to {@code maxPageChars} characters.
     *
     * @throws IllegalStateException when the pipeline cannot be built (no stages on the class path)
     */
    Gleaner create(int maxPageChars);
}
