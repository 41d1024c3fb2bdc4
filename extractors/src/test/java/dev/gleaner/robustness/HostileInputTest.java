package dev.gleaner.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gleaner.Gleaner;
import dev.gleaner.json.GleanerJson;
import dev.gleaner.model.PageResult;
import dev.gleaner.model.Post;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opentest4j.AssertionFailedError;

/**
 * Hostile and broken input through the default pipeline: every input must give a {@link PageResult} (never an
 * exception or an error such as {@link StackOverflowError}), and every post in it must serialise. Inputs are
 * generated from fixed seeds, so a failure reproduces.
 */
class HostileInputTest {

    private static final String URL = "https://hostile.blogspot.com/2024/03/a-post.html";
    /**
     * Depth of the deep-nesting pages: far beyond any real page and beyond jsoup's parser depth limit (512); the
     * 100,000-deep pages are in {@link HostileInputIT}.
     */
    static final int DEEP_NESTING = 2_000;
    /** Size of the single text node and attribute value pages (1 MB; 5 MB in {@link HostileInputIT}). */
    private static final int HUGE_TEXT_CHARS = 1024 * 1024;
    private static final long SEED = 20240303L;
    private static final int JUNK_BYTES = 64 * 1024;
    private static final int CONTEXT_CHARS = 30;

    /** A Blogger-looking item page in the classic layout (post header, body, footer, comments, sidebar). */
    static final String BLOGGER_PAGE = """
            <!DOCTYPE html>
            <html class='v2' dir='ltr' lang='en' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b'>
            <head>
            <meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
            <meta content='blogger' name='generator'/>
            <link href='https://hostile.blogspot.com/2024/03/a-post.html' rel='canonical'/>
            <meta content='A post about café crème and 🍓' property='og:title'/>
            <title>Hostile Blog: A post about café crème</title>
            <script type='text/javascript'>var x = "<div>not markup</div>"; if (a < b && c > d) {}</script>
            <style>.post-body { font: 12px/1.4 serif; } /* </div> */</style>
            </head>
            <body>
            <div class='content-outer'><header><div class='header-outer'>
            <div class='Header widget' id='Header1'><h1 class='title'><a href='https://hostile.blogspot.com/'>Hostile Blog</a></h1>
            <p class='description'><span>Tests &amp; torments</span></p></div></div></header>
            <div class='main-outer'><div class='main section' id='main'>
            <div class='widget Blog' data-version='1' id='Blog1'>
            <div class='blog-posts hfeed'>
            <div class='date-outer'>
            <h2 class='date-header'><span>Sunday, March 3, 2024</span></h2>
            <div class='date-posts'>
            <div class='post-outer'>
            <div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
            <meta content='1234567890' itemprop='blogId'/>
            <meta content='9876543210' itemprop='postId'/>
            <a name='9876543210'></a>
            <h3 class='post-title entry-title' itemprop='name'>A post about café crème</h3>
            <div class='post-header'><div class='post-header-line-1'></div></div>
            <div class='post-body entry-content' id='post-body-9876543210' itemprop='description articleBody'>
            <p>The first paragraph has <b>bold</b>, <i>italic</i> and a <a href='/2024/02/older.html'>relative link</a>.</p>
            <div class='separator' style='clear: both;'><a href='https://blogger.googleusercontent.com/img/a.jpg'><img border='0' height='240' src='https://blogger.googleusercontent.com/img/a.jpg' width='320' alt='A strawberry 🍓'/></a></div>
            <ul><li>one item</li><li>two items &amp; more</li></ul>
            <blockquote>Ce n&#39;est pas une pipe — עברית and العربية mixed in.</blockquote>
            <p>Last paragraph&nbsp;with a no-break space.<br/>And a line break.</p>
            <div style='clear: both;'></div>
            </div>
            <div class='post-footer'>
            <div class='post-footer-line post-footer-line-1'>
            <span class='post-author vcard'>Posted by <span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'><a class='g-profile' href='https://www.blogger.com/profile/111' rel='author' title='author profile'><span itemprop='name'>Zoë Writer</span></a></span></span>
            <span class='post-timestamp'>at <meta content='https://hostile.blogspot.com/2024/03/a-post.html' itemprop='url'/><a class='timestamp-link' href='https://hostile.blogspot.com/2024/03/a-post.html' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='2024-03-03T15:48:00-08:00'>3:48 PM</abbr></a></span>
            <span class='post-comment-link'><a class='comment-link' href='https://hostile.blogspot.com/2024/03/a-post.html#comment-form'>2 comments:</a></span>
            </div>
            <div class='post-footer-line post-footer-line-2'><span class='post-labels'>Labels: <a href='https://hostile.blogspot.com/search/label/Caf%C3%A9' rel='tag'>Café</a>, <a href='https://hostile.blogspot.com/search/label/Tests' rel='tag'>Tests</a></span></div>
            </div>
            </div>
            <div class='comments' id='comments'>
            <a name='comments'></a><h4>2 comments:</h4>
            <div class='comments-content'><ol id='top-ra'>
            <li class='comment' id='c1'><div class='comment-block'><div class='comment-header'><cite class='user'>Reader One</cite><span class='datetime secondary-text'><a rel='nofollow' href='#c1'>March 4, 2024 at 9:00 AM</a></span></div><p class='comment-content'>Great post!</p></div></li>
            <li class='comment' id='c2'><div class='comment-block'><div class='comment-header'><cite class='user'>Reader Two</cite></div><p class='comment-content'>Spam &lt;script&gt;alert(1)&lt;/script&gt;</p></div></li>
            </ol></div>
            <p class='comment-footer'><a href='https://www.blogger.com/comment/fullpage/post/1234567890/9876543210'>Post a Comment</a></p>
            </div>
            </div>
            </div></div>
            </div>
            <div class='blog-pager' id='blog-pager'><span id='blog-pager-older-link'><a class='blog-pager-older-link' href='https://hostile.blogspot.com/2024/02/older.html'>Older Post</a></span><a class='home-link' href='https://hostile.blogspot.com/'>Home</a></div>
            <div class='post-feeds'><div class='feed-links'>Subscribe to: <a class='feed-link' href='https://hostile.blogspot.com/feeds/posts/default' type='application/atom+xml'>Post Comments (Atom)</a></div></div>
            </div></div></div>
            <div class='sidebar section' id='sidebar-right-1'><div class='widget Label' id='Label1'><h2>Labels</h2><div class='widget-content list-label-widget-content'><ul><li><a dir='ltr' href='https://hostile.blogspot.com/search/label/Tests'>Tests</a><span dir='ltr'>(12)</span></li></ul></div></div>
            <div class='widget Profile' id='Profile1'><h2>About Me</h2><a href='https://www.blogger.com/profile/111'>View my complete profile</a></div></div>
            </div>
            </body>
            </html>
            """;

