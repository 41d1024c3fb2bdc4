package dev.gleaner.json;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.gleaner.internal.Validate;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes values as JSON Lines: one compact JSON document per line, {@code \n}-terminated. Safe to share between
 * threads: each line is written whole. Closing it closes the underlying writer.
 */
public final class JsonLinesWriter implements Closeable, Flushable {
    private final Writer out;
    private final ObjectWriter json = GleanerJson.writer();
    private long lines;

    /** Writes to {@code out}, which should be buffered and UTF-8. */
    public JsonLinesWriter(Writer out) {
        this.out = Validate.notNull(out, "out");
    }

    /** Writes {@code value} as one line. */
    public synchronized void write(Object value) throws IOException {
        Validate.notNull(value, "value");
        out.write(json.writeValueAsString(value));
        out.write('\n');
        lines++;
    }

    /** How many lines were written. */
    public synchronized long lines() {
        return lines;
    }

    @Override
    public synchronized void flush() throws IOException {
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
