package dev.gleaner.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gleaner.model.Post;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GleanerJsonTest {

    @Test
    void roundTripsAFullPostExactly() {
        Post post = SamplePosts.full();
        assertThat(GleanerJson.readPost(GleanerJson.toJson(post))).isEqualTo(post);
    }

    @Test
    void roundTripsAnEmptyPostExactly() {
        Post post = SamplePosts.empty();
        assertThat(GleanerJson.readPost(GleanerJson.toJson(post))).isEqualTo(post);
    }

    @Test
    void writesStableCamelCaseFieldNamesInDeclarationOrder() throws IOException {
        JsonNode json = new ObjectMapper().readTree(GleanerJson.toJson(SamplePosts.full()));
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("source", "url", "canonicalUrl", "crawled", "pageKind", "title", "authors",
                "published", "updated", "labels", "text", "html", "summary", "images", "links", "language",
                "wordCount", "bloggerPostId", "site", "comments", "commentCount", "entities", "suggestedLabels",
                "extractor");
        assertThat(json.get("authors").get(0).get("name").asText()).isEqualTo("Ines Calder");
        assertThat(json.get("pageKind").asText()).isEqualTo("ITEM");
    }

    @Test
    void writesTimesAsIsoStringsAtThePagesPrecision() throws IOException {
        JsonNode json = new ObjectMapper().readTree(GleanerJson.toJson(SamplePosts.full()));
        assertThat(json.get("published").asText()).isEqualTo("2024-03-14T09:30:00-07:00");
        assertThat(json.get("updated").asText()).isEqualTo("2024-03-15T10:00:00.250Z");
        assertThat(json.get("comments").get(0).get("published").asText()).isEqualTo("2024-03-14T11:02:00");
    }

    @Test
    void writesAbsentValuesAsNull() throws IOException {
        JsonNode json = new ObjectMapper().readTree(GleanerJson.toJson(SamplePosts.empty()));
        assertThat(json.get("published").isNull()).isTrue();
        assertThat(json.get("language").isNull()).isTrue();
        assertThat(json.get("labels").isArray()).isTrue();
    }

    @Test
    void rejectsJsonThatIsNotAPostWithAClearMessage() {
        assertThatThrownBy(() -> GleanerJson.readPost("{\"published\": \"next tuesday\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a Gleaner post");
    }

    @Test
    void jsonLinesWriterWritesOneLinePerValue() throws IOException {
        StringWriter out = new StringWriter();
        try (JsonLinesWriter lines = new JsonLinesWriter(out)) {
            lines.write(SamplePosts.full());
            lines.write(SamplePosts.empty());
            assertThat(lines.lines()).isEqualTo(2);
        }
        String[] written = out.toString().split("\n");
        assertThat(written).hasSize(2);
        assertThat(GleanerJson.readPost(written[0])).isEqualTo(SamplePosts.full());
    }
}
