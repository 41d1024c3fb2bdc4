package dev.gleaner.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gleaner.Gleaner;
import dev.gleaner.extractors.html.HtmlSanitizer;
import dev.gleaner.model.Author;
import dev.gleaner.model.Image;
import dev.gleaner.model.Link;
import dev.gleaner.model.PageResult;
import dev.gleaner.model.Post;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Safe output: Gleaner's body HTML is shown by its users on their own sites, so no script may survive it. Every
 * vector of {@code xss-vectors.txt}, and every dangerous URL scheme in every attribute that takes a URL, goes through
 * the sanitiser alone and through the whole pipeline (in a Blogger post body and in a generic article); the HTML that
 * comes out is parsed the way a browser would and checked against an allow-list that is independent of the
 * sanitiser's own rule file: harmless tags only, no event handler, no {@code style}, and {@code href}/{@code src}/
 * {@code cite} only http(s) (and {@code mailto:} links). Every URL field of the posts is checked the same way.
 * Links and images of the page keep working absolute URLs.
 */
class XssVectorTest {

    private static final String URL = "https://hostile.blogspot.com/2024/03/a-post.html";
    private static final String VECTORS = "/dev/gleaner/robustness/xss-vectors.txt";
    private static final String MARK = "<ul><li>one item</li>";

    /** Tags a display-safe body may hold, whatever the rule file says. */
    private static final Set<String> SAFE_TAGS = Set.of("a", "abbr", "b", "blockquote", "br", "caption", "cite",
            "code", "col", "colgroup", "dd", "del", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2",
            "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp",
            "small", "span", "strike", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
            "u", "ul", "var");
    /** Attributes that hold a URL and may stay, when the URL is http(s) (or mailto: for links). */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite");
    /** Attributes a display-safe body may hold besides the URL ones. */
    private static final Set<String> PLAIN_ATTRIBUTES = Set.of("title", "alt", "width", "height", "colspan",
            "rowspan", "scope", "start", "type", "value");

