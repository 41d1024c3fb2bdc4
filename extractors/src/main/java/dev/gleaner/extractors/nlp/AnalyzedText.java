package dev.gleaner.extractors.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A text split into sentences and tokens by a {@link TextAnalyzer}: immutable and safe to share between threads.
 * Every {@link Token} and {@link Sentence} points into {@link #text()} by character offsets, so a span found on
 * tokens maps back to the exact characters of the input.
 *
 * <p>Part-of-speech tags ({@link #posTags()}) and lemmas ({@link #lemmas()}) are computed on first request, once,
 * and kept; stages that need only tokens never pay for them.
 */
public final class AnalyzedText {

    private final String text;
    private final List<Sentence> sentences;
    private final List<Token> tokens;
    private final TextAnalyzer analyzer;
    private volatile List<String> posTags;
    private volatile List<String> lemmas;

    AnalyzedText(String text, List<Sentence> sentences, List<Token> tokens, TextAnalyzer analyzer) {
        this.text = text;
        this.sentences = List.copyOf(sentences);
        this.tokens = List.copyOf(tokens);
        this.analyzer = analyzer;
    }

    /** The analysed text, exactly as given (for pre-tokenised input: the tokens joined by single spaces). */
    public String text() {
        return text;
    }

    /** The sentences, in text order. */
    public List<Sentence> sentences() {
        return sentences;
    }

    /** Every token of every sentence, in text order. */
    public List<Token> tokens() {
        return tokens;
    }

    /** The tokens of one sentence. */
    public List<Token> tokens(Sentence sentence) {
        Objects.requireNonNull(sentence, "sentence");
        checkOwn(sentence);
        return tokens.subList(sentence.firstToken(), sentence.tokenEnd());
    }

    /** The token texts of one sentence as a fresh array, the form OpenNLP's taggers and finders take. */
    public String[] tokenTexts(Sentence sentence) {
        List<Token> own = tokens(sentence);
        String[] out = new String[own.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = own.get(i).text();
        }
        return out;
    }

    /**
     * The part-of-speech tag of every token, parallel to {@link #tokens()}: Universal Dependencies tags
     * ({@code NOUN}, {@code PROPN}, {@code VERB}, ...) as the English-EWT model emits them. Computed on the first
     * call and kept.
     */
    public List<String> posTags() {
        List<String> tags = posTags;
        if (tags == null) {
            synchronized (this) {
                tags = posTags;
                if (tags == null) {
                    tags = perSentence(s -> analyzer.tag(tokenTexts(s)));
                    posTags = tags;
                }
            }
        }
        return tags;
    }

    /**
     * The lemma of every token, parallel to {@link #tokens()} (for example {@code "went"} gives {@code "go"}).
     * Computed on the first call (it needs {@link #posTags()}) and kept; lemmatisation costs about as much as
     * tagging, so ask only when a stage uses it.
     */
    public List<String> lemmas() {
        List<String> out = lemmas;
        if (out == null) {
            List<String> tags = posTags();
            synchronized (this) {
                out = lemmas;
                if (out == null) {
                    out = perSentence(s -> analyzer.lemmatize(tokenTexts(s),
                            tags.subList(s.firstToken(), s.tokenEnd()).toArray(String[]::new)));
                    lemmas = out;
                }
            }
        }
        return out;
    }

    private List<String> perSentence(java.util.function.Function<Sentence, String[]> perSentence) {
        List<String> out = new ArrayList<>(tokens.size());
        for (Sentence s : sentences) {
            if (s.tokenCount() > 0) {
                Collections.addAll(out, perSentence.apply(s));
            }
        }
        return List.copyOf(out);
    }

    private void checkOwn(Sentence sentence) {
        if (sentence.index() >= sentences.size() || !sentences.get(sentence.index()).equals(sentence)) {
            throw new IllegalArgumentException("sentence " + sentence + " does not belong to this text");
        }
    }

    @Override
    public String toString() {
        return "AnalyzedText[" + sentences.size() + " sentences, " + tokens.size() + " tokens]";
    }
}
