package dev.gleaner.model;

/** The publishing platform a page was recognised as. */
public enum Platform {
    /** Google's Blogger (blogspot.com or a custom domain), recognised from the markup. */
    BLOGGER,
    /** WordPress, recognised from the markup. */
    WORDPRESS,
    /** Anything else, or not recognised. */
    OTHER
}
