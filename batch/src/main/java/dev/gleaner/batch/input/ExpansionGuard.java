package dev.gleaner.batch.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Stops a compressed container that expands too much (an archive bomb): counts the bytes read from the file and the
 * bytes the decompressors give out (entries read and entries skipped alike), and fails with an
 * {@link ExpansionLimitException} once the container has given out more than {@link InputOptions#maxExpandedBytes()},
 * or, past {@link #RATIO_FLOOR_BYTES}, more than {@link InputOptions#maxExpansionRatio()} times what was read from
 * the file. The container reader turns that into one unreadable input for the container and stops walking it. One
 * guard per container; not thread-safe (one reader walks one container).
 */
final class ExpansionGuard {

    /**
     * The ratio is checked only once this much has been given out, so a small entry that compresses unusually well
     * never trips it (16 MiB: two default-sized pages).
     */
    static final long RATIO_FLOOR_BYTES = 16L * 1024 * 1024;

    private final String container;
    private final long maxRatio;
    private final long maxExpanded;
    private long compressed;
    private long expanded;

    ExpansionGuard(String container, InputOptions options) {
        this.container = container;
        this.maxRatio = options.maxExpansionRatio();
        this.maxExpanded = options.maxExpandedBytes();
    }

    /** Wraps the stream read from the container file, counting what it gives. */
    InputStream countCompressed(InputStream file) {
        return new FilterInputStream(file) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    compressed++;
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    compressed += n;
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                compressed += Math.max(0, skipped);
                return skipped;
            }
        };
    }

    /** Wraps a decompressed stream, counting and checking what it gives (skips are read, so they count too). */
    InputStream countExpanded(InputStream decompressed) {
        return new FilterInputStream(decompressed) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    expanded(1);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    expanded(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                return skipByReading(this, n);
            }
        };
    }

    /** Counts {@code n} bytes given out by a decompressor and checks the limits. */
    void expanded(long n) throws ExpansionLimitException {
        expanded += n;
        if (expanded > maxExpanded) {
            throw new ExpansionLimitException(String.format(Locale.ROOT,
                    "%s expands to more than %d bytes (limit maxExpandedBytes)", container, maxExpanded));
        }
        if (expanded > RATIO_FLOOR_BYTES && expanded > maxRatio * Math.max(1, compressed)) {
            throw new ExpansionLimitException(String.format(Locale.ROOT,
                    "%s expands more than %d times (%d bytes from %d; limit maxExpansionRatio): an archive bomb?",
                    container, maxRatio, expanded, compressed));
        }
    }

    static long skipByReading(InputStream in, long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
        long left = n;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                break;
            }
            left -= read;
        }
        return n - Math.max(left, 0);
    }

    /** A container went over an expansion limit. */
    static final class ExpansionLimitException extends IOException {
        private static final long serialVersionUID = 1L;

        ExpansionLimitException(String message) {
            super(message);
        }
    }
}
