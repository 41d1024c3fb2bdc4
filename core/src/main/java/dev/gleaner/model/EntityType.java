package dev.gleaner.model;

/** The kinds of named entity Gleaner recognises. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    MONEY,
    PERCENT,
    DATE,
    /** Anything a finder reports that fits none of the above. */
    MISC
}
