package dev.gleaner.batch.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A fixed number of worker threads with a per-task time limit. A task that runs past the limit is completed with
 * the timeout result at once, its thread is interrupted and left to finish on its own (Java cannot stop a thread
 * safely), and a fresh worker takes its place, so one pathological page never holds a slot. The queue is not
 * bounded here: the caller bounds how many tasks are in flight. Threads are daemons, named
 * {@code gleaner-batch-N}.
 *
 * @param <T> the task
 * @param <R> its result
 */
public final class WorkerPool<T, R> implements AutoCloseable {
    /** How often the watchdog looks for tasks past their limit, at most. */
    private static final long MAX_TICK_MILLIS = 200;
    private static final long MIN_TICK_MILLIS = 5;
    private static final long POLL_MILLIS = 100;

    private final Function<T, R> work;
    private final Function<T, R> onTimeout;
    private final long limitNanos;
    private final BlockingQueue<Job<T, R>> queue = new LinkedBlockingQueue<>();
    private final Set<Job<T, R>> running = ConcurrentHashMap.newKeySet();
    private final AtomicInteger names = new AtomicInteger();
    private final AtomicLong abandoned = new AtomicLong();
    private final @Nullable Thread watchdog;
    private volatile boolean closed;

    private static final class Job<T, R> {
        final T task;
        final CompletableFuture<R> result = new CompletableFuture<>();
        volatile long started;
        volatile @Nullable Thread thread;

        Job(T task) {
            this.task = task;
        }
    }

    /**
     * @param threads   workers, at least 1
     * @param timeLimit longest a task may run; {@link Duration#ZERO} for no limit
     * @param work      runs a task; must not throw (a thrown exception completes the future exceptionally)
     * @param onTimeout the result of a task that ran out of time
     */
    public WorkerPool(int threads, Duration timeLimit, Function<T, R> work, Function<T, R> onTimeout) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        Objects.requireNonNull(timeLimit, "timeLimit must not be null");
        if (timeLimit.isNegative()) {
            throw new IllegalArgumentException("timeLimit must not be negative, was " + timeLimit);
        }
        this.work = Objects.requireNonNull(work, "work must not be null");
        this.onTimeout = Objects.requireNonNull(onTimeout, "onTimeout must not be null");
        this.limitNanos = timeLimit.toNanos();
        for (int i = 0; i < threads; i++) {
            startWorker();
        }
        if (limitNanos > 0) {
            long tick = Math.max(MIN_TICK_MILLIS, Math.min(MAX_TICK_MILLIS, timeLimit.toMillis() / 4));
            Thread dog = new Thread(() -> watch(tick), "gleaner-batch-watchdog");
            dog.setDaemon(true);
            dog.start();
            watchdog = dog;
        } else {
            watchdog = null;
        }
    }

    /** Queues {@code task}; the future completes with its result (or the timeout result). */
    public CompletableFuture<R> submit(T task) {
        if (closed) {
            throw new IllegalStateException("the pool is closed");
        }
        Job<T, R> job = new Job<>(task);
        queue.add(job);
        return job.result;
    }

    /** Tasks that ran out of time so far (their threads were abandoned). */
    public long timedOut() {
        return abandoned.get();
    }

    private void startWorker() {
        Thread thread = new Thread(this::workLoop, "gleaner-batch-" + names.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
    }

    private void workLoop() {
        while (!closed || !queue.isEmpty()) {
            Job<T, R> job;
            try {
                job = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                continue; // a stale interrupt meant for a task this thread no longer runs
            }
            if (job == null) {
                continue;
            }
            job.thread = Thread.currentThread();
            job.started = System.nanoTime();
            running.add(job);
            boolean mine;
            try {
                R result = work.apply(job.task);
                running.remove(job);
                mine = job.result.complete(result);
            } catch (RuntimeException | Error e) {
                running.remove(job);
                mine = job.result.completeExceptionally(e);
            }
            if (!mine) {
                return; // timed out: a replacement worker already runs in this one's place
            }
            Thread.interrupted(); // clear an interrupt that arrived after the task finished
        }
    }

    private void watch(long tickMillis) {
        while (!closed) {
            try {
                Thread.sleep(tickMillis);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (Job<T, R> job : running) {
                if (now - job.started > limitNanos && job.result.complete(onTimeout.apply(job.task))) {
                    running.remove(job);
                    abandoned.incrementAndGet();
                    Thread thread = job.thread;
                    if (thread != null) {
                        thread.interrupt();
                    }
                    startWorker();
                }
            }
        }
    }

    /** Lets the workers finish the queued tasks and stop. Does not wait for them. */
    @Override
    public void close() {
        closed = true;
        Thread dog = watchdog;
        if (dog != null) {
            dog.interrupt();
        }
    }
}
