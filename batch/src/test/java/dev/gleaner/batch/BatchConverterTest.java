package dev.gleaner.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gleaner.batch.input.InputOptions;
import dev.gleaner.batch.input.PageSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchConverterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void everyInputOfAMixedCorpusIsAccountedForOnce() throws IOException {
        Path corpus = dir.resolve("corpus");
        MixedCorpus.write(corpus, 1);
        Path out = dir.resolve("out/posts.jsonl");

        BatchSummary summary = run(BatchConverter.builder(TestPipeline.gleaner()).threads(3).build(), corpus,
                BatchOutput.to(out));

        Map<String, Integer> seen = accounted(List.of(out), dir.resolve("out/posts.errors.jsonl"));
        assertThat(seen.values()).allMatch(n -> n == 1);
        assertThat(seen).hasSize(MixedCorpus.PAGES);
        assertThat(summary.pages()).isEqualTo(MixedCorpus.PAGES);
        assertThat(summary.pagesWithPosts() + summary.errors()).isEqualTo(summary.pages());
        assertThat(summary.errorsByReason()).containsEntry("not-html", 4L).containsEntry("unreadable", 4L)
                .containsEntry("extraction-failed", 1L);
        assertThat(summary.skipped()).as("the zip's png").isEqualTo(1);
        assertThat(Files.exists(out.resolveSibling("posts.summary.json"))).isTrue();
        assertThat(Files.exists(out.resolveSibling("posts.jsonl.journal"))).as("removed when done").isFalse();
        assertThat(Files.list(out.getParent())).noneMatch(p -> p.toString().endsWith(".partial"));
    }

    @Test
    void warcRecordsGiveTheirTargetUriAndJsonLinesTheirUrl() throws IOException {
        Path corpus = dir.resolve("corpus");
        MixedCorpus.write(corpus, 1);
        Path out = dir.resolve("posts.jsonl");

        run(BatchConverter.builder(TestPipeline.gleaner()).threads(1).build(), corpus, BatchOutput.to(out));

        List<JsonNode> posts = lines(out);
        assertThat(posts).filteredOn(p -> p.get("title").asText().equals("Warc 1"))
                .extracting(p -> p.get("source").asText() + " " + p.get("url").asText())
                .containsExactly("https://w.example/1 https://w.example/1");
        assertThat(posts).filteredOn(p -> p.get("title").asText().equals("J3"))
                .extracting(p -> p.get("source").asText()).containsExactly("https://j.example/3");
        assertThat(posts).filteredOn(p -> p.get("title").asText().equals("Zip good"))
                .extracting(p -> p.get("source").asText()).containsExactly(corpus.resolve("pages.zip") + "!/a/good.html");
    }

    @Test
    void orderedOutputFollowsTheInputOrder() throws IOException {
        Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 30; i++) {
            Files.write(dir.resolve(String.format(Locale.ROOT, "in/p%02d.html", i)), MixedCorpus.page(
                    (i % 7 == 0 ? "<sleep ms=\"30\"></sleep>" : "") + MixedCorpus.article("P" + i, "x")));
        }
        Path out = dir.resolve("posts.jsonl");

        run(BatchConverter.builder(TestPipeline.gleaner()).threads(4).ordered(true).build(), dir.resolve("in"),
                BatchOutput.to(out));

        List<String> titles = lines(out).stream().map(p -> p.get("title").asText()).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            expected.add("P" + i);
        }
        assertThat(titles).isEqualTo(expected);
    }

    @Test
    void aPageOverTheTimeLimitIsReportedAndTheRunGoesOn() throws IOException {
        Path corpus = dir.resolve("corpus");
        MixedCorpus.write(corpus, 3_000);
        Path out = dir.resolve("posts.jsonl");

        BatchSummary summary = run(BatchConverter.builder(TestPipeline.gleaner()).threads(2)
                .pageTimeout(Duration.ofMillis(300)).build(), corpus, BatchOutput.to(out));

        assertThat(summary.pages()).isEqualTo(MixedCorpus.PAGES);
        assertThat(summary.errorsByReason()).containsEntry("timed-out", 1L);
        assertThat(summary.timedOut()).isEqualTo(1);
        assertThat(lines(dir.resolve("posts.errors.jsonl"))).filteredOn(e -> e.get("reason").asText()
                .equals("timed-out")).extracting(e -> e.get("source").asText())
                .containsExactly(corpus.resolve("slow.html").toString());
    }

    @Test
    void gzipShardsHoldEveryPostAndCompleteShardsHaveTheirFinalNames() throws IOException {
        for (int i = 0; i < 25; i++) {
            Files.createDirectories(dir.resolve("in"));
            Files.write(dir.resolve(String.format(Locale.ROOT, "in/p%02d.html", i)),
                    MixedCorpus.page(MixedCorpus.article("P" + i, "x") + MixedCorpus.article("Q" + i, "y")));
        }
        Path out = dir.resolve("out/posts.jsonl");

        BatchSummary summary = run(BatchConverter.builder(TestPipeline.gleaner()).threads(2).checkpointPages(3)
                .build(), dir.resolve("in"), BatchOutput.to(out).withGzip(true).withShardSize(10));

        assertThat(summary.outputs()).containsExactly(dir.resolve("out/posts-00000.jsonl.gz").toString(),
                dir.resolve("out/posts-00001.jsonl.gz").toString(), dir.resolve("out/posts-00002.jsonl.gz").toString(),
                dir.resolve("out/posts-00003.jsonl.gz").toString(), dir.resolve("out/posts-00004.jsonl.gz").toString());
        int total = 0;
        for (String shard : summary.outputs()) {
            List<JsonNode> posts = lines(Path.of(shard));
            assertThat(posts.size()).isBetween(10, 11);
            total += posts.size();
        }
        assertThat(total).isEqualTo(50);
    }

    @Test
    void dedupeCollapsesTheSamePostReachedThroughSeveralPages() throws IOException {
        Files.createDirectories(dir.resolve("in"));
        String post = "<article data-id=\"42\" data-url=\"https://b.example/2024/01/p.html\"><h1>P</h1><p>x</p></article>";
        String mobile = "<article data-url=\"https://b.example/2024/01/p.html?m=1\"><h1>P</h1><p>x</p></article>";
        Files.write(dir.resolve("in/a-item.html"), MixedCorpus.page(post));
        Files.write(dir.resolve("in/b-index.html"), MixedCorpus.page(post + MixedCorpus.article("Other", "o")));
        Files.write(dir.resolve("in/c-mobile.html"), MixedCorpus.page(mobile));
        Path out = dir.resolve("posts.jsonl");

        BatchSummary byId = run(BatchConverter.builder(TestPipeline.gleaner()).threads(1).ordered(true)
                .dedupe(Optional.of(DedupeMode.POST_ID)).build(), dir.resolve("in"), BatchOutput.to(out));
        assertThat(byId.posts()).isEqualTo(3);
        assertThat(byId.duplicates()).isEqualTo(1);

        BatchSummary byUrl = run(BatchConverter.builder(TestPipeline.gleaner()).threads(1).ordered(true)
                .dedupe(Optional.of(DedupeMode.URL)).build(), dir.resolve("in"), BatchOutput.to(out));
        assertThat(byUrl.posts()).isEqualTo(2);
        assertThat(byUrl.duplicates()).isEqualTo(2);
        assertThat(byUrl.errorsByReason()).containsEntry("duplicate", 1L);
        assertThat(byUrl.pages()).isEqualTo(3);
    }

    @Test
    void aJournalOfAnotherJobIsNotResumed() throws IOException {
        Path out = dir.resolve("posts.jsonl");
        Files.writeString(out.resolveSibling("posts.jsonl.journal"), "{\"journal\":1,\"fingerprint\":\"other\"}\n");
        Files.createDirectories(dir.resolve("in"));

        assertThatThrownBy(() -> run(BatchConverter.builder(TestPipeline.gleaner()).build(), dir.resolve("in"),
                BatchOutput.to(out))).isInstanceOf(IllegalStateException.class).hasMessageContaining("different job");
    }

    @Test
    void urlsAreNormalisedForDedupe() {
        assertThat(DedupeMode.normaliseUrl("HTTPS://Blog.Example.com/2024/01/p.html?m=1&showComment=123#c9"))
                .isEqualTo("https://blog.example.com/2024/01/p.html");
        assertThat(DedupeMode.normaliseUrl("https://b.example/search?q=x&utm_source=feed"))
                .isEqualTo("https://b.example/search?q=x");
    }

    static BatchSummary run(BatchConverter converter, Path input, BatchOutput output) throws IOException {
        try (PageSource pages = PageSource.of(List.of(input), InputOptions.defaults(), w -> { })) {
            return converter.run(pages, output, input.toString(), ProgressListener.NONE);
        }
    }

    /** How often each source appears: pages with posts once (however many posts), errors once each. */
    static Map<String, Integer> accounted(List<Path> postFiles, Path errors) throws IOException {
        Map<String, Integer> seen = new HashMap<>();
        for (Path file : postFiles) {
            lines(file).stream().map(p -> p.get("source").asText()).distinct()
                    .forEach(s -> seen.merge(s, 1, Integer::sum));
        }
        for (JsonNode error : lines(errors)) {
            seen.merge(error.get("source").asText(), 1, Integer::sum);
        }
        return seen;
    }

    static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }
}
