package com.example.gleaner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gleaner.Gleaner;
import dev.gleaner.json.GleanerJson;
import dev.gleaner.json.JsonLinesWriter;
import dev.gleaner.model.Author;
import dev.gleaner.model.Comment;
import dev.gleaner.model.Diagnostic;
import dev.gleaner.model.Entity;
import dev.gleaner.model.EntityType;
import dev.gleaner.model.Image;
import dev.gleaner.model.LabelSource;
import dev.gleaner.model.LabelSuggestion;
import dev.gleaner.model.Link;
import dev.gleaner.model.Mention;
import dev.gleaner.model.PageKind;
import dev.gleaner.model.PageResult;
import dev.gleaner.model.Platform;
import dev.gleaner.model.Post;
import dev.gleaner.model.PostTime;
import dev.gleaner.model.Site;
import dev.gleaner.spi.Page;
import dev.gleaner.spi.PageExtraction;
import dev.gleaner.spi.PageExtractor;
import dev.gleaner.spi.PostEnricher;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uses Gleaner the way an application does: only public types, from a package outside the library, so that a
 * type or method made package-private by accident (or an internal type leaking into a signature) shows up here.
 */
class PublicApiTest {
    private static final String URL = "https://example.blogspot.com/2024/03/hello.html";
    private static final String PAGE = "<html><head><title>Hello - Example</title></head><body>"
            + "<article><h1>Hello</h1><p>First paragraph.</p></article></body></html>";

    @TempDir
    Path dir;

    // ---- the front door ----

    @Test
    void theDefaultPipelineIngestsTextAndAlwaysAnswers() {
        Gleaner gleaner = Gleaner.create();

        PageResult result = gleaner.ingest(PAGE, URL);

        assertThat(result).isNotNull();
        assertThat(result.source()).isEqualTo(URL);
        assertThat(result.url()).isEqualTo(URL);
        assertThat(gleaner.extractors()).isNotEmpty();
        assertThat(result.posts()).allSatisfy(post -> assertThat(post.source()).isEqualTo(URL));
    }

    @Test
    void aCustomExtractorAndEnricherFormThePipeline() {
        Gleaner gleaner = Gleaner.builder()
                .extractors(List.of(new ArticleExtractor()))
                .enrichers(List.of(new ShoutingLabelEnricher()))
                .build();

        PageResult result = gleaner.ingest(PAGE, URL);

        assertThat(result.kind()).isEqualTo(PageKind.ITEM);
        assertThat(result.firstPost()).hasValueSatisfying(post -> {
            assertThat(post.title()).isEqualTo("Hello");
            assertThat(post.text()).isEqualTo("First paragraph.");
            assertThat(post.labels()).containsExactly("HELLO");
            assertThat(post.extractor()).isEqualTo("article");
            assertThat(post.source()).isEqualTo(URL);
        });
        assertThat(result.diagnostics()).contains(Diagnostic.used("extractor", "article"));
        assertThat(gleaner.extractors()).hasSize(1);
        assertThat(gleaner.enrichers()).hasSize(1);
    }

    @Test
    void theCascadeMovesOnWhenAnExtractorFailsOrFindsNothing() {
        PageExtractor failing = new NamedExtractor("failing") {
            @Override
            public PageExtraction extract(Page page) {
                throw new IllegalStateException("broken on purpose");
            }
        };
        PageExtractor empty = new NamedExtractor("empty") {
            @Override
            public PageExtraction extract(Page page) {
                return PageExtraction.nothing(name(), "nothing here");
            }
        };
        Gleaner gleaner = Gleaner.builder().extractors(List.of(failing, empty, new ArticleExtractor()))
                .enrichers(List.of()).build();

        PageResult result = gleaner.ingest(PAGE, URL);

        assertThat(result.posts()).extracting(Post::extractor).containsExactly("article");
        assertThat(result.diagnostics()).extracting(Diagnostic::toString)
                .anySatisfy(d -> assertThat(d).contains("failing", "broken on purpose"))
                .anySatisfy(d -> assertThat(d).contains("empty", "nothing here"));
    }

