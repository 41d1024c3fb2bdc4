/**
 * Where batch pages come from: {@link dev.gleaner.batch.input.Inputs} turns files, directories, archives
 * ({@code .gz}, {@code .zip}, {@code .tar}, {@code .tar.gz}), WARC files and JSON Lines of {@code {url, html}} into
 * one lazy, deterministic stream of {@link dev.gleaner.batch.input.PageInput}s. Nothing is read before it is
 * needed, and at most one archive or WARC file is open at a time.
 */
@NullMarked
package dev.gleaner.batch.input;

import org.jspecify.annotations.NullMarked;
