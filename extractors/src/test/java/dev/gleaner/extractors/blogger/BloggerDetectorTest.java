package dev.gleaner.extractors.blogger;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BloggerDetectorTest {
    private final BloggerDetector detector = new BloggerDetector(new BloggerRules());

    @Test
    void oneInfrastructureMarkerIsEnough() {
        assertThat(detector.evidence(Jsoup.parse("<meta name=generator content=Blogger><p>x"), ""))
                .contains("meta[name=generator][content=Blogger]");
        assertThat(detector.evidence(Jsoup.parse("<div class='widget Blog' id=Blog1></div>"), "")).isPresent();
    }

    @Test
    void theWidgetManagerScriptOrABlogspotHostIsEnough() {
        assertThat(detector.evidence(Jsoup.parse("<script>_WidgetManager._Init('//www.blogger.com')</script>"), ""))
                .isPresent();
        assertThat(detector.evidence(Jsoup.parse("<p>x"), "https://harbour.blogspot.com/2024/01/a.html"))
                .contains("host blogspot");
    }

    @Test
    void oneSharedMarkerAloneIsNotEnough() {
        assertThat(detector.evidence(Jsoup.parse("<article itemprop=blogPost><p>Text</p></article>"), ""))
                .isEmpty();
    }

    @Test
    void twoSharedMarkersAreEnough() {
        String page = "<div class='post-body entry-content'><img src='https://1.bp.blogspot.com/a.jpg'></div>";
        assertThat(detector.evidence(Jsoup.parse(page), "")).isPresent();
    }

    @Test
    void anotherDeclaredPlatformVetoesSharedMarkers() {
        String page = "<meta name=generator content='WordPress 6.4'>"
                + "<article itemprop=blogPost><div class='post-body entry-content'>"
                + "<img src='https://1.bp.blogspot.com/a.jpg'></div></article>";
        assertThat(detector.evidence(Jsoup.parse(page), "")).isEmpty();
    }
}
