/**
 * Gleaner's stage implementations and the default pipeline ({@link dev.gleaner.extractors.GleanerDefaults}).
 */
@NullMarked
package dev.gleaner.extractors;

import org.jspecify.annotations.NullMarked;
