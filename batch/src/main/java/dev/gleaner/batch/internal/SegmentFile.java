package dev.gleaner.batch.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * An output file written in committed segments: {@link #commit()} makes everything written so far durable and
 * returns the file's length, and a resumed run truncates the file back to the last committed length. With gzip each
 * segment is its own gzip member (a file of concatenated members is one valid gzip stream), so truncating at a
 * commit never cuts a member. Lines that UTF-8 cannot encode (a lone surrogate from a broken page) are written with
 * a replacement character rather than failing the run. Not thread-safe.
 */
final class SegmentFile implements AutoCloseable {
    private static final int BUFFER_BYTES = 1 << 16;

    private final FileChannel channel;
    private final OutputStream raw;
    private final boolean gzip;
    private @Nullable GZIPOutputStream member;
    private long records;

    private SegmentFile(FileChannel channel, boolean gzip, long records) {
        this.channel = channel;
        this.raw = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_BYTES);
        this.gzip = gzip;
        this.records = records;
    }

    /**
     * Opens {@code path} to continue after {@code committedBytes} (0 for a new file), dropping whatever an
     * interrupted run wrote after its last commit.
     *
     * @throws IOException when the file is shorter than the journal says (it was changed by someone else)
     */
    static SegmentFile open(Path path, boolean gzip, long committedBytes, long committedRecords)
            throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            if (channel.size() < committedBytes) {
                throw new IOException(path + " has " + channel.size() + " bytes but the journal committed "
                        + committedBytes + ": it was changed outside this run; delete the journal to start over");
            }
            channel.truncate(committedBytes);
            channel.position(committedBytes);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return new SegmentFile(channel, gzip, committedRecords);
    }

    /** Writes one line (a newline is added). */
    void writeLine(String line) throws IOException {
        OutputStream out = raw;
        if (gzip) {
            if (member == null) {
                member = new GZIPOutputStream(new NonClosing(raw), BUFFER_BYTES);
            }
            out = member;
        }
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
        records++;
    }

    /** Lines written, committed or not. */
    long records() {
        return records;
    }

    /** Ends the current gzip member, flushes and forces everything to disk; returns the committed length. */
    long commit() throws IOException {
        GZIPOutputStream open = member;
        if (open != null) {
            open.finish();
            member = null;
        }
        raw.flush();
        channel.force(false);
        return channel.position();
    }

    @Override
    public void close() throws IOException {
        try {
            commit();
        } finally {
            channel.close();
        }
    }

    /** Closes the file without committing (after a failure). */
    void abandon() {
        try {
            channel.close();
        } catch (IOException e) {
            // the journal decides what of it counts
        }
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
