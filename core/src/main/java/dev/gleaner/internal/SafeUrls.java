package dev.gleaner.internal;

import dev.gleaner.model.Author;
import dev.gleaner.model.Image;
import dev.gleaner.model.Link;
import dev.gleaner.model.Post;
import dev.gleaner.model.Site;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps page-supplied URLs in a post safe to put in an {@code href}: a URL field that a page can fill (the post's
 * URL, its canonical URL, the site's and the authors' URLs, image and link targets) keeps only {@code http},
 * {@code https} and {@code file} URLs and relative ones, so a {@code javascript:}, {@code data:} or
 * {@code vbscript:} URL declared by a hostile page never reaches a user's site. The page URL the caller gave is the
 * caller's own and is kept whatever it is. Stateless.
 */
public final class SafeUrls {

    /** Schemes a URL field may have (browsers run none of them as script). */
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "file");
    /** Longest scheme looked at (the longest registered schemes are under 40 characters). */
    private static final int SCHEME_PREFIX_CHARS = 64;

    private SafeUrls() {
    }

    /**
     * True for a URL with no scheme (relative) or a safe one, read as a browser reads an {@code href}: ASCII
     * whitespace and control characters anywhere are ignored, the scheme in any case.
     */
    public static boolean isSafe(String url) {
        StringBuilder plain = new StringBuilder(Math.min(url.length(), SCHEME_PREFIX_CHARS));
        for (int i = 0; i < url.length() && plain.length() < SCHEME_PREFIX_CHARS; i++) {
            char c = url.charAt(i);
            if (c > ' ' && c != '\u007F') {
                plain.append(c);
            }
        }
        int colon = plain.indexOf(":");
        if (colon <= 0) {
            return true;
        }
        String scheme = plain.substring(0, colon);
        for (int i = 0; i < scheme.length(); i++) {
            char c = scheme.charAt(i);
            boolean schemeChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
            if (!schemeChar) {
                return true; // a colon after a path or query character: relative (see RFC 3986, 4.2)
            }
        }
        return SAFE_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT));
    }

    /**
     * {@code post} without the URLs that are neither safe (see {@link #isSafe}) nor {@code pageUrl}: its URL falls back to
     * {@code pageUrl}, the other fields to none. The same post when nothing had to go.
     */
    public static Post police(Post post, String pageUrl) {
        boolean badUrl = !isSafe(post.url()) && !post.url().equals(pageUrl);
        boolean badCanonical = post.canonicalUrl().filter(u -> !isSafe(u)).isPresent();
        boolean badSite = post.site().url().filter(u -> !isSafe(u)).isPresent();
        boolean badAuthor = post.authors().stream().anyMatch(a -> a.url().filter(u -> !isSafe(u)).isPresent());
        boolean badImage = post.images().stream().anyMatch(i -> !isSafe(i.src()));
        boolean badLink = post.links().stream().anyMatch(l -> !isSafe(l.href()));
        if (!(badUrl || badCanonical || badSite || badAuthor || badImage || badLink)) {
            return post;
        }
        Site site = post.site();
        List<Author> authors = post.authors().stream()
                .map(a -> a.url().filter(u -> !isSafe(u)).isPresent() ? new Author(a.name(), Optional.empty()) : a)
                .toList();
        List<Image> images = post.images().stream().filter(i -> isSafe(i.src())).toList();
        List<Link> links = post.links().stream().filter(l -> isSafe(l.href())).toList();
        return post.toBuilder()
                .url(badUrl ? pageUrl : post.url())
                .canonicalUrl(badCanonical ? Optional.empty() : post.canonicalUrl())
                .site(badSite ? new Site(site.name(), Optional.empty(), site.platform(), site.bloggerBlogId()) : site)
                .authors(authors)
                .images(images)
                .links(links)
                .build();
    }
}
