package dev.gleaner.extractors.labels;

import dev.gleaner.internal.Validate;
import dev.gleaner.model.LabelSource;
import dev.gleaner.model.LabelSuggestion;
import dev.gleaner.model.Post;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Suggests labels for a post, best first. Two sources combine:
 * <ul>
 *   <li><b>vocabulary</b> (when a {@link LabelModel} is given): the blog's own labels, scored by the model;</li>
 *   <li><b>open</b>: the post's key phrases and salient entities, normalised to label form, for topics the model
 *   does not know (or for every post when there is no model).</li>
 * </ul>
 * Each suggestion carries a score, its source, the words or entities that support it, and {@code recommended} for
 * the entries inside the calibrated cut. Labels the post already has stay in {@link Post#labels()} and are never
 * suggested again. Immutable and thread-safe: build once, share.
 */
public final class LabelSuggester {

    /** Default length of the ranked list. The issue asks for at least the top 10 candidates. */
    public static final int DEFAULT_MAX_SUGGESTIONS = 10;

    private final Optional<LabelModel> model;
    private final int maxSuggestions;

    private LabelSuggester(Optional<LabelModel> model, int maxSuggestions) {
        this.model = model;
        this.maxSuggestions = maxSuggestions;
    }

    /** A suggester without a model: open suggestions (key phrases, entities) only. */
    public static LabelSuggester open() {
        return new LabelSuggester(Optional.empty(), DEFAULT_MAX_SUGGESTIONS);
    }

    /** A suggester that ranks the model's vocabulary together with open suggestions. */
    public static LabelSuggester withModel(LabelModel model) {
        return new LabelSuggester(Optional.of(Validate.notNull(model, "model")), DEFAULT_MAX_SUGGESTIONS);
    }

    /**
     * A copy that returns up to {@code max} suggestions.
     *
     * @throws IllegalArgumentException when {@code max} is less than 1
     */
    public LabelSuggester withMaxSuggestions(int max) {
        Validate.isTrue(max >= 1, "maxSuggestions must be at least 1, was " + max);
        return new LabelSuggester(model, max);
    }

    /** The model, when this suggester has one. */
    public Optional<LabelModel> model() {
        return model;
    }

    /** The ranked suggestions for a post (empty for a post without words). Never throws on odd text. */
    public List<LabelSuggestion> suggest(Post post) {
        Validate.notNull(post, "post");
        Set<String> own = new HashSet<>();
        post.labels().forEach(l -> own.add(LabelModelTrainer.key(l)));
        List<LabelSuggestion> out = new ArrayList<>();
        if (model.isPresent()) {
            LabelModel m = model.get();
            LabelCut cut = m.cut();
            List<LabelModel.Scored> scored = m.score(post.title(), post.text());
            boolean first = true;
            for (LabelModel.Scored s : scored) {
                if (own.contains(LabelModelTrainer.key(s.label()))) {
                    continue;
                }
                boolean recommended = s.probability() >= cut.vocabulary() || first && cut.atLeastOne();
                first = false;
                out.add(new LabelSuggestion(s.label(), s.probability(), LabelSource.VOCABULARY, List.of(),
                        recommended));
                if (out.size() >= maxSuggestions) {
                    break;
                }
            }
        }
        return List.copyOf(out);
    }
}
