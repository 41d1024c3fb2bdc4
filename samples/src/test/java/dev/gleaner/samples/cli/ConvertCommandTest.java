package dev.gleaner.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long BINARY_SEED = 42L;
    private static final int BINARY_LENGTH = 2048;
    private static final String MAX_CHARS = "4000";

    @TempDir
    Path dir;
    private Path in;
    private Path out;

    @BeforeEach
    void setUp() throws IOException {
        in = Files.createDirectories(dir.resolve("in"));
        out = dir.resolve("out/posts.jsonl");
    }

    @Test
    void everyInputEndsInExactlyOneOfTheTwoFiles() throws IOException {
        Map<Path, String> expected = new LinkedHashMap<>(); // input -> "posts:N" or the error reason
        expected.put(page("one.html", article("One", "First body.")), "posts:1");
        expected.put(page("two.htm", article("Two A", "a") + article("Two B", "b")), "posts:2");
        expected.put(page("nested/deeper/three.html", article("Three", "deep")), "posts:1");
        expected.put(gzip("four.html.gz", article("Four", "zipped")), "posts:1");
        expected.put(bytes("empty.html", new byte[0]), "not-html");
        expected.put(bytes("binary.html", binary()), "not-html");
        expected.put(bytes("corrupt.html.gz", "not gzip at all".getBytes(StandardCharsets.UTF_8)), "unreadable");
        expected.put(page("boom.html", "<explode></explode>" + article("Boom", "x")), "extraction-failed");
        expected.put(page("oom.html", "<exhaust></exhaust>" + article("Oom", "x")), "extraction-failed");
        expected.put(page("huge.html", article("Huge", "y".repeat(Integer.parseInt(MAX_CHARS)))), "too-large");
        page("notes.txt", article("Ignored", "not a page name"));

        CliRun run = CliRun.of("convert", in.toString(), "-o", out.toString(), "--threads", "3",
                "--max-page-chars", MAX_CHARS);

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> posts = lines(out);
        List<JsonNode> errors = lines(dir.resolve("out/posts.errors.jsonl"));
        Map<String, String> actual = new LinkedHashMap<>();
        for (JsonNode post : posts) {
            actual.merge(post.get("source").asText(), "posts:1",
                    (a, b) -> "posts:" + (Integer.parseInt(a.substring("posts:".length())) + 1));
        }
        for (JsonNode error : errors) {
            String previous = actual.put(error.get("source").asText(), error.get("reason").asText());
            assertThat(previous).as("an input in both files, or twice: " + error).isNull();
        }
        Map<String, String> wanted = new LinkedHashMap<>();
        expected.forEach((path, outcome) -> wanted.put(path.toString(), outcome));
        assertThat(actual).isEqualTo(wanted);
        assertThat(posts.size() + errors.size()).isEqualTo(5 + 6);
        assertThat(run.err()).containsPattern("pages 10, posts 5, errors 6, seconds \\d+\\.\\d+");
    }

    @Test
    void postsCarryTheirSourceAndPageKindAndAPagesPostsStayTogether() throws IOException {
        Path two = page("a.html", article("A1", "x") + article("A2", "y") + article("A3", "z"));
        Path one = page("b.html", article("B", "x"));

        CliRun run = CliRun.of("convert", in.toString(), "-o", out.toString(), "--threads", "1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> posts = lines(out);
        assertThat(posts).extracting(p -> p.get("title").asText()).containsExactly("A1", "A2", "A3", "B");
        assertThat(posts).extracting(p -> p.get("source").asText())
                .containsExactly(two.toString(), two.toString(), two.toString(), one.toString());
        assertThat(posts).extracting(p -> p.get("pageKind").asText())
                .containsExactly("INDEX", "INDEX", "INDEX", "ITEM");
    }

    @Test
    void manyPagesOnManyThreadsKeepEachPagesPostsTogether() throws IOException {
        int pageCount = 60;
        for (int i = 0; i < pageCount; i++) {
            page(String.format(java.util.Locale.ROOT, "p%02d.html", i),
                    article("P" + i + " first", "x") + article("P" + i + " second", "y"));
        }

        CliRun run = CliRun.of("convert", in.toString(), "-o", out.toString(), "--threads", "4");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> posts = lines(out);
        assertThat(posts).hasSize(2 * pageCount);
        for (int i = 0; i < posts.size(); i += 2) {
            assertThat(posts.get(i + 1).get("source")).isEqualTo(posts.get(i).get("source"));
        }
        Set<String> sources = new HashSet<>();
        posts.forEach(p -> sources.add(p.get("source").asText()));
        assertThat(sources).hasSize(pageCount);
    }

    @Test
    void errorLinesHaveSourceReasonAndDetail() throws IOException {
        Path empty = bytes("empty.html", new byte[0]);
        Path explicitErrors = dir.resolve("custom-errors.jsonl");

        CliRun run = CliRun.of("convert", empty.toString(), "-o", out.toString(), "--errors",
                explicitErrors.toString());

        assertThat(run.exitCode()).as("an empty page was read: not a failure of the run").isZero();
        assertThat(lines(out)).isEmpty();
        List<JsonNode> errors = lines(explicitErrors);
        assertThat(errors).hasSize(1);
        JsonNode error = errors.get(0);
        assertThat(error.fieldNames()).toIterable().containsExactly("source", "reason", "detail");
        assertThat(error.get("source").asText()).isEqualTo(empty.toString());
        assertThat(error.get("reason").asText()).isEqualTo("not-html");
        assertThat(error.get("detail").asText()).contains("empty");
    }

    @Test
    void anExtractorFailureIsExplainedInTheDetail() throws IOException {
        Path boom = page("boom.html", "<explode></explode>");

        CliRun.of("convert", boom.toString(), "-o", out.toString());

        JsonNode error = lines(dir.resolve("out/posts.errors.jsonl")).get(0);
        assertThat(error.get("reason").asText()).isEqualTo("extraction-failed");
        assertThat(error.get("detail").asText()).contains("exploded on purpose");
    }

    @Test
    void nothingReadableIsAFailedRun() throws IOException {
        CliRun run = CliRun.of("convert", dir.resolve("missing-1.html").toString(),
                dir.resolve("missing-dir").toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(GleanerCli.EXIT_FAILED);
        assertThat(run.err()).contains("pages 2, posts 0, errors 2", "nothing could be read");
        assertThat(lines(dir.resolve("out/posts.errors.jsonl")))
                .extracting(e -> e.get("reason").asText()).containsExactly("unreadable", "unreadable");
    }

    @Test
    void noPageFoundIsAFailedRun() throws IOException {
        page("readme.txt", "not a page");

        CliRun run = CliRun.of("convert", in.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(GleanerCli.EXIT_FAILED);
        assertThat(run.err()).contains("pages 0, posts 0, errors 0", "no input found");
    }

    @Test
    void oneReadablePageAmongUnreadableOnesIsASuccess() throws IOException {
        Path good = page("good.html", article("Good", "x"));

        CliRun run = CliRun.of("convert", good.toString(), dir.resolve("missing.html").toString(), "-o",
                out.toString());

        assertThat(run.exitCode()).isZero();
    }

    @Test
    void usageErrorsExitWithTheUsageCode() {
        String input = in.toString();
        assertThat(CliRun.of("convert", input).exitCode()).as("no -o").isEqualTo(GleanerCli.EXIT_USAGE);
        assertThat(CliRun.of("convert", "-o", out.toString()).exitCode()).as("no input")
                .isEqualTo(GleanerCli.EXIT_USAGE);
        CliRun zeroThreads = CliRun.of("convert", input, "-o", out.toString(), "--threads", "0");
        assertThat(zeroThreads.exitCode()).isEqualTo(GleanerCli.EXIT_USAGE);
        assertThat(zeroThreads.err()).contains("--threads must be at least 1");
        assertThat(CliRun.of("convert", input, "-o", out.toString(), "--errors", out.toString()).exitCode())
                .as("same file twice").isEqualTo(GleanerCli.EXIT_USAGE);
    }

    @Test
    void theDefaultErrorsFileSitsBesideTheOutput() {
        assertThat(ConvertCommand.defaultErrorsFile(Path.of("x/posts.jsonl")))
                .isEqualTo(Path.of("x/posts.errors.jsonl"));
        assertThat(ConvertCommand.defaultErrorsFile(Path.of("posts.out")))
                .isEqualTo(Path.of("posts.out.errors.jsonl"));
    }

    private static String article(String title, String body) {
        return "<article><h1>" + title + "</h1><p>" + body + "</p></article>";
    }

    private Path page(String name, String body) throws IOException {
        return bytes(name, ("<!doctype html><html><body>" + body + "</body></html>")
                .getBytes(StandardCharsets.UTF_8));
    }

    private Path bytes(String name, byte[] content) throws IOException {
        Path file = in.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    private Path gzip(String name, String body) throws IOException {
        Path file = in.resolve(name);
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file))) {
            gz.write(("<html><body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static byte[] binary() {
        byte[] junk = new byte[BINARY_LENGTH];
        new Random(BINARY_SEED).nextBytes(junk);
        junk[0] = 0;
        return junk;
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }
}
