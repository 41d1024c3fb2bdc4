package dev.gleaner.model;

/** What kind of page a post came from. */
public enum PageKind {
    /** A single post's own page (Blogger "item" page, an article page). */
    ITEM,
    /** A blog's home page or any page listing recent posts. */
    INDEX,
    /** A date archive page (a year, a month, a week). */
    ARCHIVE,
    /** A page listing the posts with one label or category. */
    LABEL,
    /** A search results page. */
    SEARCH,
    /** A static page (Blogger "pages", an about page): content without date or labels. */
    STATIC,
    /** The page could not be classified. */
    UNKNOWN
}
