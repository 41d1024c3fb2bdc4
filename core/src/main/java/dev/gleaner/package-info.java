/**
 * Gleaner: content ingestion and tagging for Blogger-style blog pages and any other HTML page.
 * Start at {@link dev.gleaner.Gleaner}; its results are the records of {@link dev.gleaner.model}, written as JSON
 * by {@link dev.gleaner.json.GleanerJson}.
 */
@NullMarked
package dev.gleaner;

import org.jspecify.annotations.NullMarked;
