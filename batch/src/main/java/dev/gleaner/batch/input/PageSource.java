package dev.gleaner.batch.input;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The pages under a list of inputs, as one lazy stream in a deterministic order: inputs in the order given; a
 * directory's files depth first, sorted by name, filtered by the {@link PathFilter}; a container's pages in file
 * order. A file named as an input is taken whatever its name, its kind decided by {@link InputKind}. Every input
 * that cannot be read becomes an unreadable {@link PageInput} instead of an exception, so that every input is
 * accounted for. Not thread-safe: one consumer walks it, and closes it (closing the open container, if any).
 *
 * <pre>{@code
 * try (PageSource pages = PageSource.of(List.of(Path.of("crawl.warc.gz"), Path.of("saved/")),
 *         InputOptions.defaults(), System.err::println)) {
 *     pages.stream().forEach(page -> ...);
 * }
 * }</pre>
 */
public final class PageSource implements Iterator<PageInput>, Closeable {
    private static final String NO_SUCH_FILE = "no such file or directory";

    private final Iterator<Path> roots;
    private final InputOptions options;
    private final Consumer<String> warnings;
    private @Nullable FileTree tree;
    private @Nullable ContainerReader container;
    private @Nullable PageInput pending;
    private long skipped;

    private PageSource(Iterator<Path> roots, InputOptions options, Consumer<String> warnings) {
        this.roots = roots;
        this.options = options;
        this.warnings = warnings;
    }

    /**
     * The pages under {@code roots}, which may itself be lazy (a path list read from standard input).
     *
     * @param warnings receives notes that are not page errors (a symbolic link loop not followed)
     */
    public static PageSource of(Iterator<Path> roots, InputOptions options, Consumer<String> warnings) {
        return new PageSource(Objects.requireNonNull(roots, "roots must not be null"),
                Objects.requireNonNull(options, "options must not be null"),
                Objects.requireNonNull(warnings, "warnings must not be null"));
    }

    /** The pages under {@code roots}. */
    public static PageSource of(Iterable<Path> roots, InputOptions options, Consumer<String> warnings) {
        return of(Objects.requireNonNull(roots, "roots must not be null").iterator(), options, warnings);
    }

    /**
     * Paths read lazily from {@code lines}, one per line (blank lines and lines starting with {@code #} are
     * skipped), for {@code find ... | gleaner convert -}.
     */
    public static Iterator<Path> pathList(BufferedReader lines) {
        Objects.requireNonNull(lines, "lines must not be null");
        return new Iterator<>() {
            private @Nullable String next;

            @Override
            public boolean hasNext() {
                try {
                    while (next == null) {
                        String line = lines.readLine();
                        if (line == null) {
                            return false;
                        }
                        String trimmed = line.strip();
                        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                            next = trimmed;
                        }
                    }
                    return true;
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the list of paths", e);
                }
            }

            @Override
            public Path next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String path = next;
                next = null;
                try {
                    return Path.of(path);
                } catch (InvalidPathException e) {
                    return Path.of(path.replace('\0', '?'));
                }
            }
        };
    }

    /** This source as a sequential stream; closing the stream closes the source. */
    public Stream<PageInput> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED
                | Spliterator.NONNULL), false).onClose(this::close);
    }

    /** Records and entries passed over so far because they are not pages (see {@link WarcPages}). */
    public long skipped() {
        ContainerReader open = container;
        return skipped + (open == null ? 0 : open.skipped());
    }

    @Override
    public boolean hasNext() {
        if (pending == null) {
            pending = advance();
        }
        return pending != null;
    }

    @Override
    public PageInput next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        PageInput next = pending;
        pending = null;
        return next;
    }

    private @Nullable PageInput advance() {
        while (true) {
            ContainerReader open = container;
            if (open != null) {
                if (open.hasNext()) {
                    return open.next();
                }
                skipped += open.skipped();
                open.closeQuietly();
                container = null;
                continue;
            }
            FileTree walk = tree;
            if (walk != null) {
                FileTree.Found found = walk.next();
                if (found == null) {
                    tree = null;
                    continue;
                }
                if (found.error() != null) {
                    return PageInput.unreadable(found.path().toString(), found.error());
                }
                PageInput page = file(found.path());
                if (page != null) {
                    return page;
                }
                continue;
            }
            if (!roots.hasNext()) {
                return null;
            }
            Path root = roots.next();
            Objects.requireNonNull(root, "an input path must not be null");
            if (Files.isDirectory(root)) {
                tree = new FileTree(root, options.filter(), warnings);
            } else if (Files.exists(root)) {
                PageInput page = file(root);
                if (page != null) {
                    return page;
                }
            } else {
                return PageInput.unreadable(root.toString(), NO_SUCH_FILE);
            }
        }
    }

    /** A page file as an input, or null after opening a container (its pages follow). */
    private @Nullable PageInput file(Path file) {
        Path name = file.getFileName();
        String fileName = name == null ? file.toString() : name.toString();
        switch (InputKind.of(fileName)) {
            case WARC:
                container = new WarcPages(file, options);
                return null;
            case ZIP:
                container = new ZipPages(file, options);
                return null;
            case TAR:
                container = new TarPages(file, options);
                return null;
            case JSON_LINES:
                container = new JsonLinesPages(file, options);
                return null;
            default:
                return PageInput.file(file.toString(), new PageContent.InFile(file, InputKind.isGzip(fileName)));
        }
    }

    @Override
    public void close() {
        ContainerReader open = container;
        container = null;
        if (open != null) {
            open.closeQuietly();
        }
        tree = null;
    }
}
