package dev.gleaner.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gleaner.Gleaner;
import dev.gleaner.RawPage;
import dev.gleaner.internal.SafeUrls;
import dev.gleaner.model.Author;
import dev.gleaner.model.Image;
import dev.gleaner.model.Link;
import dev.gleaner.model.PageKind;
import dev.gleaner.model.PageResult;
import dev.gleaner.model.PageStatus;
import dev.gleaner.model.Platform;
import dev.gleaner.model.Post;
import dev.gleaner.model.Site;
import dev.gleaner.spi.Page;
import dev.gleaner.spi.PageExtraction;
import dev.gleaner.spi.PageExtractor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The front door under hostile pages and failing stages: URLs a page declares never carry a script scheme into a
 * post, a failing or overflowing extractor is recorded and the cascade goes on, and the charset decoder takes mixed
 * and wrong declarations.
 */
class FrontDoorRobustnessTest {

    private static final String URL = "https://example.com/post.html";

    private static PageExtractor extractor(String name, Function<Page, PageExtraction> extract) {
        return new PageExtractor() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean recognises(Page page) {
                return true;
            }

            @Override
            public PageExtraction extract(Page page) {
                return extract.apply(page);
            }
        };
    }

    private static Gleaner gleaner(PageExtractor... extractors) {
        return Gleaner.builder().extractors(List.of(extractors)).enrichers(List.of()).build();
    }

    @Test
    void scriptUrlsFromThePageNeverReachAPost() {
        Post hostile = Post.builder().title("t").url(" JavaScript:alert(1)")
                .canonicalUrl(Optional.of("java\tscript:alert(1)"))
                .authors(List.of(new Author("Eve", Optional.of("vbscript:msgbox(1)")),
                        new Author("Bob", Optional.of("https://bob.example/"))))
                .images(List.of(new Image("data:image/svg+xml,<svg onload=alert(1)>", "", Optional.empty(),
                        Optional.empty(), Optional.empty()), new Image("https://cdn.example/a.png", "", Optional.empty(),
                        Optional.empty(), Optional.empty())))
                .links(List.of(new Link("javascript:alert(1)", "x", true), new Link("/relative", "r", false)))
                .site(new Site(Optional.of("s"), Optional.of("data:text/html,x"), Platform.OTHER, Optional.empty()))
                .extractor("evil").build();
        PageResult result = gleaner(extractor("evil", page -> new PageExtraction(PageKind.ITEM, List.of(hostile),
                Site.unknown(), List.of()))).ingest("<p>x</p>", URL);

        Post post = result.posts().get(0);
        assertThat(post.url()).isEqualTo(URL);
        assertThat(post.canonicalUrl()).isEmpty();
        assertThat(post.authors()).extracting(Author::url)
                .containsExactly(Optional.empty(), Optional.of("https://bob.example/"));
        assertThat(post.images()).extracting(Image::src).containsExactly("https://cdn.example/a.png");
        assertThat(post.links()).extracting(Link::href).containsExactly("/relative");
        assertThat(post.site().url()).isEmpty();
        assertThat(result.diagnostics()).anyMatch(d -> d.toString().contains("unsafe scheme"));
    }

    @Test
    void aDeclaredScriptCanonicalIsNotThePageUrl() {
        Gleaner gleaner = gleaner(extractor("one", page -> new PageExtraction(PageKind.ITEM,
                List.of(Post.builder().title("t").url(page.url()).extractor("one").build()), Site.unknown(),
                List.of())));
        byte[] page = "<link rel=canonical href=' JavaScript:alert(1)'><p>x</p>".getBytes(StandardCharsets.UTF_8);

        PageResult result = gleaner.ingest(RawPage.of("saved.html", page));

        assertThat(result.url()).isEmpty();
        assertThat(result.posts().get(0).url()).isEmpty();
        PageResult declared = gleaner.ingest(RawPage.of("saved.html",
                "<link rel=canonical href='https://x.example/p'><p>x</p>".getBytes(StandardCharsets.UTF_8)));
        assertThat(declared.posts().get(0).url()).isEqualTo("https://x.example/p");
    }

    @Test
    void safeUrlsReadsSchemesAsABrowserDoes() {
        assertThat(SafeUrls.isSafe("https://x.example/a:b")).isTrue();
        assertThat(SafeUrls.isSafe("/2024/03/a:b.html")).isTrue();
        assertThat(SafeUrls.isSafe("a/b:c")).isTrue();
        assertThat(SafeUrls.isSafe("file:///tmp/page.html")).isTrue();
        assertThat(SafeUrls.isSafe("")).isTrue();
        for (String bad : List.of("javascript:alert(1)", " JAVASCRIPT:alert(1)", "java\nscript:alert(1)",
                "\u0001javascript:x", "vbscript:x", "data:text/html,x", "livescript:x", "jav\u007Fascript:x")) {
            assertThat(SafeUrls.isSafe(bad)).as(bad).isFalse();
        }
    }

    @Test
    void failingAndOverflowingExtractorsAreRecordedAndTheCascadeGoesOn() {
        PageExtractor throwing = extractor("throwing", page -> {
            throw new IllegalStateException("boom");
        });
        PageExtractor overflowing = extractor("overflowing", page -> recurse(0));
        PageExtractor working = extractor("working", page -> new PageExtraction(PageKind.ITEM,
                List.of(Post.builder().title("ok").url(page.url()).extractor("working").build()), Site.unknown(),
                List.of()));

        PageResult result = gleaner(throwing, overflowing, working).ingest("<p>x</p>", URL);

        assertThat(result.status()).isEqualTo(PageStatus.OK);
        assertThat(result.posts()).extracting(Post::title).containsExactly("ok");
        assertThat(result.diagnostics().toString()).contains("throwing", "boom", "overflowing",
                "StackOverflowError");
        assertThat(gleaner(throwing, overflowing).ingest("<p>x</p>", URL).status())
                .isEqualTo(PageStatus.EXTRACTION_FAILED);
    }

    @Test
    void aPageOverTheConfiguredLimitIsReportedTooLarge() {
        Gleaner small = Gleaner.builder().extractors(List.of(extractor("any", page -> PageExtraction.nothing("any",
                "none")))).enrichers(List.of()).maxPageChars(1000).build();

        assertThat(small.ingest("x".repeat(1001), URL).status()).isEqualTo(PageStatus.TOO_LARGE);
        assertThat(small.ingest(new byte[5000], URL, Optional.empty()).status()).isEqualTo(PageStatus.TOO_LARGE);
        assertThat(small.ingest("x".repeat(1001), URL).diagnostics().toString()).contains("too large");
    }

    private static PageExtraction recurse(int depth) {
        return depth < 0 ? PageExtraction.nothing("x", "never") : recurse(depth + 1);
    }
}
