package dev.gleaner.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gleaner.samples.SamplePages;
import org.junit.jupiter.api.Test;

class GleanerCliTest {

    @Test
    void helpNamesTheCommands() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("gleaner", "sample", "convert", "--version");
    }

    @Test
    void convertHelpExplainsOptionsReasonsAndExitCodes() {
        CliRun run = CliRun.of("convert", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("INPUT", "--output", "--errors", "--threads", "--max-page-chars",
                "no-post", "too-large", "Exit codes");
    }

    @Test
    void versionIsPrinted() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("gleaner ");
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(GleanerCli.EXIT_USAGE);
        assertThat(run.err()).contains("Missing a command");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertThat(CliRun.of("frobnicate").exitCode()).isEqualTo(GleanerCli.EXIT_USAGE);
    }

    @Test
    void samplePrintsOneJsonArrayAndAHeaderPerPage() throws Exception {
        int pages = SamplePages.list().size();

        CliRun run = CliRun.of("sample");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(pages == 0 ? GleanerCli.EXIT_FAILED : GleanerCli.EXIT_OK);
        if (pages > 0) {
            JsonNode posts = new ObjectMapper().readTree(run.out());
            assertThat(posts.isArray()).isTrue();
            assertThat(run.err().lines().filter(line -> line.startsWith("== "))).hasSize(pages);
        }
    }
}
