package dev.gleaner.samples.convert;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Converts many pages on a fixed pool of threads. The queue is bounded ({@value #QUEUE_SLOTS_PER_THREAD} waiting
 * pages per thread) and a full queue makes the submitting thread convert the page itself, so memory stays flat
 * however many inputs there are. Outcomes are written as they complete: line order follows completion, but a
 * page's posts stay together. Reusable and thread-safe; each {@link #run} uses its own pool.
 */
public final class BatchConverter {

    /** Waiting pages per worker thread: enough to keep workers busy, few enough to bound memory. */
    static final int QUEUE_SLOTS_PER_THREAD = 4;

    private final PageConverter converter;
    private final int threads;

    /**
     * @param converter converts one page
     * @param threads   number of worker threads, at least 1
     */
    public BatchConverter(PageConverter converter, int threads) {
        this.converter = Objects.requireNonNull(converter, "converter must not be null");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
    }

    /**
     * Writes every input of {@code scan} to {@code sink}: first the inputs found unreadable while scanning, then
     * the pages.
     *
     * @throws IOException when an output file cannot be written (the run stops; pages are never the cause)
     */
    public ConversionSummary run(InputScan scan, ConversionSink sink) throws IOException {
        Objects.requireNonNull(scan, "scan must not be null");
        Objects.requireNonNull(sink, "sink must not be null");
        long start = System.nanoTime();
        for (ConversionError error : scan.unreadable()) {
            sink.accept(PageOutcome.failed(error));
        }
        AtomicReference<IOException> writeFailure = new AtomicReference<>();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0L, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(threads * QUEUE_SLOTS_PER_THREAD), new ThreadPoolExecutor.CallerRunsPolicy());
        try {
            for (Path page : scan.pages()) {
                if (writeFailure.get() != null) {
                    break;
                }
                pool.execute(() -> convertAndWrite(page, sink, writeFailure));
            }
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
        }
        IOException failure = writeFailure.get();
        if (failure != null) {
            throw failure;
        }
        sink.flush();
        return new ConversionSummary(sink.pages(), sink.posts(), sink.errors(), sink.unreadable(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private void convertAndWrite(Path page, ConversionSink sink, AtomicReference<IOException> writeFailure) {
        if (writeFailure.get() != null) {
            return;
        }
        PageOutcome outcome = converter.convert(page);
        try {
            sink.accept(outcome);
        } catch (IOException e) {
            writeFailure.compareAndSet(null, e);
        }
    }

    private static void awaitQuietly(ThreadPoolExecutor pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
                pool.shutdownNow();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
