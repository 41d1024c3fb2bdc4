package dev.gleaner.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gleaner.Gleaner;
import dev.gleaner.json.GleanerJson;
import dev.gleaner.model.PageResult;
import dev.gleaner.model.Post;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One configured {@link Gleaner} shared by {@value #THREADS} threads over the same pages gives byte-identical JSON to
 * a single-threaded run; two pipelines give the same bytes; and the bytes are the same under six default locales
 * (root, Turkish, German, US English, Egyptian Arabic, Thai with Thai digits), switched within this test.
 */
class ConcurrencyTest {

    private static final int THREADS = 16;
    /** Rounds each thread makes over all pages, in a thread-specific order. */
    private static final int ROUNDS = 3;

    private static List<String[]> pages() {
        String blogger = HostileInputTest.BLOGGER_PAGE;
        String generic = "<html lang='de'><head><title>Ein Artikel über Straßen</title><meta name='author' "
                + "content='Jörg Ißler'><meta property='article:published_time' content='2024-03-14T09:30:00+01:00'>"
                + "</head><body><nav><a href='/'>Start</a></nav><article><h1>Ein Artikel über Straßen</h1><p>Der erste "
                + "Absatz über İstanbul, Diyarbakır und die Straße in Köln ist lang genug für den Inhalt.</p><p>Ein "
                + "zweiter Absatz mit Zahlen wie 1.234,56 € und Daten wie 14. März 2024.</p></article></body></html>";
        return List.of(new String[] {blogger, "https://hostile.blogspot.com/2024/03/a-post.html"},
                new String[] {blogger.replace("A post about", "Another post about").replace("Zoë", "İlkay"),
                    "https://hostile.blogspot.com/2024/03/another.html"},
                new String[] {generic, "https://example.de/2024/03/strassen.html"},
                new String[] {blogger.replace("</div>", ""), "https://hostile.blogspot.com/2024/03/unclosed.html"});
    }

    private static String json(Gleaner gleaner, String[] page) {
        PageResult result = gleaner.ingest(page[0], page[1]);
        StringBuilder out = new StringBuilder(result.status().name()).append('\n');
        for (Post post : result.posts()) {
            out.append(GleanerJson.toJson(post)).append('\n');
        }
        return out.toString();
    }

    @Test
    void theSameBytesUnderEveryDefaultLocale() {
        Locale original = Locale.getDefault();
        List<String> pagesJson = new ArrayList<>();
        try {
            for (Locale locale : List.of(Locale.ROOT, Locale.forLanguageTag("tr-TR"), Locale.GERMANY, Locale.US,
                    Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("th-TH-u-nu-thai"))) {
                Locale.setDefault(locale);
                Gleaner gleaner = Gleaner.create();
                StringBuilder all = new StringBuilder();
                for (String[] page : pages()) {
                    all.append(json(gleaner, page));
                }
                pagesJson.add(all.toString());
            }
        } finally {
            Locale.setDefault(original);
        }
        assertThat(pagesJson).as("JSON under root, tr-TR, de-DE, en-US, ar-EG, th-TH with Thai digits")
                .containsOnly(pagesJson.get(0));
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void sixteenThreadsGiveTheBytesOfOne() throws Exception {
        Gleaner gleaner = Gleaner.create();
        List<String[]> pages = pages();
        List<String> expected = new ArrayList<>();
        for (String[] page : pages) {
            expected.add(json(gleaner, page));
        }
        assertThat(expected).allMatch(j -> j.startsWith("OK"));
        List<String> again = new ArrayList<>();
        for (String[] page : pages) {
            again.add(json(Gleaner.create(), page));
        }
        assertThat(again).as("a second pipeline, a second run").isEqualTo(expected);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<String> mismatches = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        for (int i = 0; i < pages.size(); i++) {
                            int index = (i + offset + round) % pages.size();
                            if (!json(gleaner, pages.get(index)).equals(expected.get(index))) {
                                mismatches.add("thread " + offset + " page " + index);
                            }
                        }
                    }
                    return mismatches;
                }));
            }
            start.countDown();
            List<String> mismatches = new ArrayList<>();
            for (Future<List<String>> future : futures) {
                mismatches.addAll(future.get());
            }
            assertThat(mismatches).as("results that differ from the single-threaded run").isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }
}
