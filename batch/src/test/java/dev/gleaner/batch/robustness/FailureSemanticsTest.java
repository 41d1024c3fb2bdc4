package dev.gleaner.batch.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gleaner.Gleaner;
import dev.gleaner.batch.BatchConverter;
import dev.gleaner.batch.BatchOutput;
import dev.gleaner.batch.BatchSummary;
import dev.gleaner.batch.ProgressListener;
import dev.gleaner.batch.input.InputOptions;
import dev.gleaner.batch.input.PageSource;
import dev.gleaner.model.PageKind;
import dev.gleaner.model.Post;
import dev.gleaner.model.Site;
import dev.gleaner.spi.Page;
import dev.gleaner.spi.PageExtraction;
import dev.gleaner.spi.PageExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No exception escapes a conversion because of one page: a page whose extraction runs out of memory, overflows the
 * stack, throws, or never ends is recorded for that page (extraction-failed, timed-out), binary junk and empty
 * files are recorded as not-html, and every other page is still converted. Every input is accounted for.
 */
class FailureSemanticsTest {

    @TempDir
    Path dir;

    /** Throws what the page asks for: {@code <oom>}, {@code <overflow>}, {@code <boom>}, {@code <hang>}. */
    private static final class Hostile implements PageExtractor {
        @Override
        public String name() {
            return "hostile";
        }

        @Override
        public boolean recognises(Page page) {
            return true;
        }

        @Override
        public PageExtraction extract(Page page) {
            if (page.document().selectFirst("oom") != null) {
                throw new OutOfMemoryError("simulated: Java heap space");
            }
            if (page.document().selectFirst("overflow") != null) {
                return overflow(0);
            }
            if (page.document().selectFirst("boom") != null) {
                throw new IllegalStateException("boom");
            }
            if (page.document().selectFirst("hang") != null) {
                long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (System.nanoTime() < until) {
                    Thread.onSpinWait(); // ignores interrupts, as a runaway regular expression would
                }
            }
            return new PageExtraction(PageKind.ITEM, List.of(Post.builder().title(page.document().title())
                    .url(page.url()).extractor("hostile").build()), Site.unknown(), List.of());
        }

        private static PageExtraction overflow(int depth) {
            return depth < 0 ? PageExtraction.nothing("hostile", "never") : overflow(depth + 1);
        }
    }

    @Test
    void oneBadPageNeverStopsTheRun() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a-good.html"), "<title>Good A</title><p>x</p>");
        Files.writeString(in.resolve("b-oom.html"), "<title>OOM</title><oom></oom>");
        Files.writeString(in.resolve("c-overflow.html"), "<title>Overflow</title><overflow></overflow>");
        Files.writeString(in.resolve("d-boom.html"), "<title>Boom</title><boom></boom>");
        Files.writeString(in.resolve("e-hang.html"), "<title>Hang</title><hang></hang>");
        byte[] junk = new byte[4096];
        new Random(8).nextBytes(junk);
        Files.write(in.resolve("f-junk.html"), junk);
        Files.write(in.resolve("g-empty.html"), new byte[0]);
        Files.writeString(in.resolve("h-good.html"), "<title>Good H</title><p>y</p>");
        Gleaner gleaner = Gleaner.builder().extractors(List.of(new Hostile())).enrichers(List.of()).build();

        BatchSummary summary;
        try (PageSource pages = PageSource.of(List.of(in), InputOptions.defaults(), w -> { })) {
            summary = BatchConverter.builder(gleaner).threads(2).pageTimeout(Duration.ofMillis(1500)).build()
                    .run(pages, BatchOutput.to(dir.resolve("out/posts.jsonl")), "failures", ProgressListener.NONE);
        }

        assertThat(summary.pages()).isEqualTo(8);
        assertThat(summary.pagesWithPosts()).isEqualTo(2);
        assertThat(summary.pages()).isEqualTo(summary.pagesWithPosts() + summary.errors());
        assertThat(summary.errorsByReason()).containsEntry("timed-out", 1L).containsEntry("not-html", 2L);
        String errors = Files.readString(dir.resolve("out/posts.errors.jsonl"));
        assertThat(errors).contains("b-oom.html", "OutOfMemoryError", "c-overflow.html", "d-boom.html",
                "e-hang.html", "f-junk.html", "g-empty.html");
    }
}
