package dev.gleaner.batch.input;

import java.io.Closeable;
import java.io.IOException;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * Walks the pages of one container file (archive, WARC, JSON Lines) in file order. Never throws while walking: a
 * container that cannot be opened, or that breaks in the middle (truncated, corrupt), yields one unreadable input
 * for the part that was lost and then ends, so every readable page before the break is still converted and the
 * break itself is accounted for.
 */
abstract class ContainerReader implements Closeable {
    private final String name;
    private boolean opened;
    private boolean finished;
    private @Nullable PageInput pending;

    /** Pages (records, entries) passed over because they are not pages: directories, images, redirects. */
    private long skipped;

    /** @param name the container's path as given, the prefix of its pages' sources */
    ContainerReader(String name) {
        this.name = name;
    }

    /** The container's name. */
    final String name() {
        return name;
    }

    /** Counts one entry or record passed over. */
    final void skip() {
        skipped++;
    }

    /** Entries or records passed over so far. */
    final long skipped() {
        return skipped;
    }

    /** Opens the container (called once, before the first {@link #read()}). */
    abstract void open() throws IOException;

    /** The next page, or null at the end. May throw on a broken container. */
    abstract @Nullable PageInput read() throws IOException;

    /** Where the reader is, for the source of an unreadable part ({@code name!/entry}, {@code name#offset}). */
    abstract String position();

    final boolean hasNext() {
        if (pending == null && !finished) {
            pending = advance();
        }
        return pending != null;
    }

    final PageInput next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        PageInput next = pending;
        pending = null;
        return next;
    }

    private @Nullable PageInput advance() {
        try {
            if (!opened) {
                opened = true;
                open();
            }
            PageInput next = read();
            if (next == null) {
                finished = true;
                closeQuietly();
            }
            return next;
        } catch (IOException | RuntimeException e) {
            finished = true;
            String where = position();
            closeQuietly();
            return PageInput.unreadable(where, BoundedRead.describe(e));
        }
    }

    final void closeQuietly() {
        try {
            close();
        } catch (IOException | RuntimeException e) {
            // nothing more can be read from it either way
        }
    }
}
