package dev.gleaner.extractors.entities;

import dev.gleaner.extractors.nlp.AnalyzedText;
import dev.gleaner.extractors.nlp.Sentence;
import dev.gleaner.extractors.nlp.Token;
import dev.gleaner.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link MentionFinder} that reports every longest match of a {@link Gazetteer} within a sentence as one type.
 * Immutable and thread-safe.
 */
public final class GazetteerFinder implements MentionFinder {

    /**
     * Default confidence of a list match: lists are curated, but a name in a list can still mean something else
     * in context ("Jordan" the person); below the rules' 0.9, above the model's typical 0.7 on web text.
     */
    public static final double DEFAULT_CONFIDENCE = 0.8;
    /** Prefix of every gazetteer finder's name ({@code gazetteer:countries}). */
    public static final String PREFIX = "gazetteer:";

    private final Gazetteer gazetteer;
    private final EntityType type;
    private final double confidence;
    private final String name;

    private GazetteerFinder(Gazetteer gazetteer, EntityType type, double confidence) {
        this.gazetteer = gazetteer;
        this.type = type;
        this.confidence = confidence;
        this.name = PREFIX + gazetteer.name();
    }

    /**
     * A finder reporting matches of {@code gazetteer} as {@code type} with {@link #DEFAULT_CONFIDENCE}.
     *
     * @throws NullPointerException when an argument is null
     */
    public static GazetteerFinder of(Gazetteer gazetteer, EntityType type) {
        return of(gazetteer, type, DEFAULT_CONFIDENCE);
    }

    /**
     * A finder reporting matches of {@code gazetteer} as {@code type} with the given confidence.
     *
     * @throws IllegalArgumentException when confidence is outside 0..1
     */
    public static GazetteerFinder of(Gazetteer gazetteer, EntityType type, double confidence) {
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
        return new GazetteerFinder(Objects.requireNonNull(gazetteer, "gazetteer"),
                Objects.requireNonNull(type, "type"), confidence);
    }

    @Override
    public String name() {
        return name;
    }

    /** The type matches are reported as. */
    public EntityType type() {
        return type;
    }

    @Override
    public List<EntitySpan> find(AnalyzedText text) {
        List<EntitySpan> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Token> tokens = text.tokens(s);
            List<String> words = tokens.stream().map(Token::text).toList();
            for (int i = 0; i < words.size(); i++) {
                int len = gazetteer.longestMatch(words, i);
                if (len > 0) {
                    Token first = tokens.get(i);
                    Token last = tokens.get(i + len - 1);
                    out.add(new EntitySpan(first.index(), last.index() + 1, first.start(), last.end(), type,
                            Optional.empty(), confidence, name));
                    i += len - 1;
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "GazetteerFinder[" + gazetteer.name() + " -> " + type + "]";
    }
}
