package dev.gleaner.extractors.entities;

import dev.gleaner.extractors.nlp.AnalyzedText;
import dev.gleaner.extractors.nlp.TextAnalyzer;
import dev.gleaner.model.Entity;
import dev.gleaner.model.EntityType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the named entities of a text: the front door of entity recognition. Immutable and thread-safe; build one
 * and share it (building loads models, about half a second for the defaults).
 *
 * <p>The default recognizer ({@link #english()}) runs, on top of a shared {@link TextAnalyzer}: the rule finders
 * for money, percentages and dates ({@link AmountFinder}, {@link DateFinder}); Gleaner's bundled OpenNLP model for
 * people, organisations and places ({@link NameFinderModelFinder#bundled()}); the bundled gazetteers (countries,
 * US states, world cities as places; well-known organisations; common given names as people); and organisation
 * designators
 * ({@link DesignatorFinder}). Overlaps are resolved with rules first, then statistical models, then lists, then
 * designator guesses; person titles are stripped and nationality words dropped; a name found once is found
 * wherever else it occurs in the text; mentions are merged into one {@link Entity} per distinct thing.
 *
 * <pre>{@code
 * EntityRecognizer recognizer = EntityRecognizer.builder()
 *         .addNameFinder(NameFinderModelFinder.read("en-ner-person", in, EntityType.PERSON))   // your model
 *         .addDictionary(Gazetteer.of("products", List.of("Pegasus")), EntityType.MISC)         // your list
 *         .build();
 * List<Entity> entities = recognizer.entities(text, Optional.of(LocalDate.of(2025, 10, 20)));
 * }</pre>
 */
public final class EntityRecognizer {

    /**
     * Entities are looked for in the first this many characters of a text (about 35,000 words, a second or two of
     * work); the rest of a longer text (a pasted log, a hostile page) gives none. Blog posts are 2,000 to 50,000
     * characters.
     */
    public static final int MAX_TEXT_CHARS = 200_000;

    private final TextAnalyzer analyzer;
    private final List<MentionFinder> rules;
    private final List<MentionFinder> models;
    private final List<MentionFinder> lists;
    private final List<MentionFinder> guesses;
    private final SpanResolver resolver;
    private final MentionMerger merger = new MentionMerger();
    private final MentionPropagator propagator;

    private EntityRecognizer(Builder b) {
        this.analyzer = b.analyzer != null ? b.analyzer : TextAnalyzer.english();
        List<MentionFinder> r = new ArrayList<>();
        if (b.rules) {
            r.add(new AmountFinder());
            r.add(new DateFinder());
        }
        List<MentionFinder> m = new ArrayList<>();
        if (b.bundledModel) {
            m.add(NameFinderModelFinder.bundled());
        }
        m.addAll(b.models);
        List<MentionFinder> l = new ArrayList<>();
        if (b.bundledLists) {
            l.add(GazetteerFinder.of(Gazetteer.bundled("countries"), EntityType.LOCATION));
            l.add(GazetteerFinder.of(Gazetteer.bundled("us-states"), EntityType.LOCATION));
            l.add(GazetteerFinder.of(Gazetteer.bundled("world-cities"), EntityType.LOCATION));
            l.add(GazetteerFinder.of(Gazetteer.bundled("organizations"), EntityType.ORGANIZATION));
            l.add(new GivenNameFinder());
        }
        l.addAll(b.lists);
        List<MentionFinder> g = new ArrayList<>();
        if (b.bundledLists) {
            g.add(new DesignatorFinder());
        }
        this.rules = List.copyOf(r);
        this.models = List.copyOf(m);
        this.lists = List.copyOf(l);
        this.guesses = List.copyOf(g);
        Gazetteer titles = Gazetteer.bundled("person-titles");
        Gazetteer nationalities = Gazetteer.bundled("nationalities");
        this.resolver = new SpanResolver(titles, nationalities);
        this.propagator = new MentionPropagator(nationalities, titles);
    }

    /** The default English recognizer (everything on). */
    public static EntityRecognizer english() {
        return builder().build();
    }

    /** A builder with every default finder on. */
    public static Builder builder() {
        return new Builder();
    }

    /** The text analyzer this recognizer tokenises with (share it with other stages). */
    public TextAnalyzer analyzer() {
        return analyzer;
    }

    /**
     * The entities of {@code text} (its first {@link #MAX_TEXT_CHARS} characters), one per distinct thing, in order
     * of first mention, with mention offsets into {@code text}.
     *
     * @param reference the date the text was written, to normalise relative dates ("yesterday"), when known
     * @throws NullPointerException when an argument is null
     */
    public List<Entity> entities(String text, Optional<LocalDate> reference) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reference, "reference");
        AnalyzedText analyzed = analyzer.analyze(text.length() > MAX_TEXT_CHARS
                ? text.substring(0, MAX_TEXT_CHARS) : text);
        return merger.merge(analyzed, propagator.propagate(analyzed, find(analyzed, reference)));
    }

    /**
     * The resolved mentions of an analysed text (no overlaps, titles stripped), in text order, before merging.
     *
     * @throws NullPointerException when an argument is null
     */
    public List<EntitySpan> find(AnalyzedText text, Optional<LocalDate> reference) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reference, "reference");
        List<SpanResolver.Candidate> candidates = new ArrayList<>();
        collect(rules, SpanResolver.Rank.RULE, text, reference, candidates);
        collect(models, SpanResolver.Rank.MODEL, text, reference, candidates);
        collect(lists, SpanResolver.Rank.LIST, text, reference, candidates);
        collect(guesses, SpanResolver.Rank.GUESS, text, reference, candidates);
        return resolver.resolve(text, candidates);
    }

    /**
     * The resolved mentions of one pre-tokenised sentence, with token indices into {@code tokens}: the path that
     * {@code gleaner entities --tokenized} and the evaluation use.
     *
     * @throws IllegalArgumentException when a token is empty or contains whitespace
     */
    public List<EntitySpan> findInTokens(List<String> tokens) {
        Objects.requireNonNull(tokens, "tokens");
        return find(analyzer.analyzeTokens(List.of(tokens)), Optional.empty());
    }

    private static void collect(List<MentionFinder> finders, SpanResolver.Rank rank, AnalyzedText text,
                                Optional<LocalDate> reference, List<SpanResolver.Candidate> out) {
        for (MentionFinder f : finders) {
            for (EntitySpan s : f.find(text, reference)) {
                out.add(new SpanResolver.Candidate(s, rank));
            }
        }
    }

    /** Configures an {@link EntityRecognizer}; not thread-safe, single use. */
    public static final class Builder {
        private TextAnalyzer analyzer;
        private boolean rules = true;
        private boolean bundledModel = true;
        private boolean bundledLists = true;
        private final List<MentionFinder> models = new ArrayList<>();
        private final List<MentionFinder> lists = new ArrayList<>();

        private Builder() {
        }

        /** The text analyzer to share (default: a new {@link TextAnalyzer#english()}). */
        public Builder analyzer(TextAnalyzer value) {
            analyzer = Objects.requireNonNull(value, "analyzer");
            return this;
        }

        /** Whether to run the money, percentage and date rules (default on). */
        public Builder rules(boolean on) {
            rules = on;
            return this;
        }

        /** Whether to run Gleaner's bundled name-finder model (default on; off when you bring your own). */
        public Builder bundledModel(boolean on) {
            bundledModel = on;
            return this;
        }

        /** Whether to run the bundled gazetteers and organisation designators (default on). */
        public Builder bundledLists(boolean on) {
            bundledLists = on;
            return this;
        }

        /** Adds a statistical finder (such as your own OpenNLP model); it ranks with the bundled model. */
        public Builder addNameFinder(MentionFinder finder) {
            models.add(Objects.requireNonNull(finder, "finder"));
            return this;
        }

        /** Adds a dictionary whose matches are reported as {@code type}; it ranks with the bundled lists. */
        public Builder addDictionary(Gazetteer gazetteer, EntityType type) {
            lists.add(GazetteerFinder.of(gazetteer, type));
            return this;
        }

        /**
         * The recognizer.
         *
         * @throws IllegalStateException when a bundled model or list cannot be loaded
         */
        public EntityRecognizer build() {
            return new EntityRecognizer(this);
        }
    }
}
