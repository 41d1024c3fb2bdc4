/**
 * The generic fallback extractor ({@link dev.gleaner.extractors.generic.FallbackExtractor}) for pages that are not Blogger or whose Blogger markup yields no post.
 */
@NullMarked
package dev.gleaner.extractors.generic;

import org.jspecify.annotations.NullMarked;
