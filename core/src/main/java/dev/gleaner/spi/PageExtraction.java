package dev.gleaner.spi;

import dev.gleaner.internal.Validate;
import dev.gleaner.model.Diagnostic;
import dev.gleaner.model.PageKind;
import dev.gleaner.model.Post;
import dev.gleaner.model.Site;
import java.util.List;

/**
 * What one {@link PageExtractor} made of a page.
 *
 * @param kind        the page kind it recognised
 * @param posts       the posts it found, in page order (empty when it could not deliver)
 * @param site        what it learned about the site
 * @param diagnostics what it used, missed or worked around
 */
public record PageExtraction(PageKind kind, List<Post> posts, Site site, List<Diagnostic> diagnostics) {
    public PageExtraction {
        Validate.notNull(kind, "kind");
        posts = Validate.copyOf(posts, "posts");
        Validate.notNull(site, "site");
        diagnostics = Validate.copyOf(diagnostics, "diagnostics");
    }

    /** An extraction that delivered nothing, with the reason. */
    public static PageExtraction nothing(String extractor, String reason) {
        return new PageExtraction(PageKind.UNKNOWN, List.of(), Site.unknown(),
                List.of(Diagnostic.warning(extractor, reason)));
    }

    /** True when at least one post was found. */
    public boolean delivered() {
        return !posts.isEmpty();
    }
}
