/**
 * The main-content extraction gate: runs the generic content extractor on the scrapinghub article-extraction
 * benchmark and scores it with that benchmark's own shingle metric ({@link dev.gleaner.benchmarks.extraction.ShingleScore}).
 */
@NullMarked
package dev.gleaner.benchmarks.extraction;

import org.jspecify.annotations.NullMarked;
