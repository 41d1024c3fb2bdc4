/**
 * Batch conversion of saved pages to JSON Lines, as the {@code gleaner convert} command runs it: find the pages
 * ({@link dev.gleaner.samples.convert.InputCollector}), convert each one without ever letting one page stop the
 * batch ({@link dev.gleaner.samples.convert.PageConverter}), run them on a bounded pool
 * ({@link dev.gleaner.samples.convert.BatchConverter}) and write every page to exactly one of the posts file and
 * the errors file ({@link dev.gleaner.samples.convert.ConversionSink}).
 */
@NullMarked
package dev.gleaner.samples.convert;

import org.jspecify.annotations.NullMarked;
