/** Reading pages: charset detection and decoding of raw HTML bytes. */
@NullMarked
package dev.gleaner.io;

import org.jspecify.annotations.NullMarked;
