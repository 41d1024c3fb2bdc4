package dev.gleaner.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The accounting target: a mixed corpus converted by a JVM that is killed with SIGKILL in the middle, then resumed
 * with the same settings, ends with every input exactly once in the posts or the errors file.
 */
class ResumeAfterKillTest {
    /** Longest wait for the child to reach its kill point or to finish; generous for a loaded CI machine. */
    private static final long WAIT_MILLIS = 60_000;
    /** Commits to wait for before the kill: far enough that some pages are committed, far from the end. */
    private static final int COMMITS_BEFORE_KILL = 4;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "ordered {0}, gzip shards of {1}")
    @CsvSource({"false, 7", "true, 0"})
    void aRunKilledInTheMiddleAndResumedWritesEveryInputExactlyOnce(boolean ordered, long shards) throws Exception {
        Path corpus = dir.resolve("corpus");
        MixedCorpus.write(corpus, 1);
        Path out = dir.resolve("out/posts.jsonl");
        BatchOutput output = KillableRun.output(out, shards);

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KillableRun.class.getName(), corpus.toString(),
                out.toString(), String.valueOf(ordered), String.valueOf(shards))
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            waitForCommits(output.journal(), child);
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
            child.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        }
        assertThat(Files.exists(output.summary())).as("killed before it finished").isFalse();
        assertThat(Files.exists(output.journal())).isTrue();

        BatchSummary summary = BatchConverterTest.run(KillableRun.converter(TestPipeline.gleaner(), ordered),
                corpus, output);

        assertThat(summary.resumed()).isGreaterThan(0).isLessThan(MixedCorpus.PAGES);
        List<Path> postFiles = new ArrayList<>();
        summary.outputs().forEach(f -> postFiles.add(Path.of(f)));
        Map<String, Integer> seen = BatchConverterTest.accounted(postFiles, output.errors());
        assertThat(seen).hasSize(MixedCorpus.PAGES);
        assertThat(seen.values()).as("no input twice").allMatch(n -> n == 1);
        assertThat(summary.pages()).isEqualTo(MixedCorpus.PAGES);
        assertThat(summary.pagesWithPosts() + summary.errors()).isEqualTo(MixedCorpus.PAGES);
        long postLines = 0;
        for (Path file : postFiles) {
            postLines += BatchConverterTest.lines(file).size();
        }
        assertThat(postLines).isEqualTo(summary.posts());
        assertThat(Files.exists(output.journal())).isFalse();
    }

    private static void waitForCommits(Path journal, Process child) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline && child.isAlive()) {
            if (Files.exists(journal) && Files.readAllLines(journal).size() > COMMITS_BEFORE_KILL) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the child run did not commit " + COMMITS_BEFORE_KILL + " times before "
                + (child.isAlive() ? "the deadline" : "it ended"));
    }
}
