package dev.gleaner.samples.convert;

import java.nio.file.Path;
import java.util.List;

/**
 * The result of looking for pages under the inputs.
 *
 * @param pages      the page files to convert, in deterministic order
 * @param unreadable inputs (or directories under them) that could not be read, each as an error line
 */
public record InputScan(List<Path> pages, List<ConversionError> unreadable) {
    public InputScan {
        pages = List.copyOf(pages);
        unreadable = List.copyOf(unreadable);
    }

    /** Number of inputs: pages plus unreadable entries. */
    public int size() {
        return pages.size() + unreadable.size();
    }
}
