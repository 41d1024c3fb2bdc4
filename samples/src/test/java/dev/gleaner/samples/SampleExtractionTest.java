package dev.gleaner.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gleaner.Gleaner;
import dev.gleaner.model.Author;
import dev.gleaner.model.PageResult;
import dev.gleaner.model.Post;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled sample pages, extracted by the default pipeline, against what a reader of each page expects
 * ({@code expected/<page>.json}, written with the pages), and free of the chrome strings of the page the project
 * started from.
 */
class SampleExtractionTest {
    /** Chrome of the seed page's kind: none may reach a post's text. */
    private static final List<String> SEED_CHROME = List.of("Search This Blog", "Powered by Blogger",
            "Blog Archive", "Labels", "Share it", "Footer About");
    private static final String EXPECTED_DIRECTORY = "/dev/gleaner/samples/expected/";
    private static final Gleaner GLEANER = Gleaner.create();
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<SamplePage> pages() {
        return SamplePages.list().stream();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void noSeedChromeInAnyPostText(SamplePage page) {
        PageResult result = GLEANER.ingest(page.bytes(), page.url(), Optional.empty());
        assertThat(result.posts()).as(page.fileName()).isNotEmpty();
        for (Post post : result.posts()) {
            for (String chrome : SEED_CHROME) {
                assertThat(post.text()).as(page.fileName() + ": «" + post.title() + "» text").doesNotContain(chrome);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void extractsWhatAReaderSees(SamplePage page) throws IOException {
        JsonNode expected = expected(page);
        PageResult result = GLEANER.ingest(page.bytes(), page.url(), Optional.empty());
        assertThat(result.kind().name().toLowerCase(Locale.ROOT)).as(page.fileName() + " kind")
                .isEqualTo(expected.get("kind").asText());
        JsonNode posts = expected.get("posts");
        assertThat(result.posts()).as(page.fileName() + " posts").hasSize(posts.size());
        for (int i = 0; i < posts.size(); i++) {
            JsonNode gold = posts.get(i);
            Post post = result.posts().get(i);
            String where = page.fileName() + " post " + (i + 1);
            assertThat(post.title()).as(where + " title").isEqualTo(gold.get("title").asText());
            assertThat(post.authors().stream().map(Author::name)).as(where + " authors")
                    .containsExactlyElementsOf(strings(gold.get("authors")));
            assertThat(post.labels()).as(where + " labels").containsExactlyElementsOf(strings(gold.get("labels")));
            if (!gold.get("published").isNull()) {
                assertThat(post.published()).as(where + " published").isPresent();
                assertThat(post.published().get().toString()).as(where + " published")
                        .startsWith(gold.get("published").asText().substring(0, "uuuu-MM-dd".length()));
            }
            String text = normalise(post.text());
            for (String snippet : strings(gold.get("with"))) {
                assertThat(text).as(where + " text").contains(normalise(snippet));
            }
            for (Post any : result.posts()) {
                for (String chrome : strings(gold.get("without"))) {
                    assertThat(normalise(any.text())).as(where + " chrome in «" + any.title() + "»")
                            .doesNotContain(normalise(chrome));
                }
            }
        }
    }

    private static JsonNode expected(SamplePage page) throws IOException {
        String name = EXPECTED_DIRECTORY + page.fileName().replaceFirst("\\.html$", ".json");
        try (InputStream in = SampleExtractionTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return JSON.readTree(in);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    }
}