    @Test
    void aFailingEnricherIsRecordedAndTheOthersStillRun() {
        PostEnricher failing = new PostEnricher() {
            @Override
            public String name() {
                return "failing-enricher";
            }

            @Override
            public Post enrich(Post post, Page page) {
                throw new IllegalArgumentException("enricher broke");
            }
        };
        Gleaner gleaner = Gleaner.builder().extractors(List.of(new ArticleExtractor()))
                .enrichers(List.of(failing, new ShoutingLabelEnricher())).build();

        PageResult result = gleaner.ingest(PAGE, URL);

        assertThat(result.firstPost().orElseThrow().labels()).containsExactly("HELLO");
        assertThat(result.diagnostics()).extracting(Diagnostic::subject).contains("failing-enricher");
    }

    @Test
    void aPageOverTheSizeLimitIsReportedNotExtracted() {
        Gleaner gleaner = Gleaner.builder().extractors(List.of(new ArticleExtractor())).enrichers(List.of())
                .maxPageChars(PAGE.length() - 1).build();

        PageResult result = gleaner.ingest(PAGE, URL);

        assertThat(result.isEmpty()).isTrue();
        assertThat(result.diagnostics()).extracting(Diagnostic::detail).anySatisfy(d -> assertThat(d).contains("too large"));
    }

    @Test
    void ingestingAFileUsesItsPathAsSourceAndItsCanonicalUrl() throws IOException {
        Path file = Files.writeString(dir.resolve("page.html"),
                "<html><head><link rel=canonical href='https://x.blogspot.com/p.html'></head><body>"
                        + "<article><h1>T</h1><p>Body <a href='/rel'>link</a></p></article></body></html>");
        Gleaner gleaner = pipeline();

        PageResult result = gleaner.ingest(file);

        assertThat(result.source()).isEqualTo(file.toString());
        assertThat(result.url()).isEqualTo("https://x.blogspot.com/p.html");
        assertThat(result.firstPost().orElseThrow().source()).isEqualTo(file.toString());
    }

    @Test
    void ingestingAFileWithoutCanonicalUsesTheFileUriOrTheGivenUrl() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.html"), PAGE);
        Gleaner gleaner = pipeline();

