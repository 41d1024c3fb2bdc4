package dev.gleaner.extractors.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gleaner.Gleaner;
import dev.gleaner.model.PageKind;
import dev.gleaner.model.PageResult;
import dev.gleaner.model.Post;
import dev.gleaner.spi.Page;
import dev.gleaner.spi.PageExtraction;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ContentExtractorTest {

    private static final ContentExtractor EXTRACTOR = new ContentExtractor();
    private static final String URL = "https://news.example.org/2024/03/05/a-story.html";
    private static final String PROSE = "The council met on Tuesday evening, and after a long debate, it agreed to "
            + "rebuild the old bridge over the river, which had been closed since the spring floods.";

    private static Post only(String html) {
        PageExtraction extraction = EXTRACTOR.extract(page(html));
        assertThat(extraction.posts()).hasSize(1);
        return extraction.posts().get(0);
    }

    private static Page page(String html) {
        return new Page(URL, URL, Jsoup.parse(html, URL), Optional.empty());
    }

    private static String paragraphs(String prefix, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("<p>").append(prefix).append(' ').append(i).append(". ").append(PROSE).append("</p>");
        }
        return sb.toString();
    }

    @Test
    void picksTheArticleOverNavigationAndSidebar() {
        Post post = only("<body><nav><a href=/a>Home</a> <a href=/b>World</a></nav>"
                + "<div class=main-column><div class=story>" + paragraphs("Body", 4) + "</div></div>"
                + "<div id=sidebar><p>Most read: a list of other things people clicked on today.</p></div>"
                + "<footer>Copyright the publisher, all rights reserved.</footer></body>");
        assertThat(post.text()).contains("Body 0.", "Body 3.").doesNotContain("Home", "Most read", "Copyright");
        assertThat(post.extractor()).isEqualTo("generic");
    }

    @Test
    void separatesBlocksWithBlankLines() {
        Post post = only("<body><article><h2>Part one</h2>" + paragraphs("P", 3)
                + "<ul><li>first item</li><li>second item</li></ul></article></body>");
        assertThat(post.text()).contains("Part one\n\nP 0.").contains("first item\nsecond item");
    }

    @Test
    void dropsShareCommentAndNewsletterBlocksByClass() {
        Post post = only("<body><article>" + paragraphs("Body", 4)
                + "<div class=share-buttons><p>Share this on every network you have ever heard of</p></div>"
                + "<div class=newsletter-signup><p>Get our newsletter every morning in your inbox for free</p></div>"
                + "<section id=comments><p>First comment, and I think this story is very interesting indeed.</p>"
                + "</section></article></body>");
        assertThat(post.text()).contains("Body 3.").doesNotContain("Share this", "newsletter", "First comment");
    }

    @Test
    void prefersMarkupThatNamesTheBody() {
        Post post = only("<body><div class=wrap><div class=teaser>" + paragraphs("Teaser", 1) + "</div>"
                + "<div itemprop=articleBody>" + paragraphs("Real", 3) + "</div></div></body>");
        assertThat(post.text()).contains("Real 0.").doesNotContain("Teaser");
    }

    @Test
    void reattachesSectionsSplitAroundAFigure() {
        Post post = only("<body><div class=page><section class=part><div class=copy>" + paragraphs("First", 3)
                + "</div></section><section class=media><figure><img src=a.jpg></figure></section>"
                + "<section class=part><div class=copy>" + paragraphs("Second", 4) + "</div></section></div>"
                + "<div class=links><a href=/1>One</a> <a href=/2>Two</a></div></body>");
        assertThat(post.text()).contains("First 0.", "Second 3.");
    }

    @Test
    void dropsAHiddenDuplicateOfTheBody() {
        Post post = only("<body><div style='display:none'><div>" + paragraphs("Copy", 6) + "</div></div>"
                + "<div class=content>" + paragraphs("Shown", 4) + "</div></body>");
        assertThat(post.text()).contains("Shown 0.").doesNotContain("Copy 0.");
    }

    @Test
    void revertsACleaningStepThatWouldRemoveTheArticle() {
        // every block carries a chrome hint; removing them all would leave nothing
        Post post = only("<body><div class=promo-a>" + paragraphs("A", 2) + "</div><div class=promo-b>"
                + paragraphs("B", 2) + "</div></body>");
        assertThat(post.text()).contains("A 0.", "B 1.");
    }

    @Test
    void dropsLinkListsAndBoilerplateInsideTheBody() {
        Post post = only("<body><article>" + paragraphs("Body", 3)
                + "<p>Advertisement</p><ul><li><a href=/x>Another story</a></li><li><a href=/y>And another</a></li>"
                + "</ul>" + paragraphs("More", 1) + "</article></body>");
        assertThat(post.text()).contains("More 0.").doesNotContain("Advertisement", "Another story");
    }

    @Test
    void fallsBackToTheBaselineOnPagesWithoutStructure() {
        Post post = only("<body><span>" + PROSE + "</span><br><span>" + PROSE.replace("council", "mayor")
                + "</span></body>");
        assertThat(post.text()).contains("mayor");
    }

    @Test
    void neverChangesTheSharedDocument() {
        Page page = page("<body><nav>Menu</nav><article>" + paragraphs("Body", 3) + "</article></body>");
        String before = page.document().outerHtml();
        EXTRACTOR.extract(page);
        assertThat(page.document().outerHtml()).isEqualTo(before);
    }

    @Test
    void readsMetadata() {
        Post post = only("<html lang=en-GB><head><title>Bridge to reopen | The Example Times</title>"
                + "<meta property=og:site_name content='The Example Times'>"
                + "<meta property=article:published_time content='2024-03-05T09:30:00+01:00'>"
                + "<meta property=article:modified_time content='2024-03-06T10:00:00Z'>"
                + "<meta property=article:tag content=Transport><meta name=description content='The old bridge.'>"
                + "<meta property=og:image content='/img/bridge.jpg'>"
                + "<link rel=canonical href='https://news.example.org/bridge'>"
                + "<meta name=author content='By Jane Doe and John Roe'></head>"
                + "<body><article>" + paragraphs("Body", 3) + "</article></body></html>");
        assertThat(post.title()).isEqualTo("Bridge to reopen");
        assertThat(post.authors()).extracting(a -> a.name()).containsExactly("Jane Doe", "John Roe");
        assertThat(post.published()).hasValueSatisfying(t -> assertThat(t.toString())
                .isEqualTo("2024-03-05T09:30:00+01:00"));
        assertThat(post.updated()).hasValueSatisfying(t -> assertThat(t.toString())
                .isEqualTo("2024-03-06T10:00:00Z"));
        assertThat(post.labels()).containsExactly("Transport");
        assertThat(post.summary()).contains("The old bridge.");
        assertThat(post.canonicalUrl()).contains("https://news.example.org/bridge");
        assertThat(post.language()).contains("en-GB");
        assertThat(post.site().name()).contains("The Example Times");
        assertThat(post.pageKind()).isEqualTo(PageKind.ITEM);
    }

    @Test
    void readsJsonLdFirst() {
        Post post = only("<html><head><script type='application/ld+json'>{\"@context\":\"https://schema.org\","
                + "\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Example\"},{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Bridge to reopen\",\"datePublished\":\"2024-03-05\",\"author\":[{\"@type\":"
                + "\"Person\",\"name\":\"Jane Doe\"}],\"keywords\":\"bridges, rivers\"}]}</script>"
                + "<meta name=author content='Someone Else'></head><body><article>" + paragraphs("Body", 3)
                + "</article></body></html>");
        assertThat(post.title()).isEqualTo("Bridge to reopen");
        assertThat(post.authors()).extracting(a -> a.name()).containsExactly("Jane Doe");
        assertThat(post.published()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("2024-03-05"));
        assertThat(post.labels()).containsExactly("bridges", "rivers");
    }

    @Test
    void takesTheDateFromTheUrlWhenTheMarkupHasNone() {
        Post post = only("<body><article>" + paragraphs("Body", 3) + "</article></body>");
        assertThat(post.published()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("2024-03-05"));
    }

    @Test
    void reportsListingPagesAsSuch() {
        StringBuilder html = new StringBuilder("<body><main>");
        for (int i = 0; i < 6; i++) {
            html.append("<div class=card><h2><a href='/story-").append(i).append("'>Story ").append(i)
                    .append("</a></h2><p>A short teaser for story ").append(i).append(".</p></div>");
        }
        html.append("</main></body>");
        Page page = new Page("home", "https://news.example.org/category/world/",
                Jsoup.parse(html.toString(), "https://news.example.org/category/world/"), Optional.empty());
        PageExtraction extraction = EXTRACTOR.extract(page);
        assertThat(extraction.kind()).isEqualTo(PageKind.LABEL);
        assertThat(extraction.posts()).hasSize(6);
        assertThat(extraction.posts().get(0).title()).isEqualTo("Story 0");
        assertThat(extraction.posts().get(0).url()).isEqualTo("https://news.example.org/story-0");
    }

    @Test
    void sanitisesTheBodyHtml() {
        Post post = only("<body><article>" + paragraphs("Body", 3)
                + "<p onclick='x()'>Click <a href='javascript:alert(1)'>here</a> and read on, please.</p>"
                + "</article></body>");
        assertThat(post.html()).contains("<p>").doesNotContain("onclick", "javascript:", "<script");
    }

    @Test
    void worksThroughTheFrontDoor() {
        Gleaner gleaner = Gleaner.builder().extractors(List.of(new ContentExtractor())).enrichers(List.of()).build();
        PageResult result = gleaner.ingest("<body><article>" + paragraphs("Body", 3) + "</article></body>", URL);
        assertThat(result.posts()).hasSize(1);
        assertThat(result.posts().get(0).text()).contains("Body 2.");
    }

    @Test
    void survivesHostileMarkup() {
        StringBuilder deep = new StringBuilder("<body>");
        for (int i = 0; i < 5000; i++) {
            deep.append("<div>");
        }
        deep.append(PROSE);
        Document document = Jsoup.parse(deep.toString());
        PageExtraction extraction = EXTRACTOR.extract(new Page("deep", "", document, Optional.empty()));
        assertThat(extraction.posts()).hasSize(1);
        assertThat(EXTRACTOR.extract(page("")).delivered()).isFalse();
    }

    @Test
    void aJavaScriptShellYieldsATitleOnlyPostAsTheLastStep() {
        PageExtraction extraction = EXTRACTOR.extract(page("<head><title>Dashboard - App</title>"
                + "<script>render()</script></head><body><div id=root></div><noscript>Enable JavaScript</noscript>"
                + "</body>"));
        assertThat(extraction.posts()).hasSize(1);
        assertThat(extraction.posts().get(0).title()).isEqualTo("Dashboard");
        assertThat(extraction.posts().get(0).text()).isEmpty();
        assertThat(EXTRACTOR.extract(page("<body><div></div></body>")).posts()).isEmpty();
    }

    @Test
    void theGeneratorNamesThePlatform() {
        PageExtraction extraction = EXTRACTOR.extract(page("<head><meta name=generator content='WordPress 6.4'>"
                + "</head><body><article><h1>Headline</h1>" + paragraphs("Para", 3) + "</article></body>"));
        assertThat(extraction.site().platform()).isEqualTo(dev.gleaner.model.Platform.WORDPRESS);
    }

    @Test
    void aDisplayedDateWithItsTimeShownApart() {
        Post post = EXTRACTOR.extract(new Page("https://b.example.org/p.html", "https://b.example.org/p.html",
                Jsoup.parse("<body><h2 class=date-header>Mittwoch, 11. Januar 2006</h2><article>"
                        + paragraphs("Para", 3) + "<span class=post-timestamp>17:00</span></article></body>"),
                Optional.empty())).posts().get(0);
        assertThat(post.published().map(Object::toString)).contains("2006-01-11T17:00:00");
    }

    @Test
    void noDateAfterTheCrawlHintsOfTheSavedPage() {
        String html = "<!-- Mirrored from b.example.org/p.html by HTTrack Website Copier/3.x [XR&CO'2014], "
                + "Wed, 03 Jan 2024 06:42:58 GMT --><head><meta property=article:published_time "
                + "content='2024-06-01T10:00:00Z'></head><body><article>" + paragraphs("Para", 3)
                + "</article></body>";
        Post post = EXTRACTOR.extract(new Page("https://b.example.org/p.html", "https://b.example.org/p.html",
                Jsoup.parse(html), Optional.empty())).posts().get(0);
        assertThat(post.published()).isEmpty();
    }

    @Test
    void noDateAfterTheInputsOwnCrawlTime() {
        String html = "<head><meta property=article:published_time content='2024-06-01T10:00:00Z'></head>"
                + "<body><article>" + paragraphs("Para", 3) + "</article></body>";
        Page crawledBefore = new Page(URL, URL, Jsoup.parse(html, URL), Optional.empty(),
                Optional.of(java.time.Instant.parse("2024-01-03T06:42:58Z")));
        assertThat(EXTRACTOR.extract(crawledBefore).posts().get(0).published()).isEmpty();
        Page crawledAfter = new Page(URL, URL, Jsoup.parse(html, URL), Optional.empty(),
                Optional.of(java.time.Instant.parse("2024-07-01T00:00:00Z")));
        assertThat(EXTRACTOR.extract(crawledAfter).posts().get(0).published().map(Object::toString))
                .contains("2024-06-01T10:00:00Z");
    }

    @Test
    void hCardBylinesAndEntryTitles() {
        Post post = only("<head><title>Blog: A bridge</title></head><body><h1>Blog</h1><h3 class=entry-title>"
                + "A bridge</h3><div class=post-body>" + paragraphs("Para", 3) + "</div><span class=post-author>"
                + "Posted by <span class=fn>Ned Deily</span></span></body>");
        assertThat(post.title()).isEqualTo("A bridge");
        assertThat(post.authors()).extracting(a -> a.name()).containsExactly("Ned Deily");
    }

    @Test
    void theLanguageIsIdentifiedWhenTheMarkupSaysNothing() {
        String german = "<p>Der Gemeinderat hat am Dienstagabend beschlossen, die alte Brücke über den Fluss wieder "
                + "aufzubauen, die seit dem Hochwasser im Frühjahr gesperrt war. Die Arbeiten sollen im Herbst "
                + "beginnen und zwei Jahre dauern.</p>";
        assertThat(only("<body><article>" + german.repeat(3) + "</article></body>").language()).contains("de");
        assertThat(only("<html lang=fr><body><article>" + german.repeat(3) + "</article></body></html>").language())
                .contains("fr");
    }
}
