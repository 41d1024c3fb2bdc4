package dev.gleaner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gleaner.model.Diagnostic;
import dev.gleaner.model.PageKind;
import dev.gleaner.model.PageResult;
import dev.gleaner.model.PageStatus;
import dev.gleaner.model.Post;
import dev.gleaner.model.Site;
import dev.gleaner.spi.Page;
import dev.gleaner.spi.PageExtraction;
import dev.gleaner.spi.PageExtractor;
import dev.gleaner.spi.PostEnricher;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GleanerTest {

    /** An extractor for tests: recognises pages whose text contains {@code marker}, makes one post per h1. */
    private static PageExtractor extractor(String name, String marker, Function<Page, List<Post>> posts) {
        return new PageExtractor() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean recognises(Page page) {
                return page.document().text().contains(marker);
            }

            @Override
            public PageExtraction extract(Page page) {
                return new PageExtraction(PageKind.ITEM, posts.apply(page), Site.unknown(), List.of());
            }
        };
    }

    private static List<Post> headings(Page page, String extractor) {
        return page.document().select("h1").eachText().stream()
                .map(t -> Post.builder().title(t).url(page.url()).extractor(extractor).build()).toList();
    }

    private static Gleaner gleaner(PageExtractor... extractors) {
        return Gleaner.builder().extractors(List.of(extractors)).enrichers(List.of()).build();
    }

    @Test
    void theFirstExtractorThatDeliversWins() {
        Gleaner g = gleaner(
                extractor("specific", "blogger", p -> List.of()),
                extractor("generic", "", p -> headings(p, "generic")));
        PageResult result = g.ingest("<h1>One</h1><p>blogger</p>", "https://x.example/");
        assertThat(result.status()).isEqualTo(PageStatus.OK);
        assertThat(result.posts()).extracting(Post::title).containsExactly("One");
        assertThat(result.posts().get(0).extractor()).isEqualTo("generic");
        assertThat(result.posts().get(0).source()).isEqualTo("https://x.example/");
        assertThat(result.diagnostics()).contains(Diagnostic.used("extractor", "generic"));
    }

    @Test
    void anExtractorThatThrowsIsRecordedAndTheNextIsAsked() {
        Gleaner g = gleaner(
                extractor("broken", "", p -> {
                    throw new IllegalStateException("boom");
                }),
                extractor("generic", "", p -> headings(p, "generic")));
        PageResult result = g.ingest("<h1>Still here</h1>", "");
        assertThat(result.status()).isEqualTo(PageStatus.OK);
        assertThat(result.diagnostics()).anySatisfy(d -> assertThat(d.detail()).contains("boom"));
    }

    @Test
    void statusSaysWhyThereIsNoPost() {
        Gleaner failing = gleaner(extractor("broken", "", p -> {
            throw new StackOverflowError();
        }));
        assertThat(failing.ingest("<p>x", "").status()).isEqualTo(PageStatus.EXTRACTION_FAILED);

        Gleaner empty = gleaner(extractor("generic", "", p -> List.of()));
        assertThat(empty.ingest("", "").status()).isEqualTo(PageStatus.NO_POST);

        Gleaner small = Gleaner.builder().extractors(List.of(extractor("generic", "", p -> headings(p, "g"))))
                .enrichers(List.of()).maxPageChars(10).build();
        PageResult tooLarge = small.ingest("<h1>far more than ten characters</h1>", "");
        assertThat(tooLarge.status()).isEqualTo(PageStatus.TOO_LARGE);
        assertThat(tooLarge.posts()).isEmpty();
    }

    @Test
    void enrichersRunInOrderAndAFailingOneIsSkipped() {
        PostEnricher suffix = new PostEnricher() {
            @Override
            public String name() {
                return "suffix";
            }

            @Override
            public Post enrich(Post post, Page page) {
                return post.toBuilder().title(post.title() + "!").build();
            }
        };
        PostEnricher broken = new PostEnricher() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public Post enrich(Post post, Page page) {
                throw new IllegalArgumentException("bad model");
            }
        };
        Gleaner g = Gleaner.builder().extractors(List.of(extractor("g", "", p -> headings(p, "g"))))
                .enrichers(List.of(suffix, broken, suffix)).build();
        PageResult result = g.ingest("<h1>Hi</h1>", "");
        assertThat(result.posts().get(0).title()).isEqualTo("Hi!!");
        assertThat(result.diagnostics()).anySatisfy(d -> assertThat(d.subject()).isEqualTo("broken"));
    }

    @Test
    void filesAreDecodedByTheirDeclaredCharsetAndGzipIsRead(@TempDir Path dir) throws IOException {
        String page = "<html><head><meta charset=\"windows-1252\">"
                + "<link rel=canonical href=\"https://blog.example/2024/01/cafe.html\"></head>"
                + "<body><h1>Café “crème”</h1></body></html>";
        Path plain = dir.resolve("page.html");
        Files.write(plain, page.getBytes("windows-1252"));
        Path gz = dir.resolve("page.HTML.GZ");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(page.getBytes("windows-1252"));
        }
        Gleaner g = gleaner(extractor("g", "", p -> headings(p, "g")));
        for (Path file : List.of(plain, gz)) {
            PageResult result = g.ingest(file);
            assertThat(result.posts()).extracting(Post::title).containsExactly("Café “crème”");
            assertThat(result.url()).isEqualTo("https://blog.example/2024/01/cafe.html");
            assertThat(result.source()).isEqualTo(file.toString());
        }
    }

    @Test
    void bytesKeepTheirOwnSource() {
        Gleaner g = gleaner(extractor("g", "", p -> headings(p, "g")));
        PageResult result = g.ingest("<h1>A</h1>".getBytes(StandardCharsets.UTF_8), "crawl.warc.gz#12",
                "https://blog.example/a.html", Optional.of("text/html; charset=utf-8"));
        assertThat(result.source()).isEqualTo("crawl.warc.gz#12");
        assertThat(result.posts().get(0).source()).isEqualTo("crawl.warc.gz#12");
        assertThat(result.url()).isEqualTo("https://blog.example/a.html");
    }

    @Test
    void aRawPageCarriesItsCrawlTimeAndFindsItsOwnUrl() {
        Gleaner g = gleaner(extractor("g", "", p -> headings(p, "g")));
        byte[] page = ("<link rel=canonical href='https://blog.example/2024/01/a.html'><h1>A</h1>")
                .getBytes(StandardCharsets.UTF_8);
        PageResult result = g.ingest(RawPage.of("crawl.warc.gz#3", page)
                .withCrawled(java.time.Instant.parse("2024-02-01T10:00:00Z")));
        assertThat(result.url()).isEqualTo("https://blog.example/2024/01/a.html");
        assertThat(result.posts().get(0).crawled()).contains(dev.gleaner.model.PostTime.parse("2024-02-01T10:00:00Z"));
        assertThat(result.posts().get(0).source()).isEqualTo("crawl.warc.gz#3");

        PageResult given = g.ingest(RawPage.of("x", page).withUrl("https://mirror.example/a.html")
                .withContentType("text/html; charset=utf-8"));
        assertThat(given.url()).isEqualTo("https://mirror.example/a.html");
        assertThat(given.posts().get(0).crawled()).isEmpty();
    }

    @Test
    void misuseIsRefusedWithTheArgumentsName() {
        Gleaner g = gleaner(extractor("g", "", p -> List.of()));
        assertThatThrownBy(() -> g.ingest((String) null, "")).isInstanceOf(NullPointerException.class)
                .hasMessage("html must not be null");
        assertThatThrownBy(() -> Gleaner.builder().maxPageChars(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxPageChars");
        assertThatThrownBy(() -> Gleaner.builder().extractors(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