    private static Gleaner gleaner;

    @BeforeAll
    static void createPipeline() {
        gleaner = Gleaner.create();
    }

    @Test
    void theBloggerPageItselfIsFine() {
        survives("the Blogger-looking page", BLOGGER_PAGE);
    }

    @Test
    void emptyAndBlankInput() {
        survives("empty", "");
        survives("whitespace", " \t\r\n\u00A0\u2028\u3000  \n");
        survivesBytes("no bytes", new byte[0]);
        survivesBytes("whitespace bytes", "   \n\t  ".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void binaryJunk() {
        byte[] junk = new byte[JUNK_BYTES];
        new Random(SEED).nextBytes(junk);
        survivesBytes("random bytes", junk);
        survivesBytes("random bytes, declared UTF-16", junk, Optional.of("text/html; charset=utf-16"));
        survivesBytes("random bytes, unknown charset", junk, Optional.of("text/html; charset=x-klingon"));
        byte[] withBom = junk.clone();
        withBom[0] = (byte) 0xFE;
        withBom[1] = (byte) 0xFF;
        survivesBytes("random bytes after a UTF-16BE byte-order mark", withBom);
        survivesBytes("a PNG header", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D});
        survivesBytes("a gzip header", new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 3});
    }

    @Test
    void nulBytes() {
        survives("NUL characters in text", BLOGGER_PAGE.replace("first paragraph", "first\u0000para\u0000graph"));
        survives("NUL characters in tags", BLOGGER_PAGE.replace("<div class='post-body", "<div\u0000 class='post-body"));
        survives("only NULs", "\u0000".repeat(1000));
        byte[] bytes = BLOGGER_PAGE.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i += 97) {
            bytes[i] = 0;
        }
        survivesBytes("a NUL byte every 97 bytes", bytes);
    }

    @Test
    void loneSurrogates() {
        survives("lone high surrogate in text", BLOGGER_PAGE.replace("bold", "bo\uD83Dld"));
        survives("lone low surrogate in text", BLOGGER_PAGE.replace("italic", "ita\uDE00lic"));
        survives("lone surrogate in the title", BLOGGER_PAGE.replace("A post about", "A \uDBFF post about"));
        survives("lone surrogate in an attribute", BLOGGER_PAGE.replace("A strawberry", "A \uDC00 strawberry"));
        survives("lone surrogate in a label", BLOGGER_PAGE.replace(">Tests</a>", ">Te\uD800sts</a>"));
        survives("reversed pair", BLOGGER_PAGE.replace("Last paragraph", "Last \uDE00\uD83D paragraph"));
        survives("surrogate at the very end", BLOGGER_PAGE + "\uD83D");
    }

    @Test
    void rightToLeftTextAndEmoji() {
        String rtl = BLOGGER_PAGE
                .replace("lang='en'", "lang='ar'").replace("dir='ltr'", "dir='rtl'")
                .replace("A post about café crème", "مقالة عن القهوة ☕ \u202Eعكسي\u202C")
                .replace("The first paragraph has", "הפסקה הראשונה 👩‍👩‍👧‍👦 has \u200F\u200E\u2066isolate\u2069");
        survives("RTL text with bidi controls", rtl);
        survives("emoji everywhere", BLOGGER_PAGE.replace(" ", " 🍓 "));
        survives("combining marks", BLOGGER_PAGE.replace("e", "e\u0301\u0302\u0303\u0304"));
        survives("zalgo title", BLOGGER_PAGE.replace("A post about", "A" + "\u0336".repeat(500) + " post about"));
    }

    @Test
    void unclosedAndMisnestedTags() {
        survives("unclosed divs", BLOGGER_PAGE.replace("</div>", ""));
        survives("unclosed everything", BLOGGER_PAGE.replaceAll("</[a-z0-9]+>", ""));
        survives("closing tags only", BLOGGER_PAGE.replaceAll("<[a-z][^>]*>", ""));
        survives("misnested", "<b><i><p>one</b></i><table><p>two<td>three</table></p>" + BLOGGER_PAGE);
        survives("unterminated comment", BLOGGER_PAGE.replace("<div class='post-body", "<!-- <div class='post-body"));
        survives("unterminated script", BLOGGER_PAGE.replace("<div class='post-body", "<script>var a = '"));
        survives("unterminated attribute", BLOGGER_PAGE.replace("class='post-body", "class='post-body\""));
        survives("a second html and body", BLOGGER_PAGE + BLOGGER_PAGE);
        survives("frameset", "<html><frameset><frame src=a></frameset><body>" + BLOGGER_PAGE);
        survives("svg and math", BLOGGER_PAGE.replace("<ul>", "<svg><foreignObject><p>x</svg><math><mi>y</math><ul>"));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void truncatedAtEveryTagBoundary() {
        List<String> failures = new ArrayList<>();
        int cuts = 0;
        for (int i = 0; i <= BLOGGER_PAGE.length(); i++) {
            boolean boundary = i == BLOGGER_PAGE.length() || BLOGGER_PAGE.charAt(i) == '<'
                    || (i > 0 && BLOGGER_PAGE.charAt(i - 1) == '>')
                    || (i > 1 && BLOGGER_PAGE.charAt(i - 2) == '<'); // inside a tag name
            if (!boundary) {
                continue;
            }
            cuts++;
            int end = i;
            failureOf(() -> gleaner.ingest(BLOGGER_PAGE.substring(0, end), URL))
                    .ifPresent(f -> failures.add("cut at " + end + " after «" + tail(BLOGGER_PAGE, end) + "»: " + f));
        }
        assertThat(cuts).as("tag boundaries tried").isGreaterThan(100);
        assertThat(failures).as("truncated pages that did not give a result").isEmpty();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void truncatedBytesInsideMultiByteCharacters() {
        byte[] bytes = BLOGGER_PAGE.getBytes(StandardCharsets.UTF_8);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            if ((bytes[i] & 0xC0) == 0x80) { // a continuation byte: cutting here splits a character
                byte[] cut = java.util.Arrays.copyOf(bytes, i);
                int at = i;
                failureOf(() -> gleaner.ingest(cut, URL, Optional.empty()))
                        .ifPresent(f -> failures.add("byte cut at " + at + ": " + f));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void deepNesting() {
        survives("2,000 nested divs", nest("<div>", "</div>", "deep text"));
        survives("2,000 nested divs, unclosed", "<div>".repeat(DEEP_NESTING) + "deep text");
        survives("2,000 nested inline tags", nest("<b><i>", "</i></b>", "deep text"));
        survives("2,000 nested lists", nest("<ul><li>", "</li></ul>", "deep item"));
        survives("2,000 nested tables", nest("<table><tr><td>", "</td></tr></table>", "deep cell"));
        survives("2,000 nested blockquotes", nest("<blockquote>", "</blockquote>", "deep quote"));
        survives("2,000 nested divs inside a Blogger post body", BLOGGER_PAGE.replace("<p>The first paragraph",
                nest("<div>", "</div>", "deep inside the post") + "<p>The first paragraph"));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aOneMegabyteTextNodeAndAttribute() {
        String huge = "lorem ipsum dolor sit amet ".repeat(HUGE_TEXT_CHARS / 27 + 1).substring(0, HUGE_TEXT_CHARS);
        survives("1 MB text in a post body", BLOGGER_PAGE.replace("The first paragraph has", huge));
        survives("1 MB text without spaces", "<html><body><p>" + "x".repeat(HUGE_TEXT_CHARS) + "</p></body></html>");
        survives("1 MB attribute value", "<html><body><a href='" + "a".repeat(HUGE_TEXT_CHARS) + "'>x</a></body></html>");
    }

    // ---- helpers ----

    static String nest(String open, String close, String inner) {
        return "<html><body>" + open.repeat(DEEP_NESTING) + inner + close.repeat(DEEP_NESTING) + "</body></html>";
    }

    static void survives(String what, String html) {
        failureOf(() -> gleaner.ingest(html, URL)).ifPresent(f -> {
            throw new AssertionFailedError(what + ": " + f);
        });
    }

    private static void survivesBytes(String what, byte[] bytes) {
        survivesBytes(what, bytes, Optional.empty());
    }

    private static void survivesBytes(String what, byte[] bytes, Optional<String> contentType) {
        failureOf(() -> gleaner.ingest(bytes, URL, contentType)).ifPresent(f -> {
            throw new AssertionFailedError(what + ": " + f);
        });
    }

    /**
     * Runs one ingest and checks its result; empty when it gave a usable result, else what went wrong. Catches
     * every {@link Throwable}, so a {@link StackOverflowError} is reported as this input's failure.
     */
    private static Optional<String> failureOf(java.util.function.Supplier<PageResult> ingest) {
        PageResult result;
        try {
            result = ingest.get();
        } catch (Throwable t) {
            return Optional.of("threw " + t + stackTop(t));
        }
        if (result == null) {
            return Optional.of("gave null instead of a PageResult");
        }
        for (Post post : result.posts()) {
            try {
                GleanerJson.readPost(GleanerJson.toJson(post));
            } catch (Throwable t) {
                return Optional.of("post «" + post.title() + "» does not survive JSON: " + t);
            }
        }
        return Optional.empty();
    }

    private static String stackTop(Throwable t) {
        StackTraceElement[] stack = t.getStackTrace();
        return stack.length == 0 ? "" : " at " + stack[0];
    }

    private static String tail(String text, int end) {
        return text.substring(Math.max(0, end - CONTEXT_CHARS), end).replace("\n", "⏎");
    }
}
