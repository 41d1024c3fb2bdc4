package dev.gleaner.extractors.labels;

import java.util.List;

/**
 * A post as the vocabulary source reads it: its feature vector and its squashed title and text terms (for label
 * mentions). Built once per post and model.
 */
record PostView(SparseVector vector, List<String> titleKeys, List<String> textKeys) {

    static PostView of(FeatureSpace features, String title, String text) {
        List<String> titleTerms = Terms.terms(title);
        List<String> textTerms = Terms.terms(text);
        List<String> terms = new java.util.ArrayList<>(titleTerms.size() * FeatureSpace.TITLE_WEIGHT
                + textTerms.size());
        for (int i = 0; i < FeatureSpace.TITLE_WEIGHT; i++) {
            terms.addAll(titleTerms);
        }
        terms.addAll(textTerms);
        return new PostView(features.vector(terms), LabelMentions.squashAll(titleTerms),
                LabelMentions.squashAll(textTerms));
    }
}
