package dev.gleaner.batch.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** Reads a page from a stream without ever holding more than the size limit plus one byte. */
final class BoundedRead {
    private BoundedRead() {
    }

    /**
     * The next page of {@code in}: its bytes, or {@link PageContent.TooLarge} when it has more than
     * {@code maxBytes} (the rest is left unread in the stream).
     *
     * @param declaredSize the size the container declares for the entry, or -1
     */
    static PageContent read(InputStream in, long maxBytes, long declaredSize) throws IOException {
        if (declaredSize > maxBytes) {
            return tooLarge(declaredSize + " bytes", maxBytes);
        }
        byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, InputOptions.MAX_ARRAY_BYTES));
        if (bytes.length > maxBytes) {
            return tooLarge("more than " + maxBytes + " bytes", maxBytes);
        }
        return new PageContent.InMemory(bytes);
    }

    static PageContent.TooLarge tooLarge(String size, long maxBytes) {
        return new PageContent.TooLarge(String.format(Locale.ROOT, "%s, limit %d bytes", size, maxBytes));
    }

    static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
