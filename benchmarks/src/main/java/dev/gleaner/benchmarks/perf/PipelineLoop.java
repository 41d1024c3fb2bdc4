package dev.gleaner.benchmarks.perf;

import dev.gleaner.Gleaner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plain loop of the pipeline (no enrichers) over page sets for a number of seconds: the target of the
 * profile-guided pass, run under Java Flight Recorder (see benchmarks/README.md, "Performance").
 *
 * <pre>
 * java -XX:StartFlightRecording=filename=/tmp/gleaner.jfr,settings=profile -cp ... \
 *      dev.gleaner.benchmarks.perf.PipelineLoop SECONDS [SET[:LIMIT]]...
 * jfr print --events jdk.ExecutionSample /tmp/gleaner.jfr
 * </pre>
 */
public final class PipelineLoop {
    private static final int DEFAULT_SECONDS = 60;

    private PipelineLoop() {
    }

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_SECONDS;
        List<BenchPage> pages = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String[] spec = args[i].split(":");
            pages.addAll(PageSets.load(spec[0], spec.length > 1 ? Integer.parseInt(spec[1]) : 0));
        }
        if (pages.isEmpty()) {
            pages.addAll(PageSets.load(PageSets.BLOGGER, 0));
        }
        Gleaner gleaner = Gleaner.builder().enrichers(List.of()).build();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long passes = 0;
        long posts = 0;
        while (System.nanoTime() < end) {
            for (BenchPage p : pages) {
                posts += gleaner.ingest(p.html(), p.url()).posts().size();
            }
            passes++;
        }
        System.out.printf(Locale.ROOT, "%d passes over %d pages, %d posts%n", passes, pages.size(), posts);
    }
}
