package dev.gleaner.model;

import dev.gleaner.internal.Validate;
import java.util.List;
import java.util.Optional;

/**
 * Everything Gleaner found on one page: its kind, its posts in page order, its site, and diagnostics that say what
 * was used or missing. Never null; a page with nothing to extract has no posts and says why in its diagnostics.
 *
 * @param source      where the page came from (input path or URL)
 * @param url         the page URL used to resolve links
 * @param kind        the page kind
 * @param status      whether posts were found and, if not, why
 * @param posts       the posts shown on the page, in page order
 * @param site        the site the page belongs to
 * @param diagnostics what the extraction used, missed or worked around, in the order it happened
 */
public record PageResult(String source, String url, PageKind kind, PageStatus status, List<Post> posts, Site site,
                         List<Diagnostic> diagnostics) {
    public PageResult {
        Validate.notNull(source, "source");
        Validate.notNull(url, "url");
        Validate.notNull(kind, "kind");
        Validate.notNull(status, "status");
        posts = Validate.copyOf(posts, "posts");
        Validate.isTrue(posts.isEmpty() != (status == PageStatus.OK), "status OK if and only if there are posts");
        Validate.notNull(site, "site");
        diagnostics = Validate.copyOf(diagnostics, "diagnostics");
    }

    /** The first post, for item pages; empty when the page has none. */
    public Optional<Post> firstPost() {
        return posts.isEmpty() ? Optional.empty() : Optional.of(posts.get(0));
    }

    /** True when no post was found. */
    public boolean isEmpty() {
        return posts.isEmpty();
    }
}
