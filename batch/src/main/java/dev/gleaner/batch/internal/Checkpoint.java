package dev.gleaner.batch.internal;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where the output stood at a commit, and the run's counters then (cumulative over resumed runs).
 *
 * @param shard         the posts shard being written (0 when not sharding)
 * @param shardRecords  posts committed to that shard
 * @param postsBytes    committed length of that shard's file
 * @param errorsBytes   committed length of the errors file
 * @param errorsRecords error lines committed
 * @param counts        counters by name (pages, posts, one per error reason, duplicates)
 */
public record Checkpoint(int shard, long shardRecords, long postsBytes, long errorsBytes, long errorsRecords,
                         Map<String, Long> counts) {
    public Checkpoint {
        counts = new TreeMap<>(Objects.requireNonNull(counts, "counts must not be null"));
    }

    /** The state of a fresh run. */
    public static Checkpoint start() {
        return new Checkpoint(0, 0, 0, 0, 0, Map.of());
    }

    @Override
    public Map<String, Long> counts() {
        return java.util.Collections.unmodifiableMap(counts);
    }
}
