package dev.gleaner.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.gleaner.internal.Validate;
import dev.gleaner.model.PageResult;
import dev.gleaner.model.Post;
import java.io.UncheckedIOException;

/**
 * JSON for Gleaner's model. Field names are the record components' names (camelCase) in declaration order, absent
 * values are {@code null}, times are ISO-8601 strings as precise as the page (see {@link dev.gleaner.model.PostTime})
 * and enums are their names. The published schema of a post is the resource
 * {@value #POST_SCHEMA_RESOURCE}. Reading back what was written gives an equal {@link Post}.
 *
 * <p>All readers and writers here are immutable and thread-safe.
 */
public final class GleanerJson {

    /** Class-path location of the JSON Schema (draft 2020-12) of one serialised {@link Post}. */
    public static final String POST_SCHEMA_RESOURCE = "/dev/gleaner/json/post.schema.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new GleanerModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();
    private static final ObjectWriter COMPACT = MAPPER.writer();
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();
    private static final ObjectReader POST_READER = MAPPER.readerFor(Post.class);
    private static final ObjectReader PAGE_READER = MAPPER.readerFor(PageResult.class);

    private GleanerJson() {
    }

    /** A compact writer (one line per value: the JSON Lines form). */
    public static ObjectWriter writer() {
        return COMPACT;
    }

    /** An indented writer, for people. */
    public static ObjectWriter prettyWriter() {
        return PRETTY;
    }

    /** A reader of {@link Post}s. */
    public static ObjectReader postReader() {
        return POST_READER;
    }

    /** A reader of {@link PageResult}s. */
    public static ObjectReader pageReader() {
        return PAGE_READER;
    }

    /** The post as one line of JSON. */
    public static String toJson(Post post) {
        Validate.notNull(post, "post");
        return write(COMPACT, post);
    }

    /** The post as indented JSON. */
    public static String toPrettyJson(Object value) {
        Validate.notNull(value, "value");
        return write(PRETTY, value);
    }

    /**
     * Reads a post written by {@link #toJson(Post)}.
     *
     * @throws IllegalArgumentException when {@code json} is not a valid serialised post
     */
    public static Post readPost(String json) {
        Validate.notNull(json, "json");
        try {
            return POST_READER.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a Gleaner post: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
