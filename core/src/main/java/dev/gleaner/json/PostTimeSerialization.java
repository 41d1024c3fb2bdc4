package dev.gleaner.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.gleaner.model.PostTime;
import java.io.IOException;

/** {@link PostTime} as its ISO-8601 string, in both directions. */
final class PostTimeSerialization {
    private PostTimeSerialization() {
    }

    static final class Serializer extends StdSerializer<PostTime> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(PostTime.class);
        }

        @Override
        public void serialize(PostTime value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }

    static final class Deserializer extends StdDeserializer<PostTime> {
        private static final long serialVersionUID = 1L;

        Deserializer() {
            super(PostTime.class);
        }

        @Override
        public PostTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (PostTime) context.handleUnexpectedToken(PostTime.class, parser);
            }
            String text = parser.getText();
            try {
                return PostTime.parse(text);
            } catch (IllegalArgumentException e) {
                return (PostTime) context.handleWeirdStringValue(PostTime.class, text, e.getMessage());
            }
        }
    }
}
