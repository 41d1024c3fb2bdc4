/**
 * Quality evaluation of the Blogger extractor against the shared gold pages ({@link
 * dev.gleaner.benchmarks.blogger.BloggerEval}). Never a library dependency.
 */
@NullMarked
package dev.gleaner.benchmarks.blogger;

import org.jspecify.annotations.NullMarked;
