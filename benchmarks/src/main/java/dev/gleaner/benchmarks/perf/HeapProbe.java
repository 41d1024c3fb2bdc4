package dev.gleaner.benchmarks.perf;

import dev.gleaner.Gleaner;
import dev.gleaner.io.HtmlDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The heap a page needs: {@link #main} is the child process (build the pipeline without enrichers, ingest one page
 * a few times, exit 0; an {@link OutOfMemoryError} exits non-zero), and {@link #smallestHeapMb} searches for the
 * smallest {@code -Xmx} at which that child succeeds, by bisection over child JVMs with the JVM's default collector.
 */
public final class HeapProbe {
    /** Ingests per child, so that garbage from earlier rounds must be collectable within the limit. */
    static final int ROUNDS = 3;
    /** Smallest and largest heap tried, in MB. */
    static final int MIN_MB = 4;
    static final int MAX_MB = 2048;
    /** Search resolution in MB. */
    static final int RESOLUTION_MB = 2;

    private HeapProbe() {
    }

    /** Child process: {@code HeapProbe FILE URL}. */
    public static void main(String[] args) throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of(args[0]));
        String html = HtmlDecoder.decode(bytes, Optional.empty()).html();
        bytes = null; // only the decoded text stays reachable, as in Gleaner.ingest(String, String)
        Gleaner gleaner = Gleaner.builder().enrichers(List.of()).build();
        int posts = 0;
        for (int i = 0; i < ROUNDS; i++) {
            posts += gleaner.ingest(html, args[1]).posts().size();
        }
        System.out.println(posts);
        System.exit(0);
    }

    /**
     * The smallest {@code -Xmx} (MB, to {@value #RESOLUTION_MB} MB) at which the child ingests {@code file}, or -1
     * when even {@value #MAX_MB} MB is not enough.
     */
    public static int smallestHeapMb(Path file, String url) throws IOException, InterruptedException {
        int low = MIN_MB; // assumed too small
        int high = MAX_MB;
        if (!runs(file, url, high)) {
            return -1;
        }
        if (runs(file, url, low)) {
            return low;
        }
        while (high - low > RESOLUTION_MB) {
            int mid = (low + high) >>> 1;
            if (runs(file, url, mid)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }

    private static boolean runs(Path file, String url, int heapMb) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(String.format(Locale.ROOT, "-Xmx%dm", heapMb));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(HeapProbe.class.getName());
        command.add(file.toString());
        command.add(url);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor() == 0;
    }
}
