package dev.gleaner.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gleaner.io.DecodedHtml;
import dev.gleaner.io.HtmlDecoder;
import java.util.Optional;

/**
 * Coverage-guided fuzzing of the charset decoder: any bytes under any {@code Content-Type} decode to text, never an
 * exception. In the ordinary test run this replays the saved corpus
 * ({@code src/test/resources/dev/gleaner/robustness/HtmlDecoderFuzzTestInputs/}); with {@code JAZZER_FUZZ=1} it
 * fuzzes (see the README, "Reliability and security").
 */
class HtmlDecoderFuzzTest {

    /** Longest {@code Content-Type} value tried (real ones are under 100 characters). */
    private static final int MAX_CONTENT_TYPE_CHARS = 120;

    @FuzzTest(maxDuration = "10m")
    void decode(FuzzedDataProvider data) {
        Optional<String> contentType = data.consumeBoolean()
                ? Optional.of(data.consumeString(MAX_CONTENT_TYPE_CHARS)) : Optional.empty();
        byte[] bytes = data.consumeRemainingAsBytes();
        DecodedHtml decoded = HtmlDecoder.decode(bytes, contentType);
        assertThat(decoded.html()).isNotNull();
        assertThat(decoded.charset()).isNotNull();
        contentType.ifPresent(HtmlDecoder::charsetFromContentType);
    }
}
