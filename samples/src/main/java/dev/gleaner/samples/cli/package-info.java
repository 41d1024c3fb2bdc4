/**
 * The {@code gleaner} command-line runner ({@link dev.gleaner.samples.cli.GleanerCli}): {@code gleaner sample}
 * shows what Gleaner makes of the bundled sample pages, {@code gleaner convert} turns saved pages into JSON Lines.
 */
@NullMarked
package dev.gleaner.samples.cli;

import org.jspecify.annotations.NullMarked;
