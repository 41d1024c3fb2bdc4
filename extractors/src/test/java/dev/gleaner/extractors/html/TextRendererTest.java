package dev.gleaner.extractors.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class TextRendererTest {

    private static String render(String html) {
        return TextRenderer.render(Jsoup.parseBodyFragment(html).body());
    }

    @Test
    void blocksAreSeparatedByBlankLines() {
        assertThat(render("<p>One</p><p>Two</p>")).isEqualTo("One\n\nTwo");
    }

    @Test
    void brIsALineBreak() {
        assertThat(render("a<br>b<br><br>c")).isEqualTo("a\nb\n\nc");
    }

    @Test
    void listItemsOnTheirOwnLines() {
        assertThat(render("<ul><li>x</li><li>y</li></ul>")).isEqualTo("x\ny");
    }

    @Test
    void tableCellsAreSeparated() {
        assertThat(render("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>"))
                .isEqualTo("a\tb\nc");
    }

    @Test
    void whitespaceAndNbspCollapseWithinLines() {
        assertThat(render("<p>  a \u00A0 <b>b</b>\n c  </p>")).isEqualTo("a b c");
    }

    @Test
    void hiddenAndScriptTextIsSkipped() {
        assertThat(render("<p>a<script>x()</script><span style='display: none'>hidden</span>"
                + "<noscript>n</noscript><template>t</template>b</p>")).isEqualTo("ab");
    }

    @Test
    void blocksLinesCellsAndPreTogether() {
        assertThat(render("<div><p>One  two</p><p>Three<br>four</p><table><tr><td>a</td><td>b</td></tr>"
                + "</table><pre>x  y</pre></div>")).isEqualTo("One two\n\nThree\nfour\n\na\tb\n\nx  y");
    }

    @Test
    void preKeepsItsWhitespace() {
        assertThat(render("<pre>a  b\n  c</pre>")).isEqualTo("a  b\n  c");
    }

    @Test
    void wordsAreLetterOrDigitRuns() {
        assertThat(Texts.wordCount("Hello, world! 3.14 — ok")).isEqualTo(5);
    }

    @Test
    void deepNestingDoesNotOverflow() {
        String html = "<div>".repeat(20_000) + "deep" + "</div>".repeat(20_000);
        assertThat(render(html)).isEqualTo("deep");
    }
}
