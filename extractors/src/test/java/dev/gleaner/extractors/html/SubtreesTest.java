package dev.gleaner.extractors.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SubtreesTest {

    private static Element body(String html) {
        return Jsoup.parse(html).body();
    }

    @Test
    void findsOnlyTheTopmostMatches() {
        Element body = body("<div class=x><p class=x>a</p></div><p class=x>b</p><p>c</p>");
        assertThat(Subtrees.topmost(body, e -> e.hasClass("x"))).extracting(Element::normalName)
                .containsExactly("div", "p");
    }

    @Test
    void neverTheRootAndNeverInsideASealedElement() {
        Element body = body("<blockquote><a>q</a></blockquote><a>r</a>");
        assertThat(Subtrees.topmost(body, e -> e.normalName().equals("a") || e == body,
                e -> e.normalName().equals("blockquote"))).extracting(Element::text).containsExactly("r");
    }
}
