package dev.gleaner.extractors.content;

import dev.gleaner.model.Author;
import dev.gleaner.model.Platform;
import dev.gleaner.model.PostTime;
import java.util.List;
import java.util.Optional;

/**
 * What a page says about its article, apart from the body.
 *
 * @param title        the title without the site name ({@code ""} when none)
 * @param authors      byline authors, cleaned
 * @param published    publication time, as precise as the page gives it
 * @param modified     last modification time
 * @param labels       tags and categories, in page order, without duplicates
 * @param description  the page's description
 * @param siteName     the site's name
 * @param canonicalUrl the declared canonical URL, absolute
 * @param image        the lead image URL, absolute
 * @param language     BCP-47 language tag
 * @param declaresArticle true when the markup says the page is one article (og:type article, JSON-LD article,
 *                        itemprop=articleBody)
 * @param articleBody  the JSON-LD articleBody text, when present
 * @param platform     the publishing platform named by the generator meta tag ({@code OTHER} when none)
 */
record PageMetadata(String title, List<Author> authors, Optional<PostTime> published, Optional<PostTime> modified,
                    List<String> labels, Optional<String> description, Optional<String> siteName,
                    Optional<String> canonicalUrl, Optional<String> image, Optional<String> language,
                    boolean declaresArticle, Optional<String> articleBody, Platform platform) {
    PageMetadata {
        authors = List.copyOf(authors);
        labels = List.copyOf(labels);
    }
}
