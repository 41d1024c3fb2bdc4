package dev.gleaner.batch.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gleaner.batch.input.InputOptions;
import dev.gleaner.batch.input.PageInput;
import dev.gleaner.batch.input.PageSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Coverage-guided fuzzing of the container parsers (zip, tar.gz, WARC, JSON Lines): any bytes under any of these
 * names are walked to the end without an exception, every input is accounted for (a page, or one unreadable input
 * for a broken container) and the walk ends. The ordinary test run replays the saved corpus
 * ({@code src/test/resources/dev/gleaner/batch/robustness/InputParsersFuzzTestInputs/<target>/}, small valid and
 * damaged containers written for it); {@code JAZZER_FUZZ=1} fuzzes one target (README, "Reliability and security").
 */
class InputParsersFuzzTest {

    /** Most inputs one container may yield here: far more than any fuzzed file of a few kilobytes holds. */
    private static final int MAX_INPUTS = 100_000;
    /** A small page limit keeps the fuzzer fast; the limit logic is the same at any size. */
    private static final long MAX_PAGE_BYTES = 1024 * 1024;

    private static final Path DIRECTORY = tempDirectory();

    @FuzzTest(maxDuration = "10m")
    void zip(byte[] data) {
        walk("fuzz.zip", data);
    }

    @FuzzTest(maxDuration = "10m")
    void tarGz(byte[] data) {
        walk("fuzz.tar.gz", data);
    }

    @FuzzTest(maxDuration = "10m")
    void warc(byte[] data) {
        walk("fuzz.warc", data);
    }

    @FuzzTest(maxDuration = "10m")
    void jsonLines(byte[] data) {
        walk("fuzz.jsonl", data);
    }

    private static void walk(String name, byte[] data) {
        Path file = DIRECTORY.resolve(name);
        try {
            Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        InputOptions options = new InputOptions(InputOptions.defaults().filter(), MAX_PAGE_BYTES);
        int inputs = 0;
        try (PageSource pages = PageSource.of(List.of(file), options, warning -> { })) {
            while (pages.hasNext()) {
                PageInput page = pages.next();
                assertThat(page.source()).isNotNull();
                inputs++;
                assertThat(inputs).as("inputs from one container").isLessThanOrEqualTo(MAX_INPUTS);
            }
        }
    }

    private static Path tempDirectory() {
        try {
            Path dir = Files.createTempDirectory("gleaner-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
