/**
 * Performance, measured side by side: JMH benchmarks of every Gleaner stage and of the JVM peers (Boilerpipe's
 * ArticleExtractor, Readability4J) on the same pages in the same run ({@link dev.gleaner.benchmarks.perf.StageBenchmark},
 * {@link dev.gleaner.benchmarks.perf.NlpBenchmark}), the one command that runs them and prints the table
 * ({@link dev.gleaner.benchmarks.perf.PerfReport}), and the whole-process comparison with each peer's minimal runner
 * ({@link dev.gleaner.benchmarks.perf.ProcessComparison}, {@link dev.gleaner.benchmarks.perf.PeerRunner}).
 *
 * <p>Pages are read by path from the shared data ({@code ../shared/data}, never copied into the repository); when
 * that data is absent the small pages bundled under {@code dev/gleaner/benchmarks/perf/pages/} (written for this
 * project) stand in.
 */
@NullMarked
package dev.gleaner.benchmarks.perf;

import org.jspecify.annotations.NullMarked;
