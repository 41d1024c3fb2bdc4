package dev.gleaner.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PostSchemaTest {
    private static JsonSchema schema;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = GleanerJson.class.getResourceAsStream(GleanerJson.POST_SCHEMA_RESOURCE)) {
            assertThat(in).as("schema resource").isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static Set<ValidationMessage> validate(JsonNode json) {
        return schema.validate(json);
    }

    @Test
    void aFullPostIsValid() throws IOException {
        assertThat(validate(MAPPER.readTree(GleanerJson.toJson(SamplePosts.full())))).isEmpty();
    }

    @Test
    void anEmptyPostIsValid() throws IOException {
        assertThat(validate(MAPPER.readTree(GleanerJson.toJson(SamplePosts.empty())))).isEmpty();
    }

    @Test
    void theSchemaRejectsAnUnknownFieldAndAMalformedTime() throws IOException {
        ObjectNode json = (ObjectNode) MAPPER.readTree(GleanerJson.toJson(SamplePosts.full()));
        json.put("surprise", 1);
        json.put("published", "14/03/2024");
        assertThat(validate(json)).hasSizeGreaterThanOrEqualTo(2);
    }
}
