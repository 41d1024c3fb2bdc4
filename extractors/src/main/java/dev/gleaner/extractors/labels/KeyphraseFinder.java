package dev.gleaner.extractors.labels;

import dev.gleaner.extractors.nlp.AnalyzedText;
import dev.gleaner.extractors.nlp.TextAnalyzer;
import dev.gleaner.model.LabelSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Key phrases of a post, in label form. English text (by its language tag, or by its share of English stop words
 * when it has none) is read with part-of-speech tags: candidates are noun phrases (adjectives and nouns ending in a
 * noun or proper noun), their last noun made singular. Any other language is read language-neutrally: candidates
 * are runs of words between stop words and punctuation. Each candidate is scored by frequency (title counts more),
 * first position, capitalisation inside sentences, length and specificity against a background (the blog's own
 * document frequencies when a model is loaded, else the common-word list). Immutable and thread-safe.
 */
final class KeyphraseFinder {

    /** A text is read as English when at least this share of its words are English stop words (no language tag). */
    static final double ENGLISH_STOP_SHARE = 0.2;
    /** Words tested for the English guess: enough for a stable share, cheap on long posts. */
    static final int ENGLISH_SAMPLE_WORDS = 300;
    /** Multi-word candidates without a tagger must occur at least this often (else word runs are mostly noise). */
    static final int MIN_UNTAGGED_PHRASE_COUNT = 2;
    /** Multi-word noun phrases must occur at least this often in the body (one-off phrases read as junk). */
    static final int MIN_TAGGED_PHRASE_COUNT = 2;
    /**
     * A multi-word phrase whose words occur much more often alone is a passing combination: its score is multiplied
     * by (phrase count / most frequent word count) to this power (checked on the seed-like test posts).
     */
    static final double SUBSUMPTION_POWER = 1.0;
    /**
     * Only this many characters of the head of an English text are read for key phrases: part-of-speech tagging
     * dominates the cost of a suggestion, and a post names its topics early. Calibrated with {@code LabelEval --dev}
     * (marcusoft's training part): micro-F1 and recall@5 unchanged from 2500 down to 1200 characters.
     */
    static final int MAX_TAGGED_CHARS = 1500;
    /** Text between two tokens that ends a sentence: a full stop, question or exclamation mark, or a line break. */
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?\n]");
    /** UD tags that make a noun phrase. */
    private static final Set<String> HEAD_TAGS = Set.of("NOUN", "PROPN");
    private static final String MODIFIER_TAG = "ADJ";
    /** Common English words checked for the English guess (a subset of the stop list that no other listed language shares). */
    private static final Set<String> ENGLISH_MARKERS = Set.of("the", "and", "of", "to", "is", "that", "it", "with",
            "for", "this", "was", "are", "have", "you", "not", "but", "be", "on", "at", "or", "from", "by", "we",
            "they", "an", "as", "my", "i");

    private final OpenRules rules;
    private final Optional<TextAnalyzer> english;

    KeyphraseFinder(OpenRules rules, Optional<TextAnalyzer> english) {
        this.rules = rules;
        this.english = english;
    }

    /** A word of the post as the finder sees it. */
    private record Word(String term, String surface, boolean title, boolean sentenceStart, String tag,
                        boolean breakBefore) {
    }

    /** Where a candidate was seen. */
    private static final class Seen {
        final List<String> terms;
        final Map<String, Integer> surfaces = new LinkedHashMap<>();
        double weighted;
        int count;
        int firstPosition = Integer.MAX_VALUE;
        int capitalisedInside;
        boolean properNoun;
        boolean inTitle;

        Seen(List<String> terms) {
            this.terms = terms;
        }

        /** The single word itself, or for several words the key as is (titles name plurals too: "tools"). */
        String pluralOrSelf() {
            return terms.size() == 1 ? terms.get(0) + "s" : String.join(" ", terms);
        }
    }

    /**
     * The post's key phrases, best first.
     *
     * @param idf the background specificity of a term (higher is rarer), or empty to use the common-word list
     */
    List<OpenCandidate> find(String title, String text, Optional<String> language,
                             Optional<ToDoubleFunction<String>> idf, int max) {
        boolean tagged = english.isPresent() && isEnglish(language, text.isBlank() ? title : text);
        // Candidates come from the body (a title in title case misleads the tagger); the title adds weight to the
        // candidates it names. A post without body text is read from its title.
        String body = text.isBlank() ? title : text;
        List<Word> words = tagged ? taggedWords(english.get(), "", body) : untaggedWords("", body);
        if (words.isEmpty()) {
            return List.of();
        }
        Map<String, Seen> seen = new HashMap<>();
        collect(words, tagged, seen);
        if (!text.isBlank() && !title.isBlank()) {
            String titleKeys = " " + key(Terms.terms(title)) + " ";
            for (Map.Entry<String, Seen> e : seen.entrySet()) {
                if (titleKeys.contains(" " + e.getKey() + " ")
                        || titleKeys.contains(" " + key(List.of(e.getValue().pluralOrSelf())) + " ")) {
                    e.getValue().weighted += rules.titleWeight;
                    e.getValue().inTitle = true;
                }
            }
        }
        double maxIdf = 1;
        if (idf.isPresent()) {
            for (Seen s : seen.values()) {
                for (String t : s.terms) {
                    maxIdf = Math.max(maxIdf, idf.get().applyAsDouble(t));
                }
            }
        }
        List<OpenCandidate> out = new ArrayList<>();
        int n = words.size();
        for (Map.Entry<String, Seen> e : seen.entrySet()) {
            Seen s = e.getValue();
            if (s.terms.size() > 1 && s.count < (tagged ? MIN_TAGGED_PHRASE_COUNT : MIN_UNTAGGED_PHRASE_COUNT)) {
                continue;
            }
            if (s.terms.size() == 1 && rules.commonWords.contains(s.terms.get(0)) && !s.properNoun) {
                continue;
            }
            double specificity = 1;
            for (String t : s.terms) {
                if (rules.commonWords.contains(t)) {
                    specificity *= rules.commonWordPenalty;
                }
            }
            if (idf.isPresent()) {
                double sum = 0;
                for (String t : s.terms) {
                    sum += idf.get().applyAsDouble(t) / maxIdf;
                }
                specificity *= sum / s.terms.size();
            }
            double position = 1 + rules.positionBonus * (1 - s.firstPosition / (double) n);
            double capitalised = 1 + rules.capitalisedBonus * Math.min(1.0, s.capitalisedInside / (double) s.count);
            double length = 1 + rules.multiwordBonus * (s.terms.size() - 1);
            if (s.terms.size() > 1) {
                int most = 0;
                for (String t : s.terms) {
                    Seen single = seen.get(key(List.of(t)));
                    most = Math.max(most, single == null ? 0 : single.count);
                }
                if (most > s.count) {
                    length *= Math.pow(s.count / (double) most, SUBSUMPTION_POWER);
                }
            }
            double raw = Math.log1p(s.weighted) * specificity * position * capitalised * length;
            double score = raw / (raw + rules.scoreHalf);
            String surface = s.surfaces.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            out.add(new OpenCandidate(labelForm(surface), e.getKey(), score, LabelSource.KEYPHRASE,
                    List.of(surface + " x" + s.count), s.inTitle, s.count,
                    s.properNoun || 2 * s.capitalisedInside >= s.count));
        }
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out.size() > max ? List.copyOf(out.subList(0, max)) : out;
    }

    private void collect(List<Word> words, boolean tagged, Map<String, Seen> seen) {
        int runStart = 0;
        for (int i = 0; i <= words.size(); i++) {
            boolean inRun = i < words.size() && runnable(words.get(i), tagged)
                    && (i == runStart || !words.get(i).breakBefore());
            if (inRun) {
                continue;
            }
            emit(words, runStart, i, tagged, seen);
            runStart = i < words.size() && runnable(words.get(i), tagged) ? i : i + 1;
        }
    }

    private boolean runnable(Word w, boolean tagged) {
        if (!rules.usableTerm(w.term())) {
            return false;
        }
        return !tagged || HEAD_TAGS.contains(w.tag()) || MODIFIER_TAG.equals(w.tag());
    }

    /** Every phrase of up to {@code maxPhraseWords} words inside the run [from, to) that ends on a head word. */
    private void emit(List<Word> words, int from, int to, boolean tagged, Map<String, Seen> seen) {
        for (int end = from; end < to; end++) {
            Word last = words.get(end);
            if (tagged && !HEAD_TAGS.contains(last.tag())) {
                continue;
            }
            for (int len = 1; len <= rules.maxPhraseWords && end - len + 1 >= from; len++) {
                int start = end - len + 1;
                List<String> terms = new ArrayList<>(len);
                StringBuilder surface = new StringBuilder();
                int capitalised = 0;
                for (int k = start; k <= end; k++) {
                    Word w = words.get(k);
                    String term = w.term();
                    String form = w.surface();
                    if (k == end && tagged && "NOUN".equals(w.tag())) {
                        term = singular(term);
                        form = singular(form);
                    }
                    terms.add(term);
                    surface.append(k > start ? " " : "").append(form);
                    if (!w.sentenceStart() && !w.title() && Character.isUpperCase(w.surface().charAt(0))) {
                        capitalised++;
                    }
                }
                String key = key(terms);
                Seen s = seen.computeIfAbsent(key, k -> new Seen(terms));
                s.count++;
                s.weighted += words.get(start).title() ? rules.titleWeight : 1;
                s.firstPosition = Math.min(s.firstPosition, start);
                s.surfaces.merge(surface.toString(), 1, Integer::sum);
                if (capitalised == len) {
                    s.capitalisedInside++;
                }
                if (tagged && "PROPN".equals(last.tag())) {
                    s.properNoun = true;
                }
            }
        }
    }

    static String key(List<String> terms) {
        StringBuilder b = new StringBuilder();
        for (String t : terms) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(LabelMentions.squash(t));
        }
        return b.toString();
    }

    /** The label form of a phrase: its most frequent spelling with the first letter capitalised. */
    static String labelForm(String surface) {
        if (surface.isEmpty()) {
            return surface;
        }
        int first = surface.codePointAt(0);
        return new String(Character.toChars(Character.toTitleCase(first))) + surface.substring(Character.charCount(first));
    }

    /** English singular of a plural noun by its ending ("policies" to "policy", "tools" to "tool"). */
    static String singular(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() > 4 && lower.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + (Character.isUpperCase(word.charAt(word.length() - 1)) ? "Y" : "y");
        }
        if (lower.length() > 4 && (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches")
                || lower.endsWith("shes"))) {
            return word.substring(0, word.length() - 2);
        }
        if (lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
                && !lower.endsWith("is") && !lower.endsWith("'s")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private boolean isEnglish(Optional<String> language, String text) {
        if (language.isPresent() && !language.get().isBlank()) {
            return language.get().toLowerCase(Locale.ROOT).startsWith("en");
        }
        int words = 0;
        int markers = 0;
        for (String t : Terms.terms(text.length() > 4000 ? text.substring(0, 4000) : text)) {
            words++;
            if (ENGLISH_MARKERS.contains(t)) {
                markers++;
            }
            if (words >= ENGLISH_SAMPLE_WORDS) {
                break;
            }
        }
        return words > 0 && markers >= ENGLISH_STOP_SHARE * words;
    }

    /**
     * The words of the text's head with part-of-speech tags. The text is split with {@link Terms} (the tokens the
     * rest of the label code uses) into sentences at sentence punctuation, and only the tagger runs on it: no
     * sentence-detector or tokenizer model (together they cost as much as tagging).
     */
    private static List<Word> taggedWords(TextAnalyzer analyzer, String title, String text) {
        String head = text.length() > MAX_TAGGED_CHARS ? text.substring(0, MAX_TAGGED_CHARS) : text;
        List<Word> untagged = untaggedWords(title, head);
        if (untagged.isEmpty()) {
            return untagged;
        }
        List<List<String>> sentences = new ArrayList<>();
        List<String> sentence = new ArrayList<>();
        for (int i = 0; i < untagged.size(); i++) {
            if (i > 0 && untagged.get(i).sentenceStart()) {
                sentences.add(sentence);
                sentence = new ArrayList<>();
            }
            sentence.add(untagged.get(i).surface());
        }
        sentences.add(sentence);
        List<String> tags = analyzer.analyzeTokens(sentences).posTags();
        List<Word> out = new ArrayList<>(untagged.size());
        for (int i = 0; i < untagged.size(); i++) {
            Word w = untagged.get(i);
            out.add(new Word(w.term(), w.surface(), w.title(), w.sentenceStart(), tags.get(i), w.breakBefore()));
        }
        return out;
    }

    private static List<Word> untaggedWords(String title, String text) {
        List<Word> out = new ArrayList<>();
        addUntagged(out, title, true);
        addUntagged(out, text, false);
        return out;
    }

    private static void addUntagged(List<Word> out, String text, boolean title) {
        List<Terms.Token> tokens = Terms.tokenize(text);
        int previousEnd = 0;
        boolean first = true;
        for (Terms.Token t : tokens) {
            String between = text.substring(previousEnd, t.start());
            boolean punctuation = first || between.chars().anyMatch(c -> !Character.isWhitespace(c))
                    || between.indexOf('\n') >= 0;
            boolean sentenceStart = first || SENTENCE_END.matcher(between).find();
            out.add(new Word(t.term(), t.surface(), title, sentenceStart, "", punctuation));
            previousEnd = t.end();
            first = false;
        }
    }
}