    /** Every attribute (element, attribute) that takes a URL somewhere in HTML, SVG or MathML. */
    private static final List<String[]> URL_TAKERS = List.of(
            new String[] {"a", "href"}, new String[] {"area", "href"}, new String[] {"link", "href"},
            new String[] {"base", "href"}, new String[] {"img", "src"}, new String[] {"img", "srcset"},
            new String[] {"img", "lowsrc"}, new String[] {"img", "dynsrc"}, new String[] {"img", "longdesc"},
            new String[] {"img", "data-src"}, new String[] {"source", "src"}, new String[] {"source", "srcset"},
            new String[] {"iframe", "src"}, new String[] {"frame", "src"}, new String[] {"embed", "src"},
            new String[] {"object", "data"}, new String[] {"object", "codebase"}, new String[] {"applet", "code"},
            new String[] {"form", "action"}, new String[] {"button", "formaction"},
            new String[] {"input", "formaction"}, new String[] {"input", "src"}, new String[] {"video", "src"},
            new String[] {"video", "poster"}, new String[] {"audio", "src"}, new String[] {"track", "src"},
            new String[] {"blockquote", "cite"}, new String[] {"q", "cite"}, new String[] {"del", "cite"},
            new String[] {"ins", "cite"}, new String[] {"body", "background"}, new String[] {"table", "background"},
            new String[] {"td", "background"}, new String[] {"script", "src"}, new String[] {"svg", "href"},
            new String[] {"image", "href"}, new String[] {"use", "xlink:href"}, new String[] {"math", "href"},
            new String[] {"a", "ping"}, new String[] {"div", "style"});
    /** Schemes that run script or smuggle a document, with encoded, spaced and mixed-case variants. */
    private static final List<String> BAD_URLS = List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)",
            " javascript:alert(1)", "\tjavascript:alert(1)", "java\tscript:alert(1)", "java&#x09;script:alert(1)",
            "java&#10;script:alert(1)", "&#106;avascript:alert(1)", "&#x6A;avascript&#x3A;alert(1)",
            "javascript&colon;alert(1)", "&#1;javascript:alert(1)", "vbscript:msgbox(1)", "VBSCRIPT:msgbox(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "DATA:text/html,<script>alert(1)</script>",
            "data:image/svg+xml,<svg onload=alert(1)>", "livescript:alert(1)", "url(javascript:alert(1))",
            "expression(alert(1))");

    private static Gleaner gleaner;
    private static HtmlSanitizer sanitizer;

    @BeforeAll
    static void setUp() {
        gleaner = Gleaner.create();
        sanitizer = new HtmlSanitizer();
    }

    @Test
    void noVectorSurvivesTheSanitiserOrThePipeline() throws IOException {
        List<String> listed = listedVectors();
        List<String> generated = generatedVectors();
        List<String> survivors = new ArrayList<>();
        int tried = 0;
        for (String vector : listed) {
            tried++;
            check("sanitiser", vector, sanitizer.sanitize(vector, URL), survivors);
            throughPipeline(vector, survivors);
        }
        for (String vector : generated) {
            tried++;
            check("sanitiser", vector, sanitizer.sanitize(vector, URL), survivors);
        }
        for (String[] taker : URL_TAKERS) { // the generated vectors again, one page per attribute
            StringBuilder all = new StringBuilder();
            for (String bad : BAD_URLS) {
                all.append(vector(taker, bad));
            }
            throughPipeline(all.toString(), survivors);
        }
        System.out.printf(Locale.ROOT, "XSS: %d vectors tried (%d listed, %d generated), %d survived%n", tried,
                listed.size(), generated.size(), survivors.size());
        assertThat(tried).isGreaterThan(800);
        assertThat(survivors).as("vectors that survived").isEmpty();
    }

    @Test
    void linksAndImagesKeepWorkingUrls() {
        String body = "<p><a href='/2024/02/older.html'>relative</a> <a href='https://other.example/x?a=1&amp;b=2'>"
                + "absolute</a> <a href='mailto:me@example.com'>mail</a> <a href='javascript:alert(1)'>bad</a></p>"
                + "<img src='/img/local.png' alt='local'><img src='https://cdn.example/a.jpg' alt='cdn'>"
                + "<img src='javascript:alert(1)' alt='bad'>";
        String html = sanitizer.sanitize(body, URL);

        assertThat(html).contains("href=\"https://hostile.blogspot.com/2024/02/older.html\"",
                "href=\"https://other.example/x?a=1&amp;b=2\"", "href=\"mailto:me@example.com\"",
                "src=\"https://hostile.blogspot.com/img/local.png\"", "src=\"https://cdn.example/a.jpg\"");
        assertThat(html).doesNotContain("javascript");
        assertThat(Jsoup.parseBodyFragment(html).select("a")).extracting(Element::text)
                .containsExactly("relative", "absolute", "mail", "bad");

        Post post = gleaner.ingest(HostileInputTest.BLOGGER_PAGE.replace(MARK, body + MARK), URL).posts().get(0);
        assertThat(post.links()).extracting(Link::href).contains("https://hostile.blogspot.com/2024/02/older.html",
                "https://other.example/x?a=1&b=2");
        assertThat(post.images()).extracting(Image::src).contains("https://hostile.blogspot.com/img/local.png",
                "https://cdn.example/a.jpg", "https://blogger.googleusercontent.com/img/a.jpg");
        assertThat(post.html()).contains("href=\"https://hostile.blogspot.com/2024/02/older.html\"");
    }

    // ---- vectors ----

    private static List<String> listedVectors() throws IOException {
        try (InputStream in = XssVectorTest.class.getResourceAsStream(VECTORS)) {
            assertThat(in).as(VECTORS).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    private static List<String> generatedVectors() {
        List<String> out = new ArrayList<>();
        for (String[] taker : URL_TAKERS) {
            for (String bad : BAD_URLS) {
                out.add(vector(taker, bad));
            }
        }
        return out;
    }

    private static String vector(String[] taker, String url) {
        String quoted = url.replace("\"", "&quot;");
        return switch (taker[0]) {
            case "svg", "image", "use" -> "<svg><" + taker[0] + " " + taker[1] + "=\"" + quoted + "\">x</"
                    + taker[0] + "></svg>";
            case "source", "track" -> "<video><" + taker[0] + " " + taker[1] + "=\"" + quoted + "\"></video>";
            case "frame" -> "<frameset><frame " + taker[1] + "=\"" + quoted + "\"></frameset>";
            case "td" -> "<table><tr><td " + taker[1] + "=\"" + quoted + "\">x</td></tr></table>";
            default -> "<" + taker[0] + " " + taker[1] + "=\"" + quoted + "\">x</" + taker[0] + ">";
        };
    }

    // ---- checks ----

    private static void throughPipeline(String vector, List<String> survivors) {
        String blogger = HostileInputTest.BLOGGER_PAGE.replace(MARK, vector + MARK);
        String generic = "<html><head><title>An article</title><link rel='canonical' href='" + attribute(vector)
                + "'></head><body><nav><a href='/'>Home</a></nav><article><h1>An article</h1><p>First paragraph of "
                + "an article that is long enough to be the main content of the page.</p>" + vector + "<p>Second "
                + "paragraph of the article, also long enough to count.</p></article></body></html>";
        for (String page : List.of(blogger, generic)) {
            PageResult result = gleaner.ingest(page, page == blogger ? URL : "");
            for (Post post : result.posts()) {
                check("pipeline html", vector, post.html(), survivors);
                checkUrls(vector, post, survivors);
            }
        }
    }

    private static String attribute(String vector) {
        return vector.replace("'", "&#39;");
    }

    /** Records {@code vector} as a survivor when {@code html} holds anything that could run or load. */
    private static void check(String where, String vector, String html, List<String> survivors) {
        String lower = html.toLowerCase(Locale.ROOT);
        for (String raw : List.of("<script", "<style", "<svg", "<math", "<iframe", "<object", "<embed", "<base",
                "<meta", "<link", "<form", "<frame", "<template", "<noscript", "<xmp", "<plaintext")) {
            if (lower.contains(raw)) {
                survivors.add(where + ": " + vector + " -> " + html);
                return;
            }
        }
        for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (e.tagName().equals("body")) {
                continue;
            }
            if (!SAFE_TAGS.contains(e.normalName())) {
                survivors.add(where + ": <" + e.normalName() + "> from " + vector + " -> " + html);
                return;
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                boolean ok = URL_ATTRIBUTES.contains(name) ? isSafeUrl(name, e.normalName(), a.getValue())
                        : PLAIN_ATTRIBUTES.contains(name);
                if (!ok) {
                    survivors.add(where + ": " + name + "=" + a.getValue() + " from " + vector + " -> " + html);
                    return;
                }
            }
        }
    }

    private static void checkUrls(String vector, Post post, List<String> survivors) {
        List<String> urls = new ArrayList<>();
        urls.add(post.url());
        post.canonicalUrl().ifPresent(urls::add);
        post.site().url().ifPresent(urls::add);
        post.authors().stream().map(Author::url).flatMap(Optional::stream).forEach(urls::add);
        post.images().stream().map(Image::src).forEach(urls::add);
        post.links().stream().map(Link::href).forEach(urls::add);
        for (String url : urls) {
            if (!isHarmlessField(url)) {
                survivors.add("post URL field: " + url + " from " + vector);
            }
        }
    }

    /** A URL field: relative, or http(s) or file; never a scheme that runs script or carries a document. */
    private static boolean isHarmlessField(String value) {
        StringBuilder plain = new StringBuilder();
        value.codePoints().filter(c -> c > ' ' && !Character.isWhitespace(c)).forEach(plain::appendCodePoint);
        String url = plain.toString().toLowerCase(Locale.ROOT);
        int colon = url.indexOf(':');
        boolean relative = colon < 0 || !url.substring(0, colon).matches("[a-z][a-z0-9+.-]*");
        return relative || url.startsWith("http:") || url.startsWith("https:") || url.startsWith("file:");
    }

    private static boolean isSafeUrl(String attribute, String tag, String value) {
        StringBuilder plain = new StringBuilder();
        value.codePoints().filter(c -> c > ' ' && !Character.isWhitespace(c)).forEach(plain::appendCodePoint);
        String url = plain.toString().toLowerCase(Locale.ROOT);
        return url.startsWith("http://") || url.startsWith("https://")
                || (attribute.equals("href") && tag.equals("a") && url.startsWith("mailto:"));
    }
}
