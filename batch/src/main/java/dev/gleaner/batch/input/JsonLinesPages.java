package dev.gleaner.batch.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * The pages of a JSON Lines file of {@code {"url": URL, "html": PAGE}} objects, one per line (other fields are
 * ignored; blank lines are skipped), as crawlers write them. A page's source is its URL, or {@code file:LINE} when
 * it has none; a line that is not such an object is an unreadable input; a line too long to hold a page within the
 * size limit is a too-large input and is never held whole.
 */
final class JsonLinesPages extends ContainerReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String URL_FIELD = "url";
    private static final String HTML_FIELD = "html";
    private static final String LINE_SEPARATOR = ":";
    /**
     * Most characters of JSON a page of the size limit can take: escaping ({@code \"}, {@code \n}, {@code \u00e9})
     * lengthens real pages by a few percent; twice the byte limit leaves room for the worst of them.
     */
    private static final int JSON_CHARS_PER_PAGE_BYTE = 2;
    private static final int NOT_FOUND = -1;

    private final Path file;
    private final InputOptions options;
    private @Nullable BufferedReader reader;
    private long line;

    JsonLinesPages(Path file, InputOptions options) {
        super(file.toString());
        this.file = file;
        this.options = options;
    }

    @Override
    void open() throws IOException {
        ExpansionGuard guard = new ExpansionGuard(name(), options);
        InputStream in = new BufferedInputStream(guard.countCompressed(Files.newInputStream(file)));
        try {
            if (InputKind.isGzip(file.toString())) {
                in = guard.countExpanded(new GZIPInputStream(in));
            }
        } catch (IOException e) {
            in.close();
            throw e;
        }
        reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    @Override
    @Nullable PageInput read() throws IOException {
        BufferedReader in = reader;
        if (in == null) {
            return null;
        }
        long maxChars = Math.min(options.maxPageBytes() * JSON_CHARS_PER_PAGE_BYTE, InputOptions.MAX_ARRAY_BYTES);
        while (true) {
            StringBuilder text = new StringBuilder();
            int length = readLine(in, text, maxChars);
            if (length == NOT_FOUND) {
                return null;
            }
            line++;
            String where = name() + LINE_SEPARATOR + line;
            if (length > maxChars) {
                return new PageInput(where, Optional.empty(), Optional.empty(), Optional.empty(),
                        BoundedRead.tooLarge("a line of more than " + maxChars + " characters",
                                options.maxPageBytes()));
            }
            if (text.toString().isBlank()) {
                continue;
            }
            return parse(text.toString(), where);
        }
    }

    private PageInput parse(String text, String where) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return PageInput.unreadable(where, "not a JSON object: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return PageInput.unreadable(where, "not a JSON object");
        }
        JsonNode html = node.get(HTML_FIELD);
        JsonNode url = node.get(URL_FIELD);
        Optional<String> pageUrl = url != null && url.isTextual() && !url.asText().isBlank()
                ? Optional.of(url.asText().trim()) : Optional.empty();
        String source = pageUrl.orElse(where);
        if (html == null || !html.isTextual()) {
            return PageInput.unreadable(source, "line " + line + " has no '" + HTML_FIELD + "' string");
        }
        byte[] bytes = html.asText().getBytes(StandardCharsets.UTF_8);
        PageContent content = bytes.length > options.maxPageBytes()
                ? BoundedRead.tooLarge(bytes.length + " bytes", options.maxPageBytes())
                : new PageContent.InMemory(bytes);
        return new PageInput(source, pageUrl, Optional.of("text/html; charset=UTF-8"), Optional.empty(), content);
    }

    /**
     * Reads one line into {@code text}, keeping at most {@code maxChars} characters of it; returns its full length,
     * or {@link #NOT_FOUND} at the end of the file.
     */
    private static int readLine(BufferedReader in, StringBuilder text, long maxChars) throws IOException {
        int length = 0;
        int c = in.read();
        if (c < 0) {
            return NOT_FOUND;
        }
        while (c >= 0 && c != '\n') {
            if (length < maxChars) {
                text.append((char) c);
            }
            if (length < Integer.MAX_VALUE) {
                length++;
            }
            c = in.read();
        }
        if (length <= maxChars && text.length() > 0 && text.charAt(text.length() - 1) == '\r') {
            text.setLength(text.length() - 1);
        }
        return length;
    }

    @Override
    String position() {
        return name() + LINE_SEPARATOR + (line + 1);
    }

    @Override
    public void close() throws IOException {
        BufferedReader in = reader;
        reader = null;
        if (in != null) {
            in.close();
        }
    }
}
