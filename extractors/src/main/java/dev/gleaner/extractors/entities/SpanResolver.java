package dev.gleaner.extractors.entities;

import dev.gleaner.extractors.nlp.AnalyzedText;
import dev.gleaner.extractors.nlp.Token;
import dev.gleaner.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns the spans of all finders into one list without overlaps: cleans spans (titles off person names,
 * nationality adjectives and a lower-case leading "the" dropped), then keeps spans greedily by the rank of their finder (rules, then statistical
 * models, then lists, then designator guesses), longer before shorter, surer before less sure. A list match with
 * exactly the bounds of a model span gives that span its type: the lists are curated, the model guesses from
 * context; so does a designator ("Inc.", "Labs") that ends a model span, making it an organisation. Immutable and
 * thread-safe.
 */
final class SpanResolver {

    /** Finder ranks: lower wins an overlap. */
    enum Rank { RULE, MODEL, LIST, GUESS }

    /** A candidate span and its finder's rank. */
    record Candidate(EntitySpan span, Rank rank) {
    }

    private final Gazetteer titles;
    private final Gazetteer nationalities;

    SpanResolver(Gazetteer titles, Gazetteer nationalities) {
        this.titles = titles;
        this.nationalities = nationalities;
    }

    List<EntitySpan> resolve(AnalyzedText text, List<Candidate> candidates) {
        List<String> words = text.tokens().stream().map(Token::text).toList();
        List<Candidate> cleaned = new ArrayList<>();
        for (Candidate c : candidates) {
            clean(text, words, c.span()).ifPresent(s -> cleaned.add(new Candidate(s, c.rank())));
        }
        List<Candidate> relabelled = new ArrayList<>();
        for (Candidate c : cleaned) {
            EntitySpan s = c.span();
            if (c.rank() == Rank.MODEL && isName(s.type())) {
                for (Candidate other : cleaned) {
                    EntitySpan o = other.span();
                    boolean sameSpan = other.rank() == Rank.LIST && o.tokenStart() == s.tokenStart()
                            && o.tokenEnd() == s.tokenEnd();
                    // A designator ("Labs", "Group", "Inc.") ending the model's span says organisation.
                    boolean designated = other.rank() == Rank.GUESS && o.tokenEnd() == s.tokenEnd()
                            && o.tokenStart() <= s.tokenStart();
                    if ((sameSpan || designated) && o.type() != s.type() && isName(o.type())) {
                        s = new EntitySpan(s.tokenStart(), s.tokenEnd(), s.start(), s.end(), o.type(),
                                s.normalized(), Math.max(s.confidence(), o.confidence()), s.finder());
                    }
                }
            }
            relabelled.add(new Candidate(s, c.rank()));
        }
        relabelled.sort(Comparator.comparing(Candidate::rank)
                .thenComparing(c -> -c.span().tokenLength())
                .thenComparing(c -> -c.span().confidence())
                .thenComparingInt(c -> c.span().tokenStart()));
        List<EntitySpan> kept = new ArrayList<>();
        for (Candidate c : relabelled) {
            if (kept.stream().noneMatch(k -> k.overlaps(c.span()))) {
                kept.add(c.span());
            }
        }
        kept.sort(Comparator.comparingInt(EntitySpan::tokenStart));
        return kept;
    }

    private Optional<EntitySpan> clean(AnalyzedText text, List<String> words, EntitySpan span) {
        int start = span.tokenStart();
        int end = span.tokenEnd();
        if (span.type() == EntityType.PERSON) {
            for (int len = titles.longestMatch(words.subList(0, end), start); len > 0 && start + len < end;
                 len = titles.longestMatch(words.subList(0, end), start)) {
                start += len;
            }
        }
        if (isName(span.type())) {
            while (end > start && addressLike(words.get(end - 1))) {
                end--; // "Michael J. McDermott mjm@example.com": an address is never part of a name
            }
            while (start < end && addressLike(words.get(start))) {
                start++;
            }
            if (start == end) {
                return Optional.empty();
            }
        }
        if (isName(span.type()) && end - start > 1 && words.get(start).equals("the")) {
            start++; // "the Eastern District": the article is not part of the name
        }
        if (isName(span.type()) && nationalities.contains(words.subList(start, end))) {
            return Optional.empty();
        }
        if (start == span.tokenStart() && end == span.tokenEnd()) {
            return Optional.of(span);
        }
        List<Token> tokens = text.tokens();
        return Optional.of(new EntitySpan(start, end, tokens.get(start).start(), tokens.get(end - 1).end(),
                span.type(), span.normalized(), span.confidence(), span.finder()));
    }

    /** An e-mail address, a URL or a user handle: never part of a name. */
    static boolean addressLike(String token) {
        return token.indexOf('@') >= 0 || token.contains("://") || token.startsWith("www.");
    }

    static boolean isName(EntityType type) {
        return type == EntityType.PERSON || type == EntityType.ORGANIZATION || type == EntityType.LOCATION;
    }
}
