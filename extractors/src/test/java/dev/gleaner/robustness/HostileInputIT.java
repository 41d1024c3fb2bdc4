package dev.gleaner.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gleaner.Gleaner;
import dev.gleaner.json.GleanerJson;
import dev.gleaner.model.PageResult;
import dev.gleaner.model.PageStatus;
import dev.gleaner.model.Post;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The slow hostile inputs, run by {@code ./mvnw -Probustness verify} (failsafe, under Turkish and German default
 * locales; {@code -Xmx1g}): 100,000-deep nesting of every kind of element (no {@link StackOverflowError} anywhere:
 * jsoup's parser keeps at most 512 open elements, and every DOM walk in Gleaner is iterative or bounded by that
 * depth), 5 MB text nodes and attribute values, and a 50 MB page, which by default is a clear {@code TOO_LARGE}
 * result and, with the limit raised, is extracted in bounded time within the 1 GB heap. Times are printed, not
 * asserted (beyond a hang detector); the measured figures are in the README.
 */
class HostileInputIT {

    private static final String URL = "https://hostile.blogspot.com/2024/03/a-post.html";
    private static final int DEEP = 100_000;
    private static final int FIVE_MB = 5 * 1024 * 1024;
    private static final int FIFTY_MB = 50 * 1024 * 1024;
    /** Limit for the 50 MB extraction: above the page (the default, 16 Mi characters, refuses it). */
    private static final int RAISED_LIMIT = 64 * 1024 * 1024;

    private static Gleaner gleaner;

    @BeforeAll
    static void createPipeline() {
        gleaner = Gleaner.create();
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void hundredThousandDeepNesting() {
        String[][] kinds = {{"<div>", "</div>"}, {"<b><i>", "</i></b>"}, {"<ul><li>", "</li></ul>"},
            {"<table><tr><td>", "</td></tr></table>"}, {"<blockquote>", "</blockquote>"}, {"<a href=x>", "</a>"},
            {"<span>", "</span>"}, {"<svg><g>", "</g></svg>"}, {"<div>", ""}};
        for (String[] kind : kinds) {
            String html = "<html><body>" + kind[0].repeat(DEEP) + "deep text" + kind[1].repeat(DEEP) + "</body></html>";
            timed("100,000 x " + kind[0] + (kind[1].isEmpty() ? " unclosed" : ""), html, gleaner);
        }
        timed("100,000 divs inside a Blogger post body", HostileInputTest.BLOGGER_PAGE.replace(
                "<p>The first paragraph", "<div>".repeat(DEEP) + "deep" + "</div>".repeat(DEEP)
                        + "<p>The first paragraph"), gleaner);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void fiveMegabyteTextNodesAndAttributes() {
        String words = "lorem ipsum dolor sit amet ".repeat(FIVE_MB / 27 + 1).substring(0, FIVE_MB);
        timed("5 MB text in a post body", HostileInputTest.BLOGGER_PAGE.replace("The first paragraph has", words),
                gleaner);
        timed("5 MB text without spaces", "<html><body><p>" + "x".repeat(FIVE_MB) + "</p></body></html>", gleaner);
        timed("5 MB attribute value", "<html><body><a href='" + "a".repeat(FIVE_MB) + "'>x</a></body></html>",
                gleaner);
        timed("5 MB title", "<html><head><title>" + "t ".repeat(FIVE_MB / 2) + "</title></head><body><p>x</p>"
                + "</body></html>", gleaner);
        timed("5 MB byline", "<html><body><article><h1>T</h1><p class='byline'>By " + "a".repeat(FIVE_MB)
                + "</p><p>Body text of the article.</p></article></body></html>", gleaner);
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void aFiftyMegabytePage() {
        String paragraph = "<p>The quick brown fox jumps over the lazy dog, again and again, for the test.</p>\n";
        String page = "<html><head><title>Big</title></head><body><article><h1>Big</h1>"
                + paragraph.repeat(FIFTY_MB / paragraph.length()) + "</article></body></html>";

        PageResult refused = timed("50 MB page, default limit", page, gleaner);
        assertThat(refused.status()).isEqualTo(PageStatus.TOO_LARGE);
        assertThat(refused.diagnostics().toString()).contains("too large");

        Gleaner raised = Gleaner.builder().maxPageChars(RAISED_LIMIT).build();
        PageResult extracted = timed("50 MB page, limit raised to 64 Mi characters", page, raised);
        assertThat(extracted.status()).isIn(PageStatus.OK, PageStatus.NO_POST);
    }

    private static PageResult timed(String what, String html, Gleaner pipeline) {
        Runtime runtime = Runtime.getRuntime();
        long start = System.nanoTime();
        PageResult result;
        try {
            result = pipeline.ingest(html, URL);
        } catch (Throwable t) {
            throw new AssertionError(what + ": threw " + t, t);
        }
        for (Post post : result.posts()) {
            GleanerJson.toJson(post);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf(Locale.ROOT, "hostile IT: %-55s %-10s %8d ms, heap in use %d MB%n", what,
                result.status(), took.toMillis(), (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        assertThat(result).as(what).isNotNull();
        return result;
    }
}
