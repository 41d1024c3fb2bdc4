package dev.gleaner.batch.internal;

import dev.gleaner.batch.BatchOutput;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The posts shards and the errors file of one run, written as {@code .partial} files in committed segments and
 * renamed to their final names when complete (a full shard at once, the rest at the end). Resuming reopens the
 * partial files at their committed lengths; a file that an interrupted finish had already renamed is taken back.
 * Not thread-safe: the batch's single writer thread owns it.
 */
public final class OutputFiles implements AutoCloseable {
    private final BatchOutput output;
    private final List<Path> completed = new ArrayList<>();
    private int shard;
    private SegmentFile posts;
    private final SegmentFile errors;
    private long postsBytes;
    private long errorsBytes;

    private OutputFiles(BatchOutput output, int shard, SegmentFile posts, SegmentFile errors, long postsBytes,
                        long errorsBytes) {
        this.output = output;
        this.shard = shard;
        this.posts = posts;
        this.errors = errors;
        this.postsBytes = postsBytes;
        this.errorsBytes = errorsBytes;
    }

    /** Starts fresh: removes what an earlier run of the same output left (shards, partial files). */
    public static OutputFiles start(BatchOutput output) throws IOException {
        if (output.shardSize() == 0) {
            Files.deleteIfExists(output.shard(0));
            Files.deleteIfExists(BatchOutput.partial(output.shard(0)));
        } else {
            for (int i = 0; Files.deleteIfExists(output.shard(i))
                    | Files.deleteIfExists(BatchOutput.partial(output.shard(i))); i++) {
                // earlier shards of this output, removed so that no stale shard follows the new ones
            }
        }
        Files.deleteIfExists(BatchOutput.partial(output.errors()));
        createParent(output.shard(0));
        createParent(output.errors());
        SegmentFile posts = SegmentFile.open(BatchOutput.partial(output.shard(0)), output.gzip(), 0, 0);
        SegmentFile errors;
        try {
            errors = SegmentFile.open(BatchOutput.partial(output.errors()), false, 0, 0);
        } catch (IOException e) {
            posts.abandon();
            throw e;
        }
        return new OutputFiles(output, 0, posts, errors, 0, 0);
    }

    /** Continues after {@code checkpoint}, dropping whatever was written after it. */
    public static OutputFiles resume(BatchOutput output, Checkpoint checkpoint) throws IOException {
        for (int i = 0; i < checkpoint.shard(); i++) {
            if (!Files.exists(output.shard(i))) {
                throw new IOException("cannot resume: the completed shard " + output.shard(i) + " is missing");
            }
        }
        SegmentFile posts = reopen(output.shard(checkpoint.shard()), output.gzip(), checkpoint.postsBytes(),
                checkpoint.shardRecords());
        SegmentFile errors;
        try {
            errors = reopen(output.errors(), false, checkpoint.errorsBytes(), checkpoint.errorsRecords());
        } catch (IOException e) {
            posts.abandon();
            throw e;
        }
        OutputFiles files = new OutputFiles(output, checkpoint.shard(), posts, errors, checkpoint.postsBytes(),
                checkpoint.errorsBytes());
        for (int i = 0; i < checkpoint.shard(); i++) {
            files.completed.add(output.shard(i));
        }
        return files;
    }

    private static SegmentFile reopen(Path file, boolean gzip, long bytes, long records) throws IOException {
        Path partial = BatchOutput.partial(file);
        if (!Files.exists(partial)) {
            if (Files.exists(file)) {
                move(file, partial); // a finish that was interrupted after renaming it
            } else if (bytes > 0) {
                throw new IOException("cannot resume: " + partial + " is missing");
            }
        }
        return SegmentFile.open(partial, gzip, bytes, records);
    }

    /** True when the current shard holds its share of posts and the next page should start a new one. */
    public boolean shardFull() {
        return output.shardSize() > 0 && posts.records() >= output.shardSize();
    }

    /** Writes one page's posts, already serialised, together. */
    public void writePosts(List<String> lines) throws IOException {
        for (String line : lines) {
            posts.writeLine(line);
        }
    }

    /** Writes one error line. */
    public void writeError(String line) throws IOException {
        errors.writeLine(line);
    }

    /** Makes everything written so far durable; the checkpoint to journal. */
    public Checkpoint commit(Map<String, Long> counts) throws IOException {
        postsBytes = posts.commit();
        errorsBytes = errors.commit();
        return new Checkpoint(shard, posts.records(), postsBytes, errorsBytes, errors.records(), counts);
    }

    /** Completes the current shard (call right after a journaled commit) and starts the next. */
    public void roll() throws IOException {
        posts.close();
        Path file = output.shard(shard);
        move(BatchOutput.partial(file), file);
        completed.add(file);
        shard++;
        posts = SegmentFile.open(BatchOutput.partial(output.shard(shard)), output.gzip(), 0, 0);
        postsBytes = 0;
    }

    /**
     * Completes every file (call after the last journaled commit): the partial files get their final names. A
     * trailing empty shard is dropped.
     *
     * @return the posts files, in order
     */
    public List<Path> finish() throws IOException {
        posts.close();
        errors.close();
        Path file = output.shard(shard);
        if (shard > 0 && posts.records() == 0) {
            Files.deleteIfExists(BatchOutput.partial(file));
        } else {
            move(BatchOutput.partial(file), file);
            completed.add(file);
        }
        move(BatchOutput.partial(output.errors()), output.errors());
        return List.copyOf(completed);
    }

    @Override
    public void close() {
        posts.abandon();
        errors.abandon();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
