package dev.gleaner.batch.input;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Walks a directory lazily, depth first, each directory's entries sorted by name, so the same tree always gives
 * the same order and only the directories on the current path are held in memory. Symbolic links are followed; a
 * link back to a directory on the current path (a loop) is reported as a warning and not entered again.
 */
final class FileTree {

    /**
     * A file found, or a directory that could not be listed.
     *
     * @param path  the file or directory
     * @param error why the directory could not be listed, or null for a file
     */
    record Found(Path path, @Nullable String error) {
    }

    private final Path root;
    private final PathFilter filter;
    private final Consumer<String> warnings;
    private final Deque<Level> stack = new ArrayDeque<>();
    private final Set<Object> onPath = new HashSet<>();
    private final Deque<Found> ready = new ArrayDeque<>();

    private record Level(Iterator<Path> entries, @Nullable Object key) {
    }

    FileTree(Path root, PathFilter filter, Consumer<String> warnings) {
        this.root = root;
        this.filter = filter;
        this.warnings = warnings;
        enter(root);
    }

    /** The next file the filter accepts (or unlistable directory), or null when the walk is over. */
    @Nullable Found next() {
        while (ready.isEmpty() && !stack.isEmpty()) {
            Level level = stack.peek();
            if (!level.entries().hasNext()) {
                stack.pop();
                if (level.key() != null) {
                    onPath.remove(level.key());
                }
                continue;
            }
            Path entry = level.entries().next();
            if (Files.isDirectory(entry)) {
                enter(entry);
            } else if (Files.isRegularFile(entry) && filter.accepts(relative(entry))) {
                ready.add(new Found(entry, null));
            }
        }
        return ready.poll();
    }

    private void enter(Path directory) {
        Object key;
        try {
            key = Files.readAttributes(directory, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            ready.add(new Found(directory, BoundedRead.describe(e)));
            return;
        }
        if (key != null && onPath.contains(key)) {
            warnings.accept("symbolic link loop not followed: " + directory);
            return;
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(directory)) {
            listing.forEach(entries::add);
        } catch (IOException | RuntimeException e) {
            ready.add(new Found(directory, e instanceof IOException io ? BoundedRead.describe(io)
                    : e.toString()));
            return;
        }
        entries.sort((a, b) -> String.valueOf(a.getFileName()).compareTo(String.valueOf(b.getFileName())));
        if (key != null) {
            onPath.add(key);
        }
        stack.push(new Level(entries.iterator(), key));
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
