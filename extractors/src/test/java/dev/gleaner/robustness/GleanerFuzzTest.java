package dev.gleaner.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gleaner.Gleaner;
import dev.gleaner.json.GleanerJson;
import dev.gleaner.model.PageResult;
import dev.gleaner.model.Post;
import java.util.Optional;

/**
 * Coverage-guided fuzzing of the front door with the default pipeline: any bytes, any URL and any
 * {@code Content-Type} give a {@link PageResult} whose posts survive a JSON round trip. The ordinary test run
 * replays the saved corpus ({@code src/test/resources/dev/gleaner/robustness/GleanerFuzzTestInputs/ingest/}, small
 * Blogger-like and generic pages written for it); {@code JAZZER_FUZZ=1} fuzzes (README, "Reliability and security").
 */
class GleanerFuzzTest {

    private static final Gleaner GLEANER = Gleaner.create();
    private static final String[] URLS = {
        "https://fuzz.blogspot.com/2024/03/a-post.html", "https://fuzz.blogspot.com/", "", "file:///tmp/page.html",
        "https://example.com/blog/2024/03/14/post/", "not a url"};
    private static final String[] CONTENT_TYPES = {
        "", "text/html", "text/html; charset=utf-8", "text/html; charset=windows-1251", "text/html; charset=utf-16",
        "text/html; charset=x-unknown"};

    @FuzzTest(maxDuration = "10m")
    void ingest(FuzzedDataProvider data) {
        String url = data.pickValue(URLS);
        String contentType = data.pickValue(CONTENT_TYPES);
        byte[] page = data.consumeRemainingAsBytes();
        PageResult result = GLEANER.ingest(page, url, contentType.isEmpty() ? Optional.empty()
                : Optional.of(contentType));
        assertThat(result).isNotNull();
        for (Post post : result.posts()) {
            assertThat(GleanerJson.readPost(GleanerJson.toJson(post)).title()).isEqualTo(post.title());
        }
    }
}
