/**
 * The template-aware Blogger extractor ({@link dev.gleaner.extractors.blogger.BloggerExtractor}) and its stages.
 */
@NullMarked
package dev.gleaner.extractors.blogger;

import org.jspecify.annotations.NullMarked;
