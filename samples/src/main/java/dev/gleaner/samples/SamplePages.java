package dev.gleaner.samples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the index of the bundled sample pages: the class-path resource {@value #INDEX_RESOURCE}, one page per line
 * as {@code filename<TAB>url}. Blank lines and lines starting with {@code #} are ignored.
 */
public final class SamplePages {

    /** Class-path directory of the sample pages, with a trailing slash. */
    public static final String PAGES_DIRECTORY = "dev/gleaner/samples/pages/";
    /** Class-path resource listing the sample pages. */
    public static final String INDEX_RESOURCE = PAGES_DIRECTORY + "index.tsv";

    private static final String COMMENT_PREFIX = "#";
    private static final String SEPARATOR = "\t";
    private static final int COLUMNS = 2;

    private SamplePages() {
    }

    /**
     * The bundled pages, in index order.
     *
     * @throws IllegalStateException when the index is missing or a line is not {@code filename<TAB>url}
     */
    public static List<SamplePage> list() {
        try (InputStream in = SamplePages.class.getClassLoader().getResourceAsStream(INDEX_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no sample index on the class path: " + INDEX_RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX_RESOURCE, e);
        }
    }

    static List<SamplePage> parse(BufferedReader reader) throws IOException {
        List<SamplePage> pages = new ArrayList<>();
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith(COMMENT_PREFIX)) {
                continue;
            }
            String[] columns = trimmed.split(SEPARATOR, -1);
            if (columns.length != COLUMNS || columns[0].isBlank() || columns[1].isBlank()) {
                throw new IllegalStateException(INDEX_RESOURCE + " line " + lineNumber
                        + ": expected 'filename<TAB>url', found '" + line + "'");
            }
            pages.add(new SamplePage(columns[0].strip(), columns[1].strip()));
        }
        return List.copyOf(pages);
    }
}
