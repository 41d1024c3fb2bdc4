package dev.gleaner.extractors.blogger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gleaner.model.Author;
import dev.gleaner.model.PageKind;
import dev.gleaner.model.Post;
import dev.gleaner.spi.Page;
import dev.gleaner.spi.PageExtraction;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BloggerExtractorTest {

    private static final BloggerExtractor EXTRACTOR = new BloggerExtractor();
    private static final String ITEM_URL = "https://x.blogspot.com/2020/04/a-post.html";

    private static Page page(String html, String url) {
        return new Page(url, url, Jsoup.parse(html, url), Optional.empty());
    }

    private static PageExtraction extract(String html, String url) {
        return EXTRACTOR.extract(page(html, url));
    }

    private static final String V2_POST = "<div class='post-outer'><div class='post hentry'>"
            + "<h3 class='post-title entry-title'>My title</h3>"
            + "<div class='post-header'><span class='post-author vcard'>Posted by <span class='fn'>Ann</span></span>"
            + "</div><div class='post-body entry-content'><p>Body text here.</p>"
            + "<div class='post-share-buttons'>Share to Twitter</div></div>"
            + "<div class='post-footer'><abbr class='published' title='2020-04-28T21:11:00+02:00'>21:11</abbr>"
            + "<span class='post-labels'>Labels: <a href='/search/label/A'>A</a>, <a href='/search/label/B'>B</a>"
            + "</span></div></div>"
            + "<div class='comments'><h4>No comments:</h4><p>Post a Comment</p></div></div>";

    @Test
    void recognisesBloggerFromMarkupNotHost() {
        assertThat(EXTRACTOR.recognises(page("<meta name=generator content=Blogger><p>x", "https://e.com/")))
                .isTrue();
        assertThat(EXTRACTOR.recognises(page("<div class='widget Blog' id=Blog1></div>", "https://e.com/")))
                .isTrue();
        assertThat(EXTRACTOR.recognises(page("<p>plain page</p>", "https://e.com/"))).isFalse();
    }

    @Test
    void readsALayoutsV2ItemPage() {
        PageExtraction result = extract("<div class='widget Blog' id='Blog1'>" + V2_POST + "</div>"
                + "<div class='widget PopularPosts'><div class='post'><h3 class='post-title'>Popular</h3>"
                + "<div class='post-body'>Sidebar teaser</div></div></div>", ITEM_URL);
        assertThat(result.kind()).isEqualTo(PageKind.ITEM);
        assertThat(result.posts()).hasSize(1);
        Post post = result.posts().get(0);
        assertThat(post.title()).isEqualTo("My title");
        assertThat(post.authors()).extracting(Author::name).containsExactly("Ann");
        assertThat(post.published().orElseThrow().toString()).isEqualTo("2020-04-28T21:11:00+02:00");
        assertThat(post.labels()).containsExactly("A", "B");
        assertThat(post.text()).isEqualTo("Body text here.");
        assertThat(post.commentCount()).contains(0);
    }

    @Test
    void listingPagesYieldEveryPostInOrderWithDateHeaders() {
        String html = "<div class='widget Blog' id='Blog1'>"
                + "<h2 class='date-header'><span>Monday, May 2, 2011</span></h2>"
                + post("First", "one") + post("Second", "two")
                + "<h2 class='date-header'><span>Sunday, May 1, 2011</span></h2>" + post("Third", "three")
                + "</div>";
        PageExtraction result = extract(html, "https://x.blogspot.com/search/label/Foo");
        assertThat(result.kind()).isEqualTo(PageKind.LABEL);
        assertThat(result.posts()).extracting(Post::title).containsExactly("First", "Second", "Third");
        assertThat(result.posts()).extracting(p -> p.published().orElseThrow().toString())
                .containsExactly("2011-05-02T09:00:00", "2011-05-02T09:00:00", "2011-05-01T09:00:00");
        assertThat(result.posts().get(2).text()).isEqualTo("three");
    }

    private static String post(String title, String body) {
        return "<div class='post-outer'><div class='post'><h3 class='post-title'><a href='/2011/05/"
                + body + ".html'>" + title + "</a></h3><div class='post-body'>" + body
                + "</div><div class='post-footer'><a class='timestamp-link' href='/2011/05/" + body
                + ".html'>9:00 AM</a></div></div></div>";
    }

    @Test
    void classicPagesAreSplitAtPostAnchors() {
        String html = "<p>header text</p><div id=main>"
                + "<h3>Saturday, July 31, 2004</h3><a name='109128363200774996'></a><h2>Socks</h2>"
                + "<div class='blogPost'>Cleared of wrongdoing.<div class='byline'>// posted by Rivka @ "
                + "<a href='#109128363200774996'>7/31/2004 10:15:32 AM</a></div></div>"
                + "<h3>Monday, July 26, 2004</h3><a name='109087598020530757'></a><h2>Book Review</h2>"
                + "<div class='blogPost'>Now that I've lured you.<div class='byline'>// posted by Rivka @ "
                + "<a href='#109087598020530757'>7/26/2004 4:57:20 PM</a></div></div></div>";
        PageExtraction result = extract(html, "http://r.blogspot.com/2004_07_01_r_archive.html");
        assertThat(result.kind()).isEqualTo(PageKind.ARCHIVE);
        assertThat(result.posts()).extracting(Post::title).containsExactly("Socks", "Book Review");
        Post first = result.posts().get(0);
        assertThat(first.authors()).extracting(Author::name).containsExactly("Rivka");
        assertThat(first.published().orElseThrow().toString()).isEqualTo("2004-07-31T10:15:32");
        assertThat(first.text()).isEqualTo("Cleared of wrongdoing.");
        assertThat(first.bloggerPostId()).contains("109128363200774996");
    }

    @Test
    void staticPagesAndSearchPagesFromUrl() {
        assertThat(PageKindClassifier.byUrl("https://x.blogspot.com/p/about.html").orElseThrow().kind())
                .isEqualTo(PageKind.STATIC);
        assertThat(PageKindClassifier.byUrl("https://x.blogspot.com/search?q=java").orElseThrow().kind())
                .isEqualTo(PageKind.SEARCH);
        assertThat(PageKindClassifier.byUrl("https://x.blogspot.com/2020/05/").orElseThrow().kind())
                .isEqualTo(PageKind.ARCHIVE);
        assertThat(PageKindClassifier.byUrl("https://x.blogspot.com/").orElseThrow().kind())
                .isEqualTo(PageKind.INDEX);
    }

    @Test
    void cssRenderedAuthorsAndLabelsAreRead() {
        String html = "<div class='widget Blog' id='Blog1'><article class='post'><h1>T</h1>"
                + "<div class='byline'><span class='m' data-text='Indrawati'></span></div>"
                + "<div class='labels'><a rel='tag' aria-label='data science' href='/search/label/data%20science'>"
                + "</a></div><div id='postBody'>Text.</div></article></div>";
        Post post = extract(html, ITEM_URL).posts().get(0);
        assertThat(post.authors()).extracting(Author::name).containsExactly("Indrawati");
        assertThat(post.labels()).containsExactly("data science");
    }

    @Test
    void publishedElementThatIsTheModificationTimeYieldsToJsonLd() {
        String html = "<script type='application/ld+json'>{\"@type\":\"BlogPosting\",\"datePublished\":"
                + "\"2022-01-20T02:18:00-08:00\",\"dateModified\":\"2022-01-27T13:22:29-08:00\"}</script>"
                + "<div class='widget Blog' id='Blog1'><div class='post-outer'><h1 class='entry-title'>T</h1>"
                + "<time class='published' datetime='2022-01-27T13:22:29-08:00'>20 يناير 2022</time>"
                + "<div class='post-body'>x</div></div></div>";
        Post post = extract(html, ITEM_URL).posts().get(0);
        assertThat(post.published().orElseThrow().toString()).isEqualTo("2022-01-20T02:18:00-08:00");
    }

    @Test
    void neverThrowsOnOddHtml() {
        for (String html : new String[] {"", "<", "<div class='post-outer'>", "<a name='123456789012'>",
                "<div class='widget Blog'><div class='post'><h3 class='post-title'></h3></div></div>"}) {
            assertThat(extract(html + "<meta name=generator content=Blogger>", ITEM_URL)).isNotNull();
        }
    }
}