        assertThat(gleaner.ingest(file).url()).startsWith("file:").endsWith("plain.html");
        assertThat(gleaner.ingest(file, URL).url()).isEqualTo(URL);
    }

    @Test
    void gzippedFilesAreDecompressed() throws IOException {
        Path file = dir.resolve("page.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }

        assertThat(pipeline().ingest(file, URL).firstPost().orElseThrow().title()).isEqualTo("Hello");
    }

    @Test
    void aMissingFileIsAnIOException() {
        assertThatThrownBy(() -> pipeline().ingest(dir.resolve("missing.html"))).isInstanceOf(IOException.class);
    }

    @Test
    void bytesAreDecodedWithTheDeclaredOrTransportCharset() {
        Charset windows1252 = Charset.forName("windows-1252");
        String html = "<html><body><article><h1>Café</h1><p>Crème brûlée – 5 €</p></article></body></html>";
        Gleaner gleaner = pipeline();

        PageResult viaTransport = gleaner.ingest(html.getBytes(windows1252), URL,
                Optional.of("text/html; charset=windows-1252"));
        PageResult viaMeta = gleaner.ingest(("<meta charset=windows-1252>" + html).getBytes(windows1252), URL,
                Optional.empty());
        PageResult utf8 = gleaner.ingest(html.getBytes(StandardCharsets.UTF_8), URL, Optional.empty());

        for (PageResult result : List.of(viaTransport, viaMeta, utf8)) {
            assertThat(result.firstPost().orElseThrow().title()).isEqualTo("Café");
            assertThat(result.firstPost().orElseThrow().text()).isEqualTo("Crème brûlée – 5 €");
        }
    }

    // ---- JSON ----

    @Test
    void aFullPostSurvivesAJsonRoundTrip() {
        Post post = fullPost();

        String json = GleanerJson.toJson(post);

        assertThat(json).doesNotContain("\n");
        assertThat(GleanerJson.readPost(json)).isEqualTo(post);
        assertThat(GleanerJson.toPrettyJson(post)).contains("\n");
        assertThat(json).contains("\"published\":\"2024-03-03T15:48:00-08:00\"", "\"updated\":\"2024-03-04\"");
    }

    @Test
    void jsonLinesHaveOneCompactPostPerLine() throws IOException {
        StringWriter out = new StringWriter();
        Post first = fullPost();
        Post second = Post.builder().title("Second").build();

        try (JsonLinesWriter lines = new JsonLinesWriter(out)) {
            lines.write(first);
            lines.write(second);
            assertThat(lines.lines()).isEqualTo(2);
        }

        List<String> written = out.toString().lines().toList();
        assertThat(written).hasSize(2);
        assertThat(out.toString()).endsWith("\n");
        assertThat(GleanerJson.readPost(written.get(0))).isEqualTo(first);
        assertThat(GleanerJson.readPost(written.get(1))).isEqualTo(second);
    }

    @Test
    void aPageResultIsReadableToo() throws IOException {
        PageResult result = pipeline().ingest(PAGE, URL);

        String json = GleanerJson.toPrettyJson(result);

        assertThat((PageResult) GleanerJson.pageReader().readValue(json)).isEqualTo(result);
    }

    @Test
    void postTimesKeepThePagesPrecision() {
        assertThat(PostTime.parse("2024-03-03").toString()).isEqualTo("2024-03-03");
        assertThat(PostTime.parse("2024-03-03T09:30").toString()).isEqualTo("2024-03-03T09:30:00");
        assertThat(PostTime.parse("2024-03-03T09:30:00+05:30").toOffsetDateTime())
                .contains(OffsetDateTime.of(2024, 3, 3, 9, 30, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)));
        assertThat(PostTime.ofLocal(LocalDateTime.of(2024, 3, 3, 9, 30)).isInstant()).isFalse();
    }

    // ---- misuse is loud and named ----

    @Test
    void nullArgumentsAreNamed() {
        Gleaner gleaner = pipeline();

        assertThatThrownBy(() -> gleaner.ingest((String) null, URL))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("html");
        assertThatThrownBy(() -> gleaner.ingest(PAGE, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("url");
        assertThatThrownBy(() -> gleaner.ingest((byte[]) null, URL, Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("bytes");
        assertThatThrownBy(() -> gleaner.ingest(new byte[0], URL, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("contentType");
        assertThatThrownBy(() -> gleaner.ingest((Path) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("file");
        assertThatThrownBy(() -> Gleaner.builder().extractors(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("extractors");
        List<PostEnricher> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> Gleaner.builder().enrichers(withNull))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("enrichers");
        assertThatThrownBy(() -> Post.builder().title(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> GleanerJson.toJson(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("post");
    }

    @Test
    void badValuesAreIllegalArguments() {
        assertThatThrownBy(() -> Gleaner.builder().maxPageChars(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxPageChars");
        assertThatThrownBy(() -> Author.of(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> PostTime.parse("14/03/2024"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("14/03/2024");
        assertThatThrownBy(() -> Post.builder().wordCount(-1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wordCount");
        assertThatThrownBy(() -> new Mention(5, 2, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offsets");
        assertThatThrownBy(() -> GleanerJson.readPost("{\"title\": "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a Gleaner post");
    }

    @Test
    void anEmptyCascadeIsRefusedWhereItIsConfigured() {
        assertThatThrownBy(() -> Gleaner.builder().extractors(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("extractors must not be empty");
    }

    @Test
    void resultsAreImmutable() {
        PageResult result = pipeline().ingest(PAGE, URL);

        assertThatThrownBy(() -> result.posts().add(Post.builder().build()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> result.firstPost().orElseThrow().labels().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void emptyAndGarbageInputStillGiveAResult() {
        Gleaner gleaner = Gleaner.create();
        byte[] garbage = {(byte) 0xFF, (byte) 0xFE, 0, 1, 2, (byte) 0x80, '<', '<', '>', 0};

        for (PageResult result : List.of(gleaner.ingest("", ""), gleaner.ingest("   ", URL),
                gleaner.ingest("<<<>>>&&&;</p></div>", URL), gleaner.ingest(new byte[0], "", Optional.empty()),
                gleaner.ingest(garbage, URL, Optional.of("text/html; charset=nonsense")))) {
            assertThat(result).isNotNull();
            assertThat(result.kind()).isNotNull();
            assertThat(result.posts()).isNotNull();
            assertThat(result.diagnostics()).isNotNull();
        }
        assertThat(gleaner.ingest("", "").isEmpty()).isTrue();
    }

    // ---- helpers: stages written the way a user writes them ----

    private static Gleaner pipeline() {
        return Gleaner.builder().extractors(List.of(new ArticleExtractor())).enrichers(List.of()).build();
    }

    private static Post fullPost() {
        Site site = new Site(Optional.of("Example"), Optional.of("https://example.blogspot.com/"),
                Platform.BLOGGER, Optional.of("123"));
        return Post.builder()
                .source("page.html").url(URL).canonicalUrl(Optional.of(URL)).pageKind(PageKind.ITEM)
                .title("Hello").authors(List.of(new Author("Ann", Optional.of("https://www.blogger.com/profile/1"))))
                .published(Optional.of(PostTime.of(OffsetDateTime.of(2024, 3, 3, 15, 48, 0, 0, ZoneOffset.ofHours(-8)))))
                .updated(Optional.of(PostTime.ofDate(LocalDate.of(2024, 3, 4))))
                .labels(List.of("Beans", "Sowing")).text("Body text.").html("<p>Body text.</p>")
                .summary(Optional.of("Body"))
                .images(List.of(new Image("https://example.com/a.png", "", Optional.of("A"), Optional.of(10),
                        Optional.empty())))
                .links(List.of(new Link("https://example.com/", "example", true)))
                .language(Optional.of("en")).wordCount(2).bloggerPostId(Optional.of("456")).site(site)
                .comments(List.of(new Comment(Optional.of("Bob"), Optional.empty(), "Nice.")))
                .commentCount(Optional.of(1))
                .entities(List.of(new Entity("Ann", EntityType.PERSON, Optional.empty(),
                        List.of(new Mention(0, 3, "Ann")), 1, 0.9, "test"))).suggestedLabels(List.of(
                        new LabelSuggestion("beans", 0.5, LabelSource.VOCABULARY, List.of("beans"), true)))
                .extractor("test")
                .build();
    }

    /** A user's extractor: one post per {@code <article>}, titled by its {@code <h1>}. */
    private static final class ArticleExtractor extends NamedExtractor {
        ArticleExtractor() {
            super("article");
        }

        @Override
        public PageExtraction extract(Page page) {
            List<Post> posts = new ArrayList<>();
            for (Element article : page.document().select("article")) {
                Element h1 = article.selectFirst("h1");
                posts.add(Post.builder().url(page.url()).title(h1 == null ? "" : h1.text())
                        .text(String.join("\n\n", article.select("p").eachText())).extractor(name()).build());
            }
            return new PageExtraction(posts.size() == 1 ? PageKind.ITEM : PageKind.INDEX, posts, Site.unknown(),
                    List.of());
        }
    }

    /** A user's enricher: labels each post with its title in capitals. */
    private static final class ShoutingLabelEnricher implements PostEnricher {
        @Override
        public String name() {
            return "shouting";
        }

        @Override
        public Post enrich(Post post, Page page) {
            List<String> labels = new ArrayList<>(post.labels());
            labels.add(post.title().toUpperCase(java.util.Locale.ROOT));
            return post.toBuilder().labels(labels).build();
        }
    }

    private abstract static class NamedExtractor implements PageExtractor {
        private final String name;

        NamedExtractor(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean recognises(Page page) {
            return true;
        }
    }
}
