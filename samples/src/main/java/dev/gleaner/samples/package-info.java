/**
 * The sample pages bundled with Gleaner ({@link dev.gleaner.samples.SamplePages}), read from the class path.
 */
@NullMarked
package dev.gleaner.samples;

import org.jspecify.annotations.NullMarked;
