package dev.gleaner.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.gleaner.Gleaner;
import dev.gleaner.batch.input.InputOptions;
import dev.gleaner.batch.input.PageInput;
import dev.gleaner.batch.internal.Checkpoint;
import dev.gleaner.batch.internal.Journal;
import dev.gleaner.batch.internal.OutputFiles;
import dev.gleaner.batch.internal.WorkerPool;
import dev.gleaner.json.GleanerJson;
import dev.gleaner.model.Post;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Converts a stream of pages to JSON Lines at scale: the batch front door. Build one with {@link #builder(Gleaner)},
 * then {@link #run run} it as often as needed; it is immutable and thread-safe, and cheap to rebuild on each
 * executor of a cluster (it holds only its settings and the {@link Gleaner}).
 *
 * <pre>{@code
 * BatchConverter converter = BatchConverter.builder(Gleaner.create()).threads(4).build();
 * try (PageSource pages = PageSource.of(List.of(Path.of("crawl.warc.gz")), InputOptions.defaults(), w -> { })) {
 *     BatchSummary summary = converter.run(pages, BatchOutput.to(Path.of("posts.jsonl.gz")), "crawl.warc.gz",
 *             ProgressListener.NONE);
 * }
 * }</pre>
 *
 * <p><b>Accounting.</b> Every page of the stream ends up in exactly one of the posts file (its posts, together)
 * and the errors file (one line with a {@link FailureReason}). Nothing a page contains stops the run.
 *
 * <p><b>Memory.</b> A reader thread (the caller's) walks the stream; {@link Builder#threads threads} workers
 * convert; one writer thread writes. At most {@code threads * queuePerThread} pages are in flight between them,
 * so memory stays flat however long the stream is; only the dedupe keys (8 bytes per post, plus set overhead) and
 * the set of pages done (1 bit per page) grow with the job.
 *
 * <p><b>Order.</b> Completion order by default (fastest); {@link Builder#ordered ordered} writes pages in stream
 * order (a slow page then holds back the ones after it, within the in-flight window).
 *
 * <p><b>Resume.</b> Output is written to {@code .partial} files and committed every
 * {@link Builder#checkpointPages checkpointPages} pages or {@link Builder#checkpointInterval interval}: files are
 * forced to disk, then a journal line records their lengths and which pages they hold. A run killed in any way
 * ({@code kill -9} included) and started again with the same job key, stream and settings truncates the files to
 * the last commit and converts only the pages not committed, so the final output holds every page exactly once.
 * The stream must list the same pages in the same order (a directory walk, an archive, a WARC file do).
 */
public final class BatchConverter {

    /** Default pages in flight per worker thread: keeps workers busy without holding many pages. */
    public static final int DEFAULT_QUEUE_PER_THREAD = 4;
    /**
     * Default per-page time limit. Real pages take milliseconds (about 5 ms for a 170 KB page on one core of the
     * benchmark machine); a minute is only ever reached by a pathological page.
     */
    public static final Duration DEFAULT_PAGE_TIMEOUT = Duration.ofSeconds(60);
    /** Default pages per commit: a commit costs two fsyncs, a few milliseconds, against seconds of work. */
    public static final int DEFAULT_CHECKPOINT_PAGES = 1000;
    /** Default longest time between commits, so a slow run loses at most this much work when killed. */
    public static final Duration DEFAULT_CHECKPOINT_INTERVAL = Duration.ofSeconds(10);
    /** Default time between progress reports. */
    public static final Duration DEFAULT_PROGRESS_INTERVAL = Duration.ofSeconds(10);

    private static final String PAGES = "pages";
    private static final String PAGES_WITH_POSTS = "pagesWithPosts";
    private static final String POSTS = "posts";
    private static final String ERRORS = "errors";
    private static final String DUPLICATES = "duplicates";
    private static final String SKIPPED = "skipped";
    private static final String REASON_PREFIX = "reason:";

    private final Gleaner gleaner;
    private final int threads;
    private final boolean ordered;
    private final Duration pageTimeout;
    private final long maxPageBytes;
    private final int queuePerThread;
    private final Optional<DedupeMode> dedupe;
    private final int checkpointPages;
    private final Duration checkpointInterval;
    private final Duration progressInterval;

    private BatchConverter(Builder builder) {
        this.gleaner = builder.gleaner;
        this.threads = builder.threads;
        this.ordered = builder.ordered;
        this.pageTimeout = builder.pageTimeout;
        this.maxPageBytes = builder.maxPageBytes;
        this.queuePerThread = builder.queuePerThread;
        this.dedupe = builder.dedupe;
        this.checkpointPages = builder.checkpointPages;
        this.checkpointInterval = builder.checkpointInterval;
        this.progressInterval = builder.progressInterval;
    }

    /** A builder for a converter running {@code gleaner}. */
    public static Builder builder(Gleaner gleaner) {
        return new Builder(gleaner);
    }

    /** Worker threads. */
    public int threads() {
        return threads;
    }

    /**
     * Converts every page of {@code pages} into {@code output}, resuming an interrupted run of the same job when
     * its journal is there.
     *
     * @param pages    the pages, in a deterministic order; walked on the calling thread
     * @param output   where to write
     * @param jobKey   what identifies the job's inputs (the input paths as given): a journal of another job is
     *                 never resumed
     * @param progress hears about progress
     * @return the summary, also written to {@link BatchOutput#summary()}
     * @throws IOException           when an output file cannot be written (pages are never the cause)
     * @throws IllegalStateException when the journal beside the output belongs to another job
     */
    public BatchSummary run(Iterator<PageInput> pages, BatchOutput output, String jobKey, ProgressListener progress)
            throws IOException {
        Objects.requireNonNull(pages, "pages must not be null");
        Objects.requireNonNull(output, "output must not be null");
        Objects.requireNonNull(jobKey, "jobKey must not be null");
        Objects.requireNonNull(progress, "progress must not be null");
        return new Run(pages, output, fingerprint(jobKey, output), progress).execute();
    }

    private String fingerprint(String jobKey, BatchOutput output) {
        String settings = String.join("\n", jobKey, "ordered=" + ordered, "dedupe=" + dedupe.map(Enum::name)
                .orElse("off"), "gzip=" + output.gzip(), "shard=" + output.shardSize(), "max=" + maxPageBytes);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(settings.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** A page on its way: its place in the stream and its outcome to come. */
    private record Task(long seq, String source, CompletableFuture<PageOutcome> outcome) {
    }

    /** One run: the reader (the calling thread), the pool, and the writer thread. */
    private final class Run {
        private final Iterator<PageInput> pages;
        private final BatchOutput output;
        private final String fingerprint;
        private final ProgressListener listener;
        private final ObjectWriter json = GleanerJson.writer();
        private final long start = System.nanoTime();
        private final int window = threads * queuePerThread;
        private final Semaphore inFlight = new Semaphore(window);
        private final BlockingQueue<Task> toWrite = new ArrayBlockingQueue<>(window + 1);
        private final AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
        private final Map<String, AtomicLong> counts = new java.util.concurrent.ConcurrentHashMap<>();
        private final List<Long> doneSinceCommit = new ArrayList<>();
        private final List<Long> keysSinceCommit = new ArrayList<>();
        private Set<Long> keys = new HashSet<>();
        private BitSet done = new BitSet();
        private long resumed;
        private long lastCommit = System.nanoTime();
        private @Nullable Journal journal;
        private @Nullable OutputFiles files;

        Run(Iterator<PageInput> pages, BatchOutput output, String fingerprint, ProgressListener listener) {
            this.pages = pages;
            this.output = output;
            this.fingerprint = fingerprint;
            this.listener = listener;
            for (String name : List.of(PAGES, PAGES_WITH_POSTS, POSTS, ERRORS, DUPLICATES, SKIPPED)) {
                counts.put(name, new AtomicLong());
            }
        }

        BatchSummary execute() throws IOException {
            open();
            PageConverter converter = new PageConverter(gleaner, maxPageBytes);
            Thread writer = new Thread(this::writeLoop, "gleaner-batch-writer");
            writer.setDaemon(true);
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "gleaner-batch-progress");
                t.setDaemon(true);
                return t;
            });
            long timedOut;
            try (WorkerPool<PageInput, PageOutcome> pool = new WorkerPool<>(threads, pageTimeout,
                    converter::convert, this::timedOut)) {
                writer.start();
                long interval = progressInterval.toMillis();
                ticker.scheduleAtFixedRate(() -> listener.progress(snapshot()), interval, interval,
                        TimeUnit.MILLISECONDS);
                read(pool);
                toWrite.put(new Task(-1, "", CompletableFuture.completedFuture(
                        PageOutcome.failed("", FailureReason.NO_POST, "end"))));
                writer.join();
                timedOut = pool.timedOut();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure.compareAndSet(null, e);
                timedOut = 0;
            } finally {
                ticker.shutdownNow();
            }
            Throwable failed = failure.get();
            if (failed != null) {
                closeQuietly();
                if (failed instanceof IOException io) {
                    throw io;
                }
                if (failed instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IOException("the batch was interrupted", failed);
            }
            return finish(timedOut);
        }

        private void open() throws IOException {
            Files.createDirectories(output.journal().toAbsolutePath().getParent());
            Optional<Journal.Resumed> previous = Journal.load(output.journal(), fingerprint);
            if (previous.isPresent()) {
                Journal.Resumed state = previous.get();
                done = state.done();
                keys = state.keys();
                resumed = done.cardinality();
                state.checkpoint().counts().forEach((name, value) ->
                        counts.computeIfAbsent(name, n -> new AtomicLong()).set(value));
                counts.get(SKIPPED).set(0); // skipped records are counted again as the stream is walked again
                files = OutputFiles.resume(output, state.checkpoint());
                journal = Journal.reopen(output.journal(), state);
            } else {
                files = OutputFiles.start(output);
                journal = Journal.create(output.journal(), fingerprint);
            }
        }

        /** The reader: walks the stream, skips what an earlier run committed, hands the rest to the pool. */
        private void read(WorkerPool<PageInput, PageOutcome> pool) throws InterruptedException {
            long seq = 0;
            while (failure.get() == null) {
                PageInput page;
                try {
                    if (!pages.hasNext()) {
                        break;
                    }
                    page = pages.next();
                } catch (UncheckedIOException e) {
                    failure.compareAndSet(null, e.getCause());
                    break;
                }
                long current = seq++;
                if (current < Integer.MAX_VALUE && done.get((int) current)) {
                    continue;
                }
                inFlight.acquire();
                CompletableFuture<PageOutcome> outcome = pool.submit(page);
                Task task = new Task(current, page.source(), outcome);
                if (ordered) {
                    toWrite.put(task);
                } else {
                    outcome.whenComplete((result, error) -> toWrite.add(task));
                }
            }
            inFlight.acquire(window); // every page handed out has been written
            inFlight.release(window);
        }

        private PageOutcome timedOut(PageInput page) {
            return PageOutcome.failed(page.source(), FailureReason.TIMED_OUT, "extraction took longer than "
                    + pageTimeout.toMillis() + " ms");
        }

        /** The writer: writes outcomes as they come, commits now and then. */
        private void writeLoop() {
            try {
                while (true) {
                    Task task = toWrite.take();
                    if (task.seq() < 0) {
                        break;
                    }
                    try {
                        if (failure.get() == null) {
                            write(task);
                        }
                    } catch (IOException | RuntimeException e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        inFlight.release();
                    }
                }
                if (failure.get() == null) {
                    commit();
                }
            } catch (InterruptedException e) {
                failure.compareAndSet(null, e);
            } catch (IOException | RuntimeException e) {
                failure.compareAndSet(null, e);
            }
        }

        private void write(Task task) throws IOException {
            PageOutcome outcome;
            try {
                outcome = task.outcome().join();
            } catch (RuntimeException e) {
                outcome = PageOutcome.failed(task.source(), FailureReason.EXTRACTION_FAILED, e.toString());
            }
            OutputFiles out = Objects.requireNonNull(files);
            if (outcome.error().isEmpty()) {
                List<String> lines = new ArrayList<>(outcome.posts().size());
                List<Long> newKeys = new ArrayList<>();
                long duplicates = 0;
                Optional<PageError> unwritable = Optional.empty();
                for (Post post : outcome.posts()) {
                    if (dedupe.isPresent()) {
                        long key = dedupe.get().key(post);
                        if (keys.contains(key) || newKeys.contains(key)) {
                            duplicates++;
                            continue;
                        }
                        newKeys.add(key);
                    }
                    try {
                        lines.add(json.writeValueAsString(post));
                    } catch (JsonProcessingException e) {
                        unwritable = Optional.of(PageError.of(task.source(), FailureReason.EXTRACTION_FAILED,
                                "a post could not be written as JSON: " + e.getOriginalMessage()));
                        break;
                    }
                }
                if (unwritable.isPresent()) {
                    writeError(out, unwritable.get());
                } else if (lines.isEmpty()) {
                    count(DUPLICATES, duplicates);
                    writeError(out, PageError.of(task.source(), FailureReason.DUPLICATE, "all " + duplicates
                            + " posts already written from other pages"));
                } else {
                    if (out.shardFull()) {
                        commit();
                        out.roll();
                        commit();
                    }
                    out.writePosts(lines);
                    keys.addAll(newKeys);
                    keysSinceCommit.addAll(newKeys);
                    count(DUPLICATES, duplicates);
                    count(POSTS, lines.size());
                    count(PAGES_WITH_POSTS, 1);
                    count(PAGES, 1);
                }
            } else {
                writeError(out, outcome.error().get());
            }
            doneSinceCommit.add(task.seq());
            if (doneSinceCommit.size() >= checkpointPages
                    || System.nanoTime() - lastCommit >= checkpointInterval.toNanos()) {
                commit();
            }
        }

        private void writeError(OutputFiles out, PageError error) throws IOException {
            out.writeError(json.writeValueAsString(error));
            count(ERRORS, 1);
            count(REASON_PREFIX + error.reason(), 1);
            count(PAGES, 1);
        }

        private void count(String name, long delta) {
            counts.computeIfAbsent(name, n -> new AtomicLong()).addAndGet(delta);
        }

        private void commit() throws IOException {
            Map<String, Long> values = new HashMap<>();
            counts.forEach((name, value) -> values.put(name, value.get()));
            Checkpoint checkpoint = Objects.requireNonNull(files).commit(values);
            Objects.requireNonNull(journal).commit(checkpoint,
                    doneSinceCommit.stream().mapToLong(Long::longValue).toArray(),
                    keysSinceCommit.stream().mapToLong(Long::longValue).toArray());
            doneSinceCommit.clear();
            keysSinceCommit.clear();
            lastCommit = System.nanoTime();
        }

        private BatchProgress snapshot() {
            return new BatchProgress(counts.get(PAGES).get(), counts.get(POSTS).get(), counts.get(ERRORS).get(),
                    resumed, Duration.ofNanos(System.nanoTime() - start));
        }

        private BatchSummary finish(long timedOut) throws IOException {
            listener.progress(snapshot());
            List<Path> written = Objects.requireNonNull(files).finish();
            Objects.requireNonNull(journal).close();
            Map<String, Long> reasons = new HashMap<>();
            counts.forEach((name, value) -> {
                if (name.startsWith(REASON_PREFIX) && value.get() > 0) {
                    reasons.put(name.substring(REASON_PREFIX.length()), value.get());
                }
            });
            BatchProgress last = snapshot();
            long skipped = pages instanceof dev.gleaner.batch.input.PageSource source ? source.skipped() : 0;
            BatchSummary summary = new BatchSummary(last.pages(), counts.get(PAGES_WITH_POSTS).get(), last.posts(),
                    last.errors(), reasons, counts.get(DUPLICATES).get(), skipped, resumed, timedOut, threads,
                    last.elapsed().toNanos() / 1e9, last.pagesPerSecond(), BatchSummary.names(written),
                    output.errors().toString());
            writeSummary(summary);
            Files.deleteIfExists(output.journal());
            return summary;
        }

        private void writeSummary(BatchSummary summary) throws IOException {
            Path target = output.summary();
            Path partial = BatchOutput.partial(target);
            Files.writeString(partial, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(summary) + "\n", StandardCharsets.UTF_8);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }

        private void closeQuietly() {
            OutputFiles out = files;
            if (out != null) {
                out.close();
            }
            Journal open = journal;
            if (open != null) {
                try {
                    open.close();
                } catch (IOException e) {
                    // the run already failed; its journal stays for a resume
                }
            }
        }
    }

    /**
     * Configures a {@link BatchConverter}. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private final Gleaner gleaner;
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean ordered;
        private Duration pageTimeout = DEFAULT_PAGE_TIMEOUT;
        private long maxPageBytes = InputOptions.DEFAULT_MAX_PAGE_BYTES;
        private int queuePerThread = DEFAULT_QUEUE_PER_THREAD;
        private Optional<DedupeMode> dedupe = Optional.empty();
        private int checkpointPages = DEFAULT_CHECKPOINT_PAGES;
        private Duration checkpointInterval = DEFAULT_CHECKPOINT_INTERVAL;
        private Duration progressInterval = DEFAULT_PROGRESS_INTERVAL;

        private Builder(Gleaner gleaner) {
            this.gleaner = Objects.requireNonNull(gleaner, "gleaner must not be null");
        }

        /** Worker threads (default: the number of processors). */
        public Builder threads(int value) {
            requireTrue(value >= 1, "threads must be at least 1, was " + value);
            threads = value;
            return this;
        }

        /** Write pages in stream order (default: completion order). */
        public Builder ordered(boolean value) {
            ordered = value;
            return this;
        }

        /** Longest one page may take to convert; {@link Duration#ZERO} for no limit. */
        public Builder pageTimeout(Duration value) {
            Objects.requireNonNull(value, "pageTimeout must not be null");
            requireTrue(!value.isNegative(), "pageTimeout must not be negative, was " + value);
            pageTimeout = value;
            return this;
        }

        /** Largest page file read, in bytes (pages inside archives are limited by {@link InputOptions}). */
        public Builder maxPageBytes(long value) {
            requireTrue(value >= 1, "maxPageBytes must be positive, was " + value);
            maxPageBytes = value;
            return this;
        }

        /** Pages in flight per worker thread (default {@value #DEFAULT_QUEUE_PER_THREAD}). */
        public Builder queuePerThread(int value) {
            requireTrue(value >= 1, "queuePerThread must be at least 1, was " + value);
            queuePerThread = value;
            return this;
        }

        /** Collapse repeated posts (default: off). */
        public Builder dedupe(Optional<DedupeMode> value) {
            dedupe = Objects.requireNonNull(value, "dedupe must not be null");
            return this;
        }

        /** Pages between commits (default {@value #DEFAULT_CHECKPOINT_PAGES}). */
        public Builder checkpointPages(int value) {
            requireTrue(value >= 1, "checkpointPages must be at least 1, was " + value);
            checkpointPages = value;
            return this;
        }

        /** Longest time between commits. */
        public Builder checkpointInterval(Duration value) {
            Objects.requireNonNull(value, "checkpointInterval must not be null");
            requireTrue(!value.isNegative(), "checkpointInterval must not be negative, was " + value);
            checkpointInterval = value;
            return this;
        }

        /** Time between progress reports. */
        public Builder progressInterval(Duration value) {
            Objects.requireNonNull(value, "progressInterval must not be null");
            requireTrue(value.toMillis() >= 1, "progressInterval must be at least 1 ms, was " + value);
            progressInterval = value;
            return this;
        }

        /** The configured converter. */
        public BatchConverter build() {
            return new BatchConverter(this);
        }

        private static void requireTrue(boolean condition, String message) {
            if (!condition) {
                throw new IllegalArgumentException(message);
            }
        }
    }
}
