/**
 * Gleaner's own helpers. Not part of the public API: names and behaviour here may change in any release.
 */
@NullMarked
package dev.gleaner.internal;

import org.jspecify.annotations.NullMarked;
