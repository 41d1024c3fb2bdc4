/**
 * Page metadata readers shared by the extractors: JSON-LD, meta tags, and localised date parsing. Internal: not part of the public API.
 */
@NullMarked
package dev.gleaner.extractors.meta;

import org.jspecify.annotations.NullMarked;
