/**
 * Batch conversion at scale: {@link dev.gleaner.batch.BatchConverter} runs a {@link dev.gleaner.Gleaner} over a
 * lazy stream of pages ({@link dev.gleaner.batch.input.PageSource}) on a bounded pool and writes every page to
 * exactly one of a JSON Lines posts file (optionally gzip-compressed and sharded) and an errors file, journaled so a
 * killed run resumes where it stopped, with a summary at the end.
 */
@NullMarked
package dev.gleaner.batch;

import org.jspecify.annotations.NullMarked;
