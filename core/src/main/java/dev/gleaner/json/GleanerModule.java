package dev.gleaner.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.gleaner.model.PostTime;

/**
 * The Jackson module for Gleaner's model: {@link PostTime} as an ISO-8601 string. Register it (with
 * {@code jackson-datatype-jdk8} for {@code Optional}) on your own {@code ObjectMapper}, or use {@link GleanerJson}.
 */
public final class GleanerModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    public GleanerModule() {
        super("gleaner");
        addSerializer(PostTime.class, new PostTimeSerialization.Serializer());
        addDeserializer(PostTime.class, new PostTimeSerialization.Deserializer());
    }
}
