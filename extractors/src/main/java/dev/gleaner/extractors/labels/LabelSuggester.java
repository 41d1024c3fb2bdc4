package dev.gleaner.extractors.labels;

import dev.gleaner.extractors.nlp.TextAnalyzer;
import dev.gleaner.internal.Validate;
import dev.gleaner.model.LabelSuggestion;
import dev.gleaner.model.Post;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Suggests labels for a post, best first. Two sources combine:
 * <ul>
 *   <li><b>vocabulary</b> (when a {@link LabelModel} is given): the blog's own labels, scored by the model;</li>
 *   <li><b>open</b>: the post's key phrases (noun phrases from OpenNLP part-of-speech tags for English, word runs
 *   between stop words for other languages) and its salient entities ({@link Post#entities()}, when an entity stage
 *   ran first), normalised to label form, for topics the model does not know, or for every post without a model.</li>
 * </ul>
 * Each suggestion carries a score, its source, the words or entities that support it, and {@code recommended} for
 * the entries inside the calibrated cut (they come first). Labels the post already has stay in {@link
 * Post#labels()} and are never suggested again.
 *
 * <pre>{@code
 * LabelSuggester open = LabelSuggester.open();                          // no model: key phrases and entities
 * LabelSuggester blog = LabelSuggester.builder().model(LabelModel.load(path)).build();
 * List<LabelSuggestion> ranked = blog.suggest(post);
 * }</pre>
 *
 * <p>Immutable and thread-safe: build once (building loads the word lists and the English tagger), share.
 */
public final class LabelSuggester {

    /** Default length of the ranked list (the issue asks for at least the top 10 candidates). */
    public static final int DEFAULT_MAX_SUGGESTIONS = 10;
    /** Open candidates considered per post before merging (more than the list keeps, so merges do not starve it). */
    static final int OPEN_CANDIDATES = 2 * DEFAULT_MAX_SUGGESTIONS;

    private final Optional<LabelModel> model;
    private final int maxSuggestions;
    private final OpenRules rules;
    private final KeyphraseFinder keyphrases;

    private LabelSuggester(Builder b, OpenRules rules, Optional<TextAnalyzer> tagger) {
        this.model = b.model;
        this.maxSuggestions = b.maxSuggestions;
        this.rules = rules;
        this.keyphrases = new KeyphraseFinder(rules, tagger);
    }

    private LabelSuggester(LabelSuggester base, Optional<LabelModel> model) {
        this.model = model;
        this.maxSuggestions = base.maxSuggestions;
        this.rules = base.rules;
        this.keyphrases = base.keyphrases;
    }

    /**
     * This suggester with another model: shares the word lists and the tagger already loaded (cheap; use it to add a
     * blog's model to the default label stage without loading a second English tagger).
     */
    public LabelSuggester withModel(LabelModel value) {
        return new LabelSuggester(this, Optional.of(Validate.notNull(value, "model")));
    }

    /** A suggester without a model (open suggestions only), with the English tagger. */
    public static LabelSuggester open() {
        return builder().build();
    }

    /** A builder: no model, the English tagger, {@value #DEFAULT_MAX_SUGGESTIONS} suggestions. */
    public static Builder builder() {
        return new Builder();
    }

    /** The model, when this suggester has one. */
    public Optional<LabelModel> model() {
        return model;
    }

    /** The length of the ranked list. */
    public int maxSuggestions() {
        return maxSuggestions;
    }

    KeyphraseFinder keyphrases() {
        return keyphrases;
    }

    /**
     * The ranked suggestions for a post: recommended entries first, then the other candidates, at most {@link
     * #maxSuggestions()}. Empty for a post without words; never throws because of what the post contains.
     */
    public List<LabelSuggestion> suggest(Post post) {
        Validate.notNull(post, "post");
        Set<String> own = new HashSet<>();
        post.labels().forEach(l -> own.add(LabelKeys.of(l)));
        List<LabelModel.Scored> vocabulary = model.map(m -> m.score(PostView.of(m.features(), post.title(), post.text()), maxSuggestions))
                .orElse(List.of());
        Optional<ToDoubleFunction<String>> background = model.map(m -> m::idf);
        List<OpenCandidate> open = new ArrayList<>(keyphrases.find(post.title(), post.text(), post.language(),
                background, OPEN_CANDIDATES));
        open.addAll(EntitySalience.candidates(post.entities(), post.title(), post.text(), rules));
        open.sort((a, b) -> Double.compare(b.score(), a.score()));
        LabelCut cut = model.map(LabelModel::cut).orElse(OpenCut.OPEN_ONLY);
        return SuggestionRanker.rank(vocabulary, open, own, cut, maxSuggestions);
    }

    /** Builds a {@link LabelSuggester}; not thread-safe, single use per build call. */
    public static final class Builder {
        private Optional<LabelModel> model = Optional.empty();
        private int maxSuggestions = DEFAULT_MAX_SUGGESTIONS;
        private Optional<TextAnalyzer> tagger = Optional.empty();
        private boolean useTagger = true;

        private Builder() {
        }

        /** The blog's label model (default: none, open suggestions only). */
        public Builder model(LabelModel value) {
            model = Optional.of(Validate.notNull(value, "model"));
            return this;
        }

        /**
         * The length of the ranked list.
         *
         * @throws IllegalArgumentException when less than 1
         */
        public Builder maxSuggestions(int value) {
            Validate.isTrue(value >= 1, "maxSuggestions must be at least 1, was " + value);
            maxSuggestions = value;
            return this;
        }

        /** Shares an already-loaded English analyzer (default: {@link TextAnalyzer#english()} is loaded). */
        public Builder tagger(TextAnalyzer value) {
            tagger = Optional.of(Validate.notNull(value, "tagger"));
            useTagger = true;
            return this;
        }

        /** Reads every language without part-of-speech tags (faster; English key phrases get noisier). */
        public Builder withoutTagger() {
            tagger = Optional.empty();
            useTagger = false;
            return this;
        }

        /**
         * The suggester.
         *
         * @throws IllegalStateException when a bundled word list or the English models cannot be loaded
         */
        public LabelSuggester build() {
            Optional<TextAnalyzer> t = useTagger ? Optional.of(tagger.orElseGet(TextAnalyzer::english))
                    : Optional.empty();
            return new LabelSuggester(this, OpenRules.load(), t);
        }
    }
}
