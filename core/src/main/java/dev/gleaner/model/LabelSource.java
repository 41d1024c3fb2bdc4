package dev.gleaner.model;

/** Where a label suggestion came from. */
public enum LabelSource {
    /** The blog's own label vocabulary, learned from its labelled posts. */
    VOCABULARY,
    /** A key phrase of the post. */
    KEYPHRASE,
    /** A salient named entity of the post. */
    ENTITY
}
