package dev.gleaner.samples.cli;

import dev.gleaner.batch.BatchProgress;
import dev.gleaner.batch.ProgressListener;
import dev.gleaner.batch.input.InputOptions;
import dev.gleaner.batch.input.PageSource;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;

/**
 * How {@code convert} shows progress: a progress bar with rate and ETA on a terminal (me.tongfei:progressbar, on
 * standard error), a one-line log entry per interval otherwise, or nothing. For the bar's ETA the pages are counted
 * in a background thread while the run goes on (not for a path list read from standard input, which can be read
 * once only); until then the bar shows count and rate.
 */
abstract class ProgressReport implements ProgressListener, AutoCloseable {
    /** The modes of {@code --progress}. */
    static final List<String> MODES = List.of("auto", "bar", "log", "none");

    private final PrintWriter err;

    ProgressReport(PrintWriter err) {
        this.err = err;
    }

    /** The report for {@code mode}; {@code roots} are walked once more to count pages, when given. */
    static ProgressReport choose(String mode, PrintWriter err, Optional<Iterator<Path>> roots, InputOptions options) {
        boolean terminal = System.console() != null;
        switch (mode) {
            case "none":
                return new Silent(err);
            case "log":
                return new LogLines(err);
            case "bar":
                return new Bar(err, roots, options);
            default:
                return terminal ? new Bar(err, roots, options) : new LogLines(err);
        }
    }

    @Override
    public void warning(String message) {
        synchronized (err) {
            err.println("gleaner convert: warning: " + message);
            err.flush();
        }
    }

    @Override
    public void close() {
    }

    /** No progress output (warnings still go to standard error). */
    private static final class Silent extends ProgressReport {
        Silent(PrintWriter err) {
            super(err);
        }

        @Override
        public void progress(BatchProgress progress) {
        }
    }

    /** {@code progress: pages N (posts N, errors N), R pages/s, S s} every interval. */
    private static final class LogLines extends ProgressReport {
        private final PrintWriter out;

        LogLines(PrintWriter err) {
            super(err);
            this.out = err;
        }

        @Override
        public void progress(BatchProgress progress) {
            synchronized (out) {
                out.println(String.format(Locale.ROOT, "progress: pages %d (posts %d, errors %d%s), %.1f pages/s, "
                        + "%.0f s", progress.pages(), progress.posts(), progress.errors(),
                        progress.resumed() > 0 ? ", resumed " + progress.resumed() : "",
                        progress.pagesPerSecond(), progress.elapsed().toMillis() / 1000.0));
                out.flush();
            }
        }
    }

    /** A terminal progress bar. */
    private static final class Bar extends ProgressReport {
        private final ProgressBar bar;
        private final @Nullable Thread counter;

        Bar(PrintWriter err, Optional<Iterator<Path>> roots, InputOptions options) {
            super(err);
            PrintStream stream = new PrintStream(System.err, true, StandardCharsets.UTF_8);
            this.bar = new ProgressBarBuilder().setTaskName("convert").setUnit(" pages", 1).setInitialMax(-1)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(stream))
                    .showSpeed().setUpdateIntervalMillis(500).build();
            if (roots.isPresent()) {
                Thread thread = new Thread(() -> count(roots.get(), options), "gleaner-convert-count");
                thread.setDaemon(true);
                thread.setPriority(Thread.MIN_PRIORITY);
                thread.start();
                counter = thread;
            } else {
                counter = null;
            }
        }

        private void count(Iterator<Path> roots, InputOptions options) {
            long pages = 0;
            try (PageSource source = PageSource.of(roots, options, warning -> { })) {
                while (source.hasNext() && !Thread.currentThread().isInterrupted()) {
                    source.next();
                    pages++;
                }
            } catch (RuntimeException e) {
                return; // no total: the bar shows count and rate
            }
            bar.maxHint(pages);
        }

        @Override
        public void progress(BatchProgress progress) {
            bar.stepTo(progress.pages());
            bar.setExtraMessage(String.format(Locale.ROOT, "posts %d, errors %d", progress.posts(),
                    progress.errors()));
        }

        @Override
        public void close() {
            Thread thread = counter;
            if (thread != null) {
                thread.interrupt();
            }
            bar.close();
        }
    }
}
