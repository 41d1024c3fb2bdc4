package dev.gleaner.extractors.entities;

import dev.gleaner.extractors.nlp.AnalyzedText;
import dev.gleaner.extractors.nlp.Sentence;
import dev.gleaner.extractors.nlp.Token;
import dev.gleaner.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Document-level consistency: a name found once in a post is a name wherever else it occurs there. Every later or
 * earlier occurrence of a found person, organisation or place (same words, same case) that no finder claimed
 * becomes a mention too, and so do an organisation's leading word when it is written like a name ("NSO" of "NSO
 * Group", "Lumora" of "Lumora Labs") and a person's last name ("Hamilton" of "Phyllis J. Hamilton"). Names found
 * this way get {@link #CONFIDENCE}. Immutable and thread-safe.
 */
final class MentionPropagator {

    /** Below every finder: the words are a name elsewhere in the post, but this occurrence was not recognised. */
    static final double CONFIDENCE = 0.5;
    static final String FINDER = "propagated";

    private final Gazetteer nationalities;
    private final Gazetteer titles;

    MentionPropagator(Gazetteer nationalities, Gazetteer titles) {
        this.nationalities = nationalities;
        this.titles = titles;
    }

    List<EntitySpan> propagate(AnalyzedText text, List<EntitySpan> resolved) {
        List<Token> tokens = text.tokens();
        Map<List<String>, EntityType> names = new HashMap<>();
        boolean[] claimed = new boolean[tokens.size()];
        for (EntitySpan s : resolved) {
            for (int i = s.tokenStart(); i < s.tokenEnd(); i++) {
                claimed[i] = true;
            }
        }
        for (EntitySpan s : resolved) {
            if (!SpanResolver.isName(s.type())) {
                continue;
            }
            List<String> words = tokens.subList(s.tokenStart(), s.tokenEnd()).stream().map(Token::text).toList();
            names.putIfAbsent(words, s.type());
            if (words.size() > 1) {
                String head = s.type() == EntityType.ORGANIZATION ? words.get(0)
                        : s.type() == EntityType.PERSON ? words.get(words.size() - 1) : null;
                if (head != null && namelike(head)) {
                    names.putIfAbsent(List.of(head), s.type());
                }
            }
        }
        if (names.isEmpty()) {
            return resolved;
        }
        int longest = names.keySet().stream().mapToInt(List::size).max().orElse(0);
        List<EntitySpan> out = new ArrayList<>(resolved);
        for (Sentence sentence : text.sentences()) {
            for (int i = sentence.firstToken(); i < sentence.tokenEnd(); i++) {
                for (int len = Math.min(longest, sentence.tokenEnd() - i); len > 0; len--) {
                    if (anyClaimed(claimed, i, i + len)) {
                        continue;
                    }
                    List<String> words = tokens.subList(i, i + len).stream().map(Token::text).toList();
                    EntityType type = names.get(words);
                    if (type != null && extendsNoName(tokens, sentence, i, i + len)) {
                        Token a = tokens.get(i);
                        Token b = tokens.get(i + len - 1);
                        out.add(new EntitySpan(i, i + len, a.start(), b.end(), type, Optional.empty(), CONFIDENCE,
                                FINDER));
                        for (int k = i; k < i + len; k++) {
                            claimed[k] = true;
                        }
                        i += len - 1;
                        break;
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(EntitySpan::tokenStart));
        return out;
    }

    /** A word written like a name: capitalised, two letters or more, not a nationality or a title. */
    private boolean namelike(String word) {
        return word.length() >= 2 && Character.isUpperCase(word.codePointAt(0))
                && word.chars().anyMatch(Character::isLetter)
                && !nationalities.contains(List.of(word)) && !titles.contains(List.of(word));
    }

    /** The match is not the start or end of a longer capitalised run ("Lumora" inside "Lumora Health"). */
    private static boolean extendsNoName(List<Token> tokens, Sentence s, int start, int end) {
        // a capitalised word before the match counts unless it opens the sentence ("The", "Yesterday")
        boolean before = start - 1 > s.firstToken() && capitalisedWord(tokens.get(start - 1).text());
        boolean after = end < s.tokenEnd() && capitalisedWord(tokens.get(end).text());
        return !before && !after;
    }

    private static boolean capitalisedWord(String t) {
        return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0)) && t.chars().allMatch(Character::isLetter);
    }

    private static boolean anyClaimed(boolean[] claimed, int from, int to) {
        for (int k = from; k < to; k++) {
            if (claimed[k]) {
                return true;
            }
        }
        return false;
    }
}
