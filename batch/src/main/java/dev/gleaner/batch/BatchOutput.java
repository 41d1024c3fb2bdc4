package dev.gleaner.batch;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a batch writes: the posts file (JSON Lines, gzip-compressed when {@code gzip}, split into shards of about
 * {@code shardSize} posts when it is positive), the errors file, and beside the posts file a summary
 * ({@code STEM.summary.json}) and, while the run is unfinished, its journal ({@code POSTS.journal}). Files are
 * written as {@code NAME.partial} and renamed when complete, so a reader never sees a half-written output.
 *
 * @param posts     the posts file; with shards, {@code out.jsonl} becomes {@code out-00000.jsonl},
 *                  {@code out-00001.jsonl} and so on
 * @param errors    the errors file
 * @param gzip      whether the posts are gzip-compressed
 * @param shardSize posts per shard (a page's posts are never split, so a shard may hold a few more); 0: one file
 */
public record BatchOutput(Path posts, Path errors, boolean gzip, long shardSize) {
    private static final String GZIP_SUFFIX = ".gz";
    private static final String JSONL_SUFFIX = ".jsonl";
    private static final String JSON_SUFFIX = ".json";
    private static final String PARTIAL_SUFFIX = ".partial";
    private static final String SHARD_FORMAT = "%s-%05d%s";

    public BatchOutput {
        Objects.requireNonNull(posts, "posts must not be null");
        Objects.requireNonNull(errors, "errors must not be null");
        if (shardSize < 0) {
            throw new IllegalArgumentException("shardSize must not be negative, was " + shardSize);
        }
        if (posts.toAbsolutePath().normalize().equals(errors.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("the posts file and the errors file must differ: " + posts);
        }
    }

    /** Posts to {@code posts} (gzip when its name ends in {@code .gz}), errors beside it, one file. */
    public static BatchOutput to(Path posts) {
        Objects.requireNonNull(posts, "posts must not be null");
        return new BatchOutput(posts, defaultErrors(posts), name(posts).toLowerCase(Locale.ROOT)
                .endsWith(GZIP_SUFFIX), 0);
    }

    /** This output with another errors file. */
    public BatchOutput withErrors(Path value) {
        return new BatchOutput(posts, value, gzip, shardSize);
    }

    /** This output, gzip-compressed or not. */
    public BatchOutput withGzip(boolean value) {
        return new BatchOutput(posts, errors, value, shardSize);
    }

    /** This output in shards of about {@code value} posts (0: one file). */
    public BatchOutput withShardSize(long value) {
        return new BatchOutput(posts, errors, gzip, value);
    }

    /** {@code out.jsonl} and {@code out.jsonl.gz} give {@code out.errors.jsonl}; other names get it appended. */
    public static Path defaultErrors(Path posts) {
        return posts.resolveSibling(stem(posts) + ".errors" + JSONL_SUFFIX);
    }

    /** The posts file of shard {@code index} (the posts file itself when not sharding). */
    public Path shard(int index) {
        if (shardSize == 0) {
            return postsFile();
        }
        return posts.resolveSibling(String.format(Locale.ROOT, SHARD_FORMAT, stem(posts), index, extension()));
    }

    /** The summary written at the end: {@code STEM.summary.json} beside the posts. */
    public Path summary() {
        return posts.resolveSibling(stem(posts) + ".summary" + JSON_SUFFIX);
    }

    /** The journal of an unfinished run: {@code POSTS.journal}. */
    public Path journal() {
        return posts.resolveSibling(name(posts) + ".journal");
    }

    /** The name a file has while it is being written. */
    public static Path partial(Path file) {
        return file.resolveSibling(name(file) + PARTIAL_SUFFIX);
    }

    /** The posts file with {@code .gz} added when compressing and not already there. */
    private Path postsFile() {
        String name = name(posts);
        return gzip && !name.toLowerCase(Locale.ROOT).endsWith(GZIP_SUFFIX) ? posts.resolveSibling(name + GZIP_SUFFIX)
                : posts;
    }

    private String extension() {
        String name = name(posts);
        String lower = name.toLowerCase(Locale.ROOT);
        String base = lower.endsWith(GZIP_SUFFIX) ? lower.substring(0, lower.length() - GZIP_SUFFIX.length()) : lower;
        String ext = base.endsWith(JSONL_SUFFIX) ? JSONL_SUFFIX : base.endsWith(JSON_SUFFIX) ? JSON_SUFFIX : "";
        return ext + (gzip ? GZIP_SUFFIX : "");
    }

    private static String stem(Path file) {
        String name = name(file);
        String lower = name.toLowerCase(Locale.ROOT);
        int end = name.length();
        if (lower.endsWith(GZIP_SUFFIX)) {
            end -= GZIP_SUFFIX.length();
        }
        String base = lower.substring(0, end);
        if (base.endsWith(JSONL_SUFFIX)) {
            end -= JSONL_SUFFIX.length();
        } else if (base.endsWith(JSON_SUFFIX)) {
            end -= JSON_SUFFIX.length();
        } else {
            end = name.length();
        }
        return name.substring(0, end);
    }

    private static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
