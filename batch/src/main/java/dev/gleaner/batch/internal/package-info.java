/**
 * Internal: the journaled output files and the worker pool behind {@link dev.gleaner.batch.BatchConverter}. Not an
 * API; anything here may change in any release.
 */
@NullMarked
package dev.gleaner.batch.internal;

import org.jspecify.annotations.NullMarked;
