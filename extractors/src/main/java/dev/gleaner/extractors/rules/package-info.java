/**
 * Loads Gleaner's rule files (selectors, word lists, thresholds) from class-path resources and validates them once, at construction. Internal: not part of the public API.
 */
@NullMarked
package dev.gleaner.extractors.rules;

import org.jspecify.annotations.NullMarked;
