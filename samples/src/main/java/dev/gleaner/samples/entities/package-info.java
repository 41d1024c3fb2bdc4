/**
 * The {@code gleaner entities} subcommand: named entities of pages, plain text, or pre-tokenised sentences.
 */
@NullMarked
package dev.gleaner.samples.entities;

import org.jspecify.annotations.NullMarked;
