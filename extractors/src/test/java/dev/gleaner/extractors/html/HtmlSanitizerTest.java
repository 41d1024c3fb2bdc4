package dev.gleaner.extractors.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @Test
    void dropsScriptsHandlersAndDangerousUrls() {
        String out = sanitizer.sanitize("<p onclick='x()'>a<script>evil()</script>"
                + "<a href='javascript:alert(1)'>j</a><img src='data:image/png;base64,xx'></p>", "https://b.test/");
        assertThat(out).doesNotContain("script", "onclick", "javascript:", "data:");
        assertThat(out).contains("<p>a");
    }

    @Test
    void makesRelativeUrlsAbsolute() {
        String out = sanitizer.sanitize("<a href='/p/x.html' title=t>x</a><img src='i.png' alt='A' width=10>",
                "https://b.test/2020/01/post.html");
        assertThat(out).contains("href=\"https://b.test/p/x.html\"", "src=\"https://b.test/2020/01/i.png\"",
                "alt=\"A\"", "width=\"10\"");
    }

    @Test
    void reducesIframesToLinksAndKeepsStructure() {
        String out = sanitizer.sanitize("<h2>T</h2><blockquote>q</blockquote><pre><code>c</code></pre>"
                + "<iframe src='https://video.test/e/1'></iframe><style>p{}</style>", "https://b.test/");
        assertThat(out).contains("<h2>T</h2>", "<blockquote>q</blockquote>", "<pre><code>c</code></pre>",
                "<a href=\"https://video.test/e/1\">");
        assertThat(out).doesNotContain("iframe", "style");
    }

    @Test
    void dropsHiddenElements() {
        assertThat(sanitizer.sanitize("<p>a<span style='display:none'>h</span></p>", "https://b.test/"))
                .isEqualTo("<p>a</p>");
    }
}
