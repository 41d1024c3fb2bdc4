package dev.gleaner.extractors.labels;

import dev.gleaner.extractors.rules.RuleFile;
import java.util.HashSet;
import java.util.Set;

/**
 * The open source's word lists and weights ({@code open.rules}), loaded once per suggester and validated at load.
 */
final class OpenRules {

    static final String RESOURCE = "open.rules";

    final Set<String> stopWords;
    final Set<String> commonWords;
    final Set<String> chrome;
    final double titleWeight;
    final double positionBonus;
    final double capitalisedBonus;
    final double multiwordBonus;
    final double commonWordPenalty;
    final double scoreHalf;
    final int maxPhraseWords;
    final int minTermChars;

    private OpenRules(RuleFile file) {
        stopWords = Set.copyOf(file.lowerWords("stop-words"));
        commonWords = Set.copyOf(file.lowerWords("common-words"));
        chrome = Set.copyOf(file.lowerWords("chrome"));
        titleWeight = positive(file, "title-weight");
        positionBonus = nonNegative(file, "position-bonus");
        capitalisedBonus = nonNegative(file, "capitalised-bonus");
        multiwordBonus = nonNegative(file, "multiword-bonus");
        commonWordPenalty = nonNegative(file, "common-word-penalty");
        scoreHalf = positive(file, "score-half");
        maxPhraseWords = (int) positive(file, "max-phrase-words");
        minTermChars = (int) positive(file, "min-term-chars");
    }

    static OpenRules load() {
        return new OpenRules(RuleFile.load(OpenRules.class, RESOURCE));
    }

    /** Parses rule text (tests). */
    static OpenRules parse(String text) {
        return new OpenRules(RuleFile.parse("test", text));
    }

    private static double positive(RuleFile file, String key) {
        double v = file.number("weights", key);
        if (!(v > 0)) {
            throw new IllegalStateException(file.name() + ": [weights] " + key + " must be positive, was " + v);
        }
        return v;
    }

    private static double nonNegative(RuleFile file, String key) {
        double v = file.number("weights", key);
        if (!(v >= 0)) {
            throw new IllegalStateException(file.name() + ": [weights] " + key + " must not be negative, was " + v);
        }
        return v;
    }

    /** True when a (lower-case) term can be part of a label: letters, not a stop, chrome or URL word. */
    boolean usableTerm(String term) {
        if (term.length() < minTermChars || stopWords.contains(term) || chrome.contains(term)) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < term.length(); i++) {
            if (Character.isLetter(term.charAt(i))) {
                letter = true;
                break;
            }
        }
        return letter && !term.contains("://") && !term.startsWith("www.") && !term.contains("@");
    }

    Set<String> copyOfStopWords() {
        return new HashSet<>(stopWords);
    }
}
