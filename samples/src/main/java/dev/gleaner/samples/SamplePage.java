package dev.gleaner.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * One bundled sample page: a class-path resource and the URL it was saved from.
 *
 * @param fileName the file name under {@value SamplePages#PAGES_DIRECTORY}
 * @param url      the URL the page was saved from
 */
public record SamplePage(String fileName, String url) {
    public SamplePage {
        Objects.requireNonNull(fileName, "fileName must not be null");
        Objects.requireNonNull(url, "url must not be null");
        if (fileName.isBlank()) {
            throw new IllegalArgumentException("fileName must not be blank");
        }
    }

    /** The class-path resource name of the page. */
    public String resourceName() {
        return SamplePages.PAGES_DIRECTORY + fileName;
    }

    /**
     * The page's raw bytes, as saved (charset detection is left to Gleaner).
     *
     * @throws IllegalStateException when the index names a page that is not on the class path
     * @throws UncheckedIOException  when the resource cannot be read
     */
    public byte[] bytes() {
        try (InputStream in = SamplePage.class.getClassLoader().getResourceAsStream(resourceName())) {
            if (in == null) {
                throw new IllegalStateException("sample page listed in " + SamplePages.INDEX_RESOURCE
                        + " is missing from the class path: " + resourceName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample page " + resourceName(), e);
        }
    }
}
