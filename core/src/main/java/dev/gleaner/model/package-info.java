/**
 * Gleaner's output model: {@link dev.gleaner.model.PageResult} for a page and {@link dev.gleaner.model.Post} for
 * each post on it, with the small immutable records they are made of. Every type here is an immutable record or
 * enum; absent values are {@link java.util.Optional#empty()} or empty lists, never null.
 */
@NullMarked
package dev.gleaner.model;

import org.jspecify.annotations.NullMarked;
