/**
 * Label suggestions: {@link dev.gleaner.extractors.labels.LabelSuggester} ranks labels for a post from two sources,
 * a blog's own label vocabulary ({@link dev.gleaner.extractors.labels.LabelModel}, learned from labelled posts and
 * saved to a small file) and the post's own key phrases and salient entities; {@link
 * dev.gleaner.extractors.labels.LabelEnricher} runs it as a pipeline stage.
 */
@NullMarked
package dev.gleaner.extractors.labels;

import org.jspecify.annotations.NullMarked;
