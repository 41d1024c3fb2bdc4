/**
 * Extension points of the pipeline: {@link dev.gleaner.spi.PageExtractor} (page to posts),
 * {@link dev.gleaner.spi.PostEnricher} (post to richer post), and {@link dev.gleaner.spi.DefaultStages}, through
 * which the extractors artifact supplies the default pipeline.
 */
@NullMarked
package dev.gleaner.spi;

import org.jspecify.annotations.NullMarked;
