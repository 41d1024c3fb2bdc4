package dev.gleaner.samples.convert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.gleaner.json.GleanerJson;
import dev.gleaner.model.Post;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes each {@link PageOutcome} to exactly one of two JSON Lines files: its posts, one compact JSON line each
 * and kept together, to the posts file; or its single error line to the errors file. A page's posts are
 * serialised before anything is written, so a post that cannot be serialised turns the whole page into an error
 * line instead of leaving it half in each file. Thread-safe: outcomes are written whole, in the order they arrive,
 * and counted.
 */
public final class ConversionSink {
    private static final char NEWLINE = '\n';

    private final ObjectWriter json = GleanerJson.writer();
    private final Writer posts;
    private final Writer errors;
    private long pageCount;
    private long postCount;
    private long errorCount;
    private long unreadableCount;

    /**
     * Writes posts to {@code posts} and errors to {@code errors} (both should be buffered UTF-8 writers);
     * closing them stays with the caller.
     */
    public ConversionSink(Writer posts, Writer errors) {
        this.posts = Objects.requireNonNull(posts, "posts must not be null");
        this.errors = Objects.requireNonNull(errors, "errors must not be null");
    }

    /**
     * Writes one page's outcome.
     *
     * @throws IOException when an output file cannot be written
     */
    public void accept(PageOutcome outcome) throws IOException {
        Objects.requireNonNull(outcome, "outcome must not be null");
        if (outcome.error().isPresent()) {
            writeError(outcome.error().get());
            return;
        }
        List<String> lines = new ArrayList<>(outcome.posts().size());
        try {
            for (Post post : outcome.posts()) {
                lines.add(json.writeValueAsString(post));
            }
        } catch (JsonProcessingException e) {
            writeError(ConversionError.of(outcome.source(), FailureReason.EXTRACTION_FAILED,
                    "a post could not be written as JSON: " + e.getOriginalMessage()));
            return;
        }
        writePosts(lines);
    }

    private synchronized void writePosts(List<String> lines) throws IOException {
        for (String line : lines) {
            posts.write(line);
            posts.write(NEWLINE);
        }
        pageCount++;
        postCount += lines.size();
    }

    private synchronized void writeError(ConversionError error) throws IOException {
        errors.write(json.writeValueAsString(error));
        errors.write(NEWLINE);
        pageCount++;
        errorCount++;
        if (error.reason().equals(FailureReason.UNREADABLE.label())) {
            unreadableCount++;
        }
    }

    /** Flushes both files. */
    public synchronized void flush() throws IOException {
        posts.flush();
        errors.flush();
    }

    /** Pages written so far (with posts or with an error). */
    public synchronized long pages() {
        return pageCount;
    }

    /** Posts written so far. */
    public synchronized long posts() {
        return postCount;
    }

    /** Error lines written so far. */
    public synchronized long errors() {
        return errorCount;
    }

    /** Error lines whose reason is {@link FailureReason#UNREADABLE}. */
    public synchronized long unreadable() {
        return unreadableCount;
    }
}
