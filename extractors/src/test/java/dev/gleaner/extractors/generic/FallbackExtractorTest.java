package dev.gleaner.extractors.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gleaner.model.Platform;
import dev.gleaner.model.Post;
import dev.gleaner.spi.Page;
import dev.gleaner.spi.PageExtraction;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class FallbackExtractorTest {

    private static final FallbackExtractor EXTRACTOR = new FallbackExtractor();
    private static final String URL = "https://news.test/a";

    @Test
    void readsTitleBodyAndMetadata() {
        String long1 = "This is the article body with enough words to count as content. ".repeat(5);
        String html = "<head><title>Headline - News Site</title><meta name=generator content='WordPress 6.4'>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":"
                + "\"2024-01-02T03:04:05Z\",\"author\":{\"name\":\"Jo\"}}</script></head>"
                + "<body><nav>Menu Home About</nav><article><h1>Headline</h1><p>" + long1 + "</p></article>"
                + "<footer>Copyright</footer></body>";
        PageExtraction result = EXTRACTOR.extract(new Page(URL, URL, Jsoup.parse(html, URL), Optional.empty()));
        Post post = result.posts().get(0);
        assertThat(post.title()).isEqualTo("Headline");
        assertThat(post.text()).contains("article body").doesNotContain("Menu", "Copyright");
        assertThat(post.published().orElseThrow().toOffsetDateTime().orElseThrow().toInstant().toString())
                .isEqualTo("2024-01-02T03:04:05Z");
        assertThat(post.authors()).hasSize(1);
        assertThat(result.site().platform()).isEqualTo(Platform.WORDPRESS);
        assertThat(EXTRACTOR.recognises(new Page(URL, URL, Jsoup.parse(""), Optional.empty()))).isTrue();
    }

    @Test
    void findsTheDensestBlockWithoutArticleMarkup() {
        String html = "<div class=menu><a>a</a><a>b</a></div><div class=x><p>"
                + "Long paragraph of real text that a reader came for. ".repeat(4) + "</p></div>";
        Post post = EXTRACTOR.extract(new Page(URL, URL, Jsoup.parse(html, URL), Optional.empty())).posts().get(0);
        assertThat(post.text()).startsWith("Long paragraph").doesNotContain("a b");
    }
}
