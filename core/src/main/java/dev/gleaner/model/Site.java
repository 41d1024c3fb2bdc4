package dev.gleaner.model;

import dev.gleaner.internal.Validate;
import java.util.Optional;

/**
 * The site (blog) a page belongs to.
 *
 * @param name          the blog's name, without the post title
 * @param url           the blog's home URL
 * @param platform      the platform the markup shows
 * @param bloggerBlogId Blogger's numeric blog id, when the page is Blogger and shows it
 */
public record Site(Optional<String> name, Optional<String> url, Platform platform, Optional<String> bloggerBlogId) {
    public Site {
        Validate.notNull(name, "name");
        Validate.notNull(url, "url");
        Validate.notNull(platform, "platform");
        Validate.notNull(bloggerBlogId, "bloggerBlogId");
    }

    /** A site about which nothing is known. */
    public static Site unknown() {
        return new Site(Optional.empty(), Optional.empty(), Platform.OTHER, Optional.empty());
    }
}
