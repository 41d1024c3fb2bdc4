package dev.gleaner.batch.input;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The bytes of a {@link PageInput}, or why there are none. Pages in plain files are read by the worker that
 * converts them; pages inside archives, WARC and JSON Lines files are read while the archive is walked, never
 * beyond the size limit.
 */
public sealed interface PageContent {

    /**
     * A page file, read when it is converted.
     *
     * @param path the file
     * @param gzip whether the file is gzip-compressed (its name ends in {@code .gz})
     */
    record InFile(Path path, boolean gzip) implements PageContent {
        public InFile {
            Objects.requireNonNull(path, "path must not be null");
        }
    }

    /**
     * A page read into memory (an archive entry or a record). Holds the array as given, without a copy: it is
     * handed from the reader to one worker and never changed.
     *
     * @param bytes the page
     */
    @SuppressWarnings("ArrayRecordComponent")
    record InMemory(byte[] bytes) implements PageContent {
        public InMemory {
            Objects.requireNonNull(bytes, "bytes must not be null");
        }
    }

    /**
     * A page that could not be read.
     *
     * @param detail what went wrong, for the errors file
     */
    record Unreadable(String detail) implements PageContent {
        public Unreadable {
            Objects.requireNonNull(detail, "detail must not be null");
        }
    }

    /**
     * A page larger than the size limit, left unread.
     *
     * @param detail its size (or a lower bound) and the limit, for the errors file
     */
    record TooLarge(String detail) implements PageContent {
        public TooLarge {
            Objects.requireNonNull(detail, "detail must not be null");
        }
    }
}
