/**
 * HTML utilities shared by the extractors: text rendering, sanitising, URL and whitespace helpers. Internal: not part of the public API.
 */
@NullMarked
package dev.gleaner.extractors.html;

import org.jspecify.annotations.NullMarked;
