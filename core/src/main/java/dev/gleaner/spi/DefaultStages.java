package dev.gleaner.spi;

import java.util.List;

/**
 * Supplies the default pipeline to {@code Gleaner.create()} and {@code Gleaner.builder()}. The
 * {@code gleaner-extractors} artifact registers one through {@link java.util.ServiceLoader}; exactly one provider is
 * expected on the class path.
 */
public interface DefaultStages {

    /** The default extractors, in cascade order (most specific first, the generic fallback last). */
    List<PageExtractor> extractors();

    /** The default post enrichers, in the order they run. */
    List<PostEnricher> enrichers();
}
