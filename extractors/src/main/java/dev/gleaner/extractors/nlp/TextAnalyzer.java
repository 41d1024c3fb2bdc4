package dev.gleaner.extractors.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * English sentence detection, tokenisation, part-of-speech tagging and lemmatisation on Apache OpenNLP: the one
 * text-analysis layer that Gleaner's entity and label stages share.
 *
 * <p>Build it once ({@link #english()} loads the four bundled models) and share it: it is immutable and
 * thread-safe. OpenNLP's {@code *ME} classes are not thread-safe, so each is held through OpenNLP's
 * {@code ThreadSafe*ME} wrapper, which keeps one instance per calling thread over the same shared, read-only
 * model.
 *
 * <pre>{@code
 * TextAnalyzer analyzer = TextAnalyzer.english();          // once, ~0.5 s
 * AnalyzedText a = analyzer.analyze("Judge Hamilton ruled. WhatsApp won.");
 * a.sentences();   // two character spans
 * a.tokens();      // tokens with offsets into the text
 * a.posTags();     // computed on first request
 * }</pre>
 *
 * <p>Never throws because of what a text contains: an empty or blank text gives an analysis without sentences.
 */
public final class TextAnalyzer {

    /**
     * Class-path names of the English models inside the {@code org.apache.opennlp:opennlp-models-*-en:1.3.0} jars
     * (each jar names its model in its {@code model.properties}; the names change with the model version, so a
     * version bump in the pom must update them, which the unit tests catch).
     */
    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENIZER_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMATIZER_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    /** A possessive ending glued to a name ("WhatsApp's", "NSO’s"), which the EWT tokenizer model leaves whole. */
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile(".+(['’][sS])");
    /** A single capital letter and a full stop: a middle initial ("J."), never the end of a sentence. */
    private static final java.util.regex.Pattern INITIAL = java.util.regex.Pattern.compile("\\p{Lu}\\.");

    /**
     * Runs of non-space characters longer than this (base64, a hostile page's megabyte of "x") are one token each:
     * the tokenizer model weighs every character position of a run, so a long run costs its length in model
     * evaluations. Real words and URLs are far shorter.
     */
    static final int MAX_TOKEN_CHARS = 200;
    private static final java.util.regex.Pattern LONG_RUN =
            java.util.regex.Pattern.compile("\\S{" + (MAX_TOKEN_CHARS + 1) + ",}");
    private static final java.util.regex.Pattern NON_SPACE = java.util.regex.Pattern.compile("\\S+");

    private final java.util.Set<String> abbreviations;
    private final ThreadSafeSentenceDetectorME sentences;
    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;
    private final ThreadSafeLemmatizerME lemmatizer;

    private TextAnalyzer(SentenceModel sentenceModel, TokenizerModel tokenizerModel, POSModel posModel,
                         LemmatizerModel lemmatizerModel) {
        this.abbreviations = java.util.Set.copyOf(dev.gleaner.extractors.rules.RuleFile
                .load(TextAnalyzer.class, "abbreviations.rules").words("entries"));
        this.sentences = new ThreadSafeSentenceDetectorME(sentenceModel);
        this.tokenizer = new ThreadSafeTokenizerME(tokenizerModel);
        // UD tags as the EWT model was trained with; no mapping to Penn tags.
        this.tagger = new ThreadSafePOSTaggerME(posModel, POSTagFormat.UD);
        this.lemmatizer = new ThreadSafeLemmatizerME(lemmatizerModel);
    }

    /**
     * An analyzer on Apache's English models (Universal Dependencies English-EWT, Apache License 2.0) that ship in
     * the {@code opennlp-models-*-en} jars on the class path. Each call loads the models anew: call it once and
     * share the result.
     *
     * @throws IllegalStateException when a model jar is missing from the class path or a model cannot be read
     */
    public static TextAnalyzer english() {
        return new TextAnalyzer(
                load(SENTENCE_MODEL, SentenceModel::new),
                load(TOKENIZER_MODEL, TokenizerModel::new),
                load(POS_MODEL, POSModel::new),
                load(LEMMATIZER_MODEL, LemmatizerModel::new));
    }

    /**
     * An analyzer on models of your own (another language, or models you trained).
     *
     * @throws NullPointerException when a model is null
     */
    public static TextAnalyzer of(SentenceModel sentenceModel, TokenizerModel tokenizerModel, POSModel posModel,
                                  LemmatizerModel lemmatizerModel) {
        return new TextAnalyzer(Objects.requireNonNull(sentenceModel, "sentenceModel"),
                Objects.requireNonNull(tokenizerModel, "tokenizerModel"),
                Objects.requireNonNull(posModel, "posModel"),
                Objects.requireNonNull(lemmatizerModel, "lemmatizerModel"));
    }

    /**
     * Splits {@code text} into sentences and tokens. Tags and lemmas are computed when first asked for.
     *
     * @throws NullPointerException when {@code text} is null
     */
    public AnalyzedText analyze(String text) {
        Objects.requireNonNull(text, "text");
        List<Sentence> sentenceList = new ArrayList<>();
        List<Token> tokenList = new ArrayList<>();
        for (Span sentence : sentenceSpans(text)) {
            int sentenceIndex = sentenceList.size();
            int first = tokenList.size();
            String sentenceText = text.substring(sentence.getStart(), sentence.getEnd());
            for (Span t : tokenize(sentenceText)) {
                int start = sentence.getStart() + t.getStart();
                int end = sentence.getStart() + t.getEnd();
                java.util.regex.Matcher possessive = POSSESSIVE.matcher(text.substring(start, end));
                if (possessive.matches()) {
                    int split = start + possessive.start(1);
                    tokenList.add(new Token(tokenList.size(), start, split, text.substring(start, split),
                            sentenceIndex));
                    start = split;
                }
                tokenList.add(new Token(tokenList.size(), start, end, text.substring(start, end), sentenceIndex));
            }
            sentenceList.add(new Sentence(sentenceIndex, sentence.getStart(), sentence.getEnd(), first,
                    tokenList.size()));
        }
        return new AnalyzedText(text, sentenceList, tokenList, this);
    }

    /**
     * Wraps text that is already split, without running the sentence detector or the tokenizer: each inner list is
     * one sentence, each string one token. The resulting {@link AnalyzedText#text()} is the tokens joined by single
     * spaces and the sentences by a line feed, so offsets stay meaningful. Used for evaluation on tokenised corpora.
     *
     * @throws NullPointerException     when an argument or element is null
     * @throws IllegalArgumentException when a token is empty or contains whitespace
     */
    public AnalyzedText analyzeTokens(List<? extends List<String>> sentenceTokens) {
        Objects.requireNonNull(sentenceTokens, "sentenceTokens");
        StringBuilder text = new StringBuilder();
        List<Sentence> sentenceList = new ArrayList<>();
        List<Token> tokenList = new ArrayList<>();
        for (List<String> words : sentenceTokens) {
            Objects.requireNonNull(words, "sentence");
            if (!sentenceList.isEmpty()) {
                text.append('\n');
            }
            int sentenceStart = text.length();
            int first = tokenList.size();
            for (String word : words) {
                Objects.requireNonNull(word, "token");
                if (word.isEmpty() || word.codePoints().anyMatch(Character::isWhitespace)) {
                    throw new IllegalArgumentException("a token must be non-empty and free of whitespace: '"
                            + word + "'");
                }
                if (text.length() > sentenceStart) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(word);
                tokenList.add(new Token(tokenList.size(), start, text.length(), word, sentenceList.size()));
            }
            sentenceList.add(new Sentence(sentenceList.size(), sentenceStart, text.length(), first,
                    tokenList.size()));
        }
        return new AnalyzedText(text.toString(), sentenceList, tokenList, this);
    }

    /** Token spans of one sentence, long runs of non-space characters kept whole (see {@link #MAX_TOKEN_CHARS}). */
    private Span[] tokenize(String sentence) {
        if (!LONG_RUN.matcher(sentence).find()) {
            return tokenizer.tokenizePos(sentence);
        }
        List<Span> out = new ArrayList<>();
        java.util.regex.Matcher run = NON_SPACE.matcher(sentence);
        while (run.find()) {
            if (run.end() - run.start() > MAX_TOKEN_CHARS) {
                out.add(new Span(run.start(), run.end()));
            } else {
                for (Span t : tokenizer.tokenizePos(run.group())) {
                    out.add(new Span(run.start() + t.getStart(), run.start() + t.getEnd()));
                }
            }
        }
        return out.toArray(Span[]::new);
    }

    /**
     * The model's sentence spans, with breaks after a middle initial or a listed abbreviation undone when the next
     * sentence starts with a capital letter or a digit, and breaks after a capitalised abbreviation ("Corp.")
     * undone when the next word is in lower case.
     */
    private List<Span> sentenceSpans(String text) {
        List<Span> out = new ArrayList<>();
        for (Span s : sentences.sentPosDetect(text)) {
            if (!out.isEmpty()) {
                Span prev = out.get(out.size() - 1);
                String prevText = text.substring(prev.getStart(), prev.getEnd());
                int lastSpace = Math.max(prevText.lastIndexOf(' '), prevText.lastIndexOf('\n'));
                String lastWord = prevText.substring(lastSpace + 1);
                int next = text.codePointAt(s.getStart());
                boolean nextContinues = Character.isUpperCase(next) || Character.isDigit(next);
                boolean abbreviation = INITIAL.matcher(lastWord).matches() || abbreviations.contains(lastWord);
                // "Acme Corp. in Ohio": a capitalised abbreviation followed by a lower-case word ends no sentence
                boolean capitalisedAbbreviation = lastWord.length() > 1 && lastWord.endsWith(".")
                        && Character.isUpperCase(lastWord.codePointAt(0)) && Character.isLowerCase(next);
                if ((nextContinues && abbreviation || capitalisedAbbreviation)
                        && text.substring(prev.getEnd(), s.getStart()).indexOf('\n') < 0) {
                    out.set(out.size() - 1, new Span(prev.getStart(), s.getEnd()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    String[] tag(String[] sentenceTokens) {
        return tagger.tag(sentenceTokens);
    }

    String[] lemmatize(String[] sentenceTokens, String[] tags) {
        return lemmatizer.lemmatize(sentenceTokens, tags);
    }

    @FunctionalInterface
    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = TextAnalyzer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path: add the "
                        + "org.apache.opennlp:opennlp-models-*-en:1.3.0 jars");
            }
            return reader.read(new java.io.BufferedInputStream(in));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read OpenNLP model " + resource + ": " + e.getMessage(), e);
        }
    }
}
