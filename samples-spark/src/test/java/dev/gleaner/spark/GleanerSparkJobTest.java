package dev.gleaner.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the job in {@code local[2]} on a few pages written for this test. */
class GleanerSparkJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void convertsEveryPageOnceInLocalMode() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 4; i++) {
            Files.writeString(in.resolve("p" + i + ".html"), "<!doctype html><html><head><title>Post " + i
                    + "</title></head><body><article><h1>Post " + i + "</h1><p>" + "A paragraph of text. ".repeat(30)
                    + "</p></article></body></html>", StandardCharsets.UTF_8);
        }
        Files.write(in.resolve("empty.html"), new byte[0]);
        Path out = dir.resolve("out");

        SparkSession spark = SparkSession.builder().master("local[2]").appName("gleaner-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        try {
            GleanerSparkJob.run(spark, in.toString(), out.toString(), "json");
        } finally {
            spark.stop();
        }

        List<JsonNode> posts = lines(out);
        assertThat(posts).extracting(p -> Path.of(p.get("source").asText().replace("file:", "")).getFileName()
                .toString()).containsExactlyInAnyOrder("p0.html", "p1.html", "p2.html", "p3.html");
        List<JsonNode> errors = lines(Path.of(out + "-errors"));
        assertThat(errors).extracting(e -> e.get("reason").asText()).containsExactly("not-html");
    }

    private static List<JsonNode> lines(Path directory) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        try (Stream<Path> parts = Files.list(directory)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                    nodes.add(JSON.readTree(line));
                }
            }
        }
        return nodes;
    }
}
