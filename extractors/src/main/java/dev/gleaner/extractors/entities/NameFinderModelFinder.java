package dev.gleaner.extractors.entities;

import dev.gleaner.extractors.nlp.AnalyzedText;
import dev.gleaner.extractors.nlp.Sentence;
import dev.gleaner.extractors.nlp.Token;
import dev.gleaner.model.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import opennlp.tools.namefind.ThreadSafeNameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * A {@link MentionFinder} over any OpenNLP {@link TokenNameFinderModel}: Gleaner's bundled model
 * ({@link #bundled()}), or yours, such as the classic {@code en-ner-person.bin}. The model's type names map onto
 * {@link EntityType} ({@code person}/{@code per}, {@code organization}/{@code org}, {@code location}/{@code loc}/
 * {@code gpe}, {@code money}, {@code percentage}, {@code date}/{@code time}, case-insensitive; anything else is
 * {@link EntityType#MISC}); a model whose spans carry no type ({@code default}) reports {@code defaultType}.
 * Thread-safe: OpenNLP's finder is held per thread.
 */
public final class NameFinderModelFinder implements MentionFinder {

    /** Class-path name of the bundled model, trained by {@code benchmarks}' NerTrain (see its training record). */
    static final String BUNDLED_MODEL = "/dev/gleaner/extractors/entities/gleaner-ner-en.bin";

    /**
     * Sentences longer than this (a page without punctuation, a list run together) go to the model in windows of
     * this many tokens: the beam search stays linear and a window boundary costs at most a split name. Real
     * sentences are far shorter (UD English-EWT: 99.9% under 100 tokens).
     */
    static final int MAX_SENTENCE_TOKENS = 250;

    private final String name;
    private final ThreadSafeNameFinderME finder;
    private final EntityType defaultType;

    private NameFinderModelFinder(String name, TokenNameFinderModel model, EntityType defaultType) {
        this.name = name;
        this.finder = new ThreadSafeNameFinderME(model);
        this.defaultType = defaultType;
    }

    /**
     * A finder on your model.
     *
     * @param name        reported as the entities' finder
     * @param model       the OpenNLP model
     * @param defaultType the type of spans the model reports without a type name
     * @throws NullPointerException when an argument is null
     */
    public static NameFinderModelFinder of(String name, TokenNameFinderModel model, EntityType defaultType) {
        return new NameFinderModelFinder(Objects.requireNonNull(name, "name"),
                Objects.requireNonNull(model, "model"), Objects.requireNonNull(defaultType, "defaultType"));
    }

    /**
     * Reads a model (an OpenNLP {@code .bin}) and builds a finder on it.
     *
     * @throws IOException when the stream is not a name-finder model
     */
    public static NameFinderModelFinder read(String name, InputStream model, EntityType defaultType)
            throws IOException {
        Objects.requireNonNull(model, "model");
        return of(name, new TokenNameFinderModel(model), defaultType);
    }

    /**
     * Gleaner's bundled English PERSON/ORGANIZATION/LOCATION model. Each call reads it anew (a few hundred
     * milliseconds): build once and share.
     *
     * @throws IllegalStateException when the model is missing from the class path or cannot be read
     */
    public static NameFinderModelFinder bundled() {
        try (InputStream in = NameFinderModelFinder.class.getResourceAsStream(BUNDLED_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("bundled name-finder model " + BUNDLED_MODEL + " is missing");
            }
            return read("opennlp-ner", new java.io.BufferedInputStream(in, 1 << 16), EntityType.MISC);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled name-finder model: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<EntitySpan> find(AnalyzedText text) {
        List<EntitySpan> out = new ArrayList<>();
        try {
            for (Sentence s : text.sentences()) {
                if (s.tokenCount() == 0) {
                    continue;
                }
                List<Token> tokens = text.tokens(s);
                String[] words = text.tokenTexts(s);
                for (int from = 0; from < words.length; from += MAX_SENTENCE_TOKENS) {
                    int to = Math.min(words.length, from + MAX_SENTENCE_TOKENS);
                    String[] window = from == 0 && to == words.length ? words
                            : java.util.Arrays.copyOfRange(words, from, to);
                    for (Span span : finder.find(window)) {
                        Token first = tokens.get(from + span.getStart());
                        Token last = tokens.get(from + span.getEnd() - 1);
                        double p = Math.max(0.0, Math.min(1.0, span.getProb()));
                        out.add(new EntitySpan(first.index(), last.index() + 1, first.start(), last.end(),
                                type(span.getType()), Optional.empty(), p, name));
                    }
                }
            }
        } finally {
            finder.clearAdaptiveData();
        }
        return out;
    }

    private EntityType type(String modelType) {
        if (modelType == null || modelType.equals("default")) {
            return defaultType;
        }
        return switch (modelType.toLowerCase(Locale.ROOT)) {
            case "person", "per", "persname" -> EntityType.PERSON;
            case "organization", "organisation", "org", "orgname", "corporation", "group" -> EntityType.ORGANIZATION;
            case "location", "loc", "gpe", "geo", "place", "placename" -> EntityType.LOCATION;
            case "money" -> EntityType.MONEY;
            case "percentage", "percent" -> EntityType.PERCENT;
            case "date", "time" -> EntityType.DATE;
            default -> EntityType.MISC;
        };
    }

    @Override
    public String toString() {
        return "NameFinderModelFinder[" + name + "]";
    }
}
