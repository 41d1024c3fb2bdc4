package dev.gleaner.batch.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The run's journal: JSON Lines beside the output. The first line names the run (a fingerprint of its inputs and
 * options); each later line is one commit: the {@link Checkpoint} after it, the sequence numbers of the pages it
 * wrote and the dedupe keys it added. A commit line is appended and forced to disk only after the output files were
 * forced, so a line in the journal always describes bytes that are on disk; a run killed at any point (even while
 * writing a journal line, which is then incomplete and ignored) resumes from its last complete line. Not
 * thread-safe.
 */
public final class Journal implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int VERSION = 1;
    private static final String VERSION_FIELD = "journal";
    private static final String FINGERPRINT_FIELD = "fingerprint";

    private final FileChannel channel;

    private Journal(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * What an earlier run of the same job committed.
     *
     * @param checkpoint the state after its last complete commit
     * @param done       sequence numbers of the pages written
     * @param keys       dedupe keys of the posts written
     * @param validBytes length of the journal up to its last complete line
     */
    public record Resumed(Checkpoint checkpoint, BitSet done, Set<Long> keys, long validBytes) {
    }

    /**
     * Reads the journal at {@code path}: empty when there is none (or it holds no complete header).
     *
     * @throws IllegalStateException when it was written by a different job (another fingerprint)
     */
    public static Optional<Resumed> load(Path path, String fingerprint) throws IOException {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        Checkpoint checkpoint = Checkpoint.start();
        BitSet done = new BitSet();
        Set<Long> keys = new HashSet<>();
        long valid = 0;
        boolean header = false;
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            long position = 0;
            long size = Files.size(path);
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                long end = position + line.getBytes(StandardCharsets.UTF_8).length + 1;
                if (end > size) {
                    break; // the last line has no newline: a commit cut short
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (IOException e) {
                    break;
                }
                if (node == null || !node.isObject()) {
                    break;
                }
                if (!header) {
                    String written = node.path(FINGERPRINT_FIELD).asText("");
                    if (!written.equals(fingerprint)) {
                        throw new IllegalStateException(path + " belongs to a different job (other inputs or "
                                + "options); run the same command to resume it, or delete it to start over");
                    }
                    header = true;
                } else {
                    checkpoint = readCheckpoint(node);
                    node.path("done").forEach(n -> done.set(Math.toIntExact(n.asLong())));
                    node.path("keys").forEach(n -> keys.add(n.asLong()));
                }
                position = end;
                valid = end;
            }
        }
        return header ? Optional.of(new Resumed(checkpoint, done, keys, valid)) : Optional.empty();
    }

    /** Starts a new journal at {@code path} (replacing any). */
    public static Journal create(Path path, String fingerprint) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        Journal journal = new Journal(channel);
        ObjectNode header = JSON.createObjectNode();
        header.put(VERSION_FIELD, VERSION);
        header.put(FINGERPRINT_FIELD, fingerprint);
        journal.append(header);
        return journal;
    }

    /** Continues the journal at {@code path} after its last complete line. */
    public static Journal reopen(Path path, Resumed resumed) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE);
        channel.truncate(resumed.validBytes());
        channel.position(resumed.validBytes());
        return new Journal(channel);
    }

    /** Appends one commit and forces it to disk. */
    public void commit(Checkpoint checkpoint, long[] done, long[] keys) throws IOException {
        ObjectNode line = JSON.createObjectNode();
        line.put("shard", checkpoint.shard());
        line.put("shardRecords", checkpoint.shardRecords());
        line.put("postsBytes", checkpoint.postsBytes());
        line.put("errorsBytes", checkpoint.errorsBytes());
        line.put("errorsRecords", checkpoint.errorsRecords());
        ObjectNode counts = line.putObject("counts");
        checkpoint.counts().forEach(counts::put);
        ArrayNode doneArray = line.putArray("done");
        for (long seq : done) {
            doneArray.add(seq);
        }
        ArrayNode keyArray = line.putArray("keys");
        for (long key : keys) {
            keyArray.add(key);
        }
        append(line);
    }

    private void append(ObjectNode node) throws IOException {
        byte[] bytes = (JSON.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        channel.force(false);
    }

    private static Checkpoint readCheckpoint(JsonNode node) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.path("counts").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            counts.put(field.getKey(), field.getValue().asLong());
        }
        return new Checkpoint(node.path("shard").asInt(), node.path("shardRecords").asLong(),
                node.path("postsBytes").asLong(), node.path("errorsBytes").asLong(),
                node.path("errorsRecords").asLong(), counts);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
