package dev.gleaner.samples.convert;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the pages to convert. A file named as an input is taken whatever its name; a directory is searched
 * recursively for files ending in one of {@link #PAGE_SUFFIXES} (case-insensitive), in path order, so the same
 * inputs always give the same list. A missing input or an unreadable directory becomes an
 * {@link FailureReason#UNREADABLE} error instead of stopping the scan. Symbolic links are followed (a link loop is
 * reported as unreadable). A page reached twice is listed once.
 */
public final class InputCollector {

    /** File name endings of pages inside directories. */
    public static final List<String> PAGE_SUFFIXES = List.of(".html", ".htm", ".html.gz", ".htm.gz");

    private InputCollector() {
    }

    /** The pages under {@code inputs}, inputs in the order given and each directory's pages sorted by path. */
    public static InputScan collect(List<Path> inputs) {
        Objects.requireNonNull(inputs, "inputs must not be null");
        Set<Path> pages = new LinkedHashSet<>();
        List<ConversionError> unreadable = new ArrayList<>();
        for (Path input : inputs) {
            Objects.requireNonNull(input, "an input must not be null");
            if (Files.isDirectory(input)) {
                scanDirectory(input, pages, unreadable);
            } else if (Files.exists(input)) {
                pages.add(input.normalize());
            } else {
                unreadable.add(ConversionError.of(input.toString(), FailureReason.UNREADABLE, "no such file"));
            }
        }
        return new InputScan(new ArrayList<>(pages), unreadable);
    }

    /** True when {@code file}'s name ends with one of {@link #PAGE_SUFFIXES}. */
    public static boolean isPageName(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        return PAGE_SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    private static void scanDirectory(Path directory, Set<Path> pages, List<ConversionError> unreadable) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && isPageName(file)) {
                        found.add(file.normalize());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    unreadable.add(ConversionError.of(file.toString(), FailureReason.UNREADABLE, describe(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            unreadable.add(ConversionError.of(directory.toString(), FailureReason.UNREADABLE, describe(e)));
        }
        found.sort(Comparator.comparing(Path::toString));
        pages.addAll(found);
    }

    static String describe(IOException e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
