package dev.gleaner.extractors.entities;

import dev.gleaner.extractors.nlp.AnalyzedText;
import dev.gleaner.extractors.nlp.Sentence;
import dev.gleaner.extractors.nlp.Token;
import dev.gleaner.extractors.rules.RuleFile;
import dev.gleaner.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds organisations by their designators ({@code org-designators.rules}): a run of capitalised words that ends in
 * a legal form or institution word ("Acme Widgets Inc.", "Cooley LLP", "Riverside Community College") or contains
 * an institution head ("Ministry of Health", "Springfield Police Department"). Inside a run, "of", "&" and
 * "for" may join capitalised words ("and" may not: it mostly joins two names). Immutable and thread-safe.
 */
public final class DesignatorFinder implements MentionFinder {

    /** Below the model and the lists: a designator shows an organisation, but the run's bounds are a guess. */
    static final double CONFIDENCE = 0.6;
    /**
     * A sentence with at least this share of capitalised words is a headline in title case, where a capitalised run
     * says nothing about where a name starts ("Judge Orders Acme Labs to Pay"); set from reading headlines.
     */
    static final double HEADLINE_CAPITALISED_SHARE = 0.8;
    private static final Set<String> JOINERS = Set.of("of", "&", "for", "de");
    /** Capitalised function words that start sentences, never organisation names. */
    private static final Set<String> LEADING = Set.of("The", "A", "An", "This", "That", "These", "In", "On", "At",
            "For", "By", "From", "With", "And", "But", "Our", "My", "Their", "His", "Her", "Its", "When", "If");

    private final Set<String> suffixes;
    private final Set<String> heads;

    /** Loads {@code org-designators.rules}. */
    public DesignatorFinder() {
        RuleFile rules = RuleFile.load(DesignatorFinder.class, "org-designators.rules");
        suffixes = Set.copyOf(rules.words("suffixes"));
        heads = Set.copyOf(rules.words("heads"));
    }

    @Override
    public String name() {
        return "org-designators";
    }

    @Override
    public List<EntitySpan> find(AnalyzedText text) {
        List<EntitySpan> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Token> tokens = text.tokens(s);
            if (headline(tokens)) {
                continue;
            }
            int i = 0;
            while (i < tokens.size()) {
                if (!capitalised(tokens.get(i).text()) || LEADING.contains(tokens.get(i).text())) {
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < tokens.size()) {
                    String t = tokens.get(end).text();
                    if (capitalised(t) || suffixes.contains(t)) {
                        end++;
                    } else if (JOINERS.contains(t) && end + 1 < tokens.size()
                            && capitalised(tokens.get(end + 1).text())) {
                        end += 2;
                    } else {
                        break;
                    }
                }
                int last = end - 1;
                boolean hasHead = false;
                for (int k = i; k < end; k++) {
                    hasHead |= heads.contains(tokens.get(k).text());
                }
                boolean endsInSuffix = last > i && suffixes.contains(tokens.get(last).text());
                if (endsInSuffix || hasHead && end - i > 1) {
                    Token a = tokens.get(i);
                    Token b = tokens.get(last);
                    out.add(new EntitySpan(a.index(), b.index() + 1, a.start(), b.end(), EntityType.ORGANIZATION,
                            Optional.empty(), CONFIDENCE, name()));
                }
                i = end;
            }
        }
        return out;
    }

    private static boolean headline(List<Token> tokens) {
        int words = 0;
        int capitalised = 0;
        for (Token t : tokens) {
            if (Character.isLetter(t.text().codePointAt(0))) {
                words++;
                if (capitalised(t.text())) {
                    capitalised++;
                }
            }
        }
        return words >= 4 && capitalised >= HEADLINE_CAPITALISED_SHARE * words;
    }

    private static boolean capitalised(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
    }
}
