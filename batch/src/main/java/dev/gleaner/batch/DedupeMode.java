package dev.gleaner.batch;

import dev.gleaner.model.PageKind;
import dev.gleaner.model.Post;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How {@code --dedupe} recognises the same post reached through several pages (the {@code ?m=1} mobile page, a
 * {@code ?showComment=} link, archive and label pages that repeat it). Each mode falls back to the next when a post
 * lacks what it needs: Blogger post id, then URL, then content. The first page written keeps the post; later copies
 * are dropped and counted, and a page whose posts were all dropped gets a {@link FailureReason#DUPLICATE} error line
 * so that it is still accounted for. Keys are 64-bit hashes (SHA-256 truncated): a collision is possible in
 * principle and negligible in practice (about one in 10^7 for a million posts).
 */
public enum DedupeMode {
    /** Blogger's blog and post id, where the page shows them (else as {@link #URL}). */
    POST_ID,
    /**
     * The post's URL, normalised: lower-case scheme and host, no fragment, no {@code m}, {@code showComment},
     * {@code utm_*} parameters; the page's canonical URL stands for an item page's own post (else as
     * {@link #CONTENT} when there is no URL).
     */
    URL,
    /** The post's title and text, whitespace collapsed. */
    CONTENT;

    /** Query parameters that never change which post a Blogger URL shows. */
    private static final Set<String> IGNORED_PARAMETERS = Set.of("m", "showcomment", "commentpage", "fbclid",
            "gclid");
    private static final String TRACKING_PREFIX = "utm_";
    private static final int KEY_BYTES = Long.BYTES;

    /** The key of {@code post} under this mode. */
    public long key(Post post) {
        if (this == POST_ID && post.bloggerPostId().isPresent()) {
            return hash("id:" + post.site().bloggerBlogId().orElse("") + ":" + post.bloggerPostId().get());
        }
        if (this != CONTENT) {
            String url = post.pageKind() == PageKind.ITEM && post.canonicalUrl().isPresent()
                    ? post.canonicalUrl().get() : post.url();
            if (!url.isBlank()) {
                return hash("url:" + normaliseUrl(url));
            }
        }
        return hash("text:" + post.title().strip() + "\n" + post.text().strip().replaceAll("\\s+", " "));
    }

    /** {@code url} without what does not change the post it shows. */
    static String normaliseUrl(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return url.strip();
        }
        if (uri.isOpaque() || uri.getScheme() == null) {
            return url.strip();
        }
        List<String> kept = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            for (String parameter : uri.getRawQuery().split("&")) {
                String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (!parameter.isEmpty() && !IGNORED_PARAMETERS.contains(name) && !name.startsWith(TRACKING_PREFIX)) {
                    kept.add(parameter);
                }
            }
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + path + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }

    private static long hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, KEY_BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
