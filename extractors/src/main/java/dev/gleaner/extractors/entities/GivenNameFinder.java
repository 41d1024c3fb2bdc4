package dev.gleaner.extractors.entities;

import dev.gleaner.extractors.nlp.AnalyzedText;
import dev.gleaner.extractors.nlp.Sentence;
import dev.gleaner.extractors.nlp.Token;
import dev.gleaner.model.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds people by a common given name ({@code first-names.rules}): the name alone, or with up to
 * {@link #MAX_FOLLOWING} capitalised words or initials after it ("Karen", "Karen Ostrowski", "Karen A. Ostrowski").
 * Given names that are also places in the bundled gazetteers are left out. Ranked with the lists: it fills people
 * the model missed and, on the same span, corrects the model's type. Immutable and thread-safe.
 */
public final class GivenNameFinder implements MentionFinder {

    /** At most this many capitalised words after the given name belong to the name (given, middle, family). */
    static final int MAX_FOLLOWING = 2;
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]*");

    private final Set<String> givenNames;
    private final Gazetteer nationalities;
    private final Gazetteer places;

    /** Loads {@code first-names.rules} and drops names that are places in the bundled place lists. */
    public GivenNameFinder() {
        Set<List<String>> placeEntries = new HashSet<>();
        for (String list : List.of("countries", "us-states", "world-cities")) {
            placeEntries.addAll(Gazetteer.bundled(list).entries());
        }
        this.places = Gazetteer.of("places", placeEntries.stream().map(e -> String.join(" ", e)).toList());
        Set<String> names = new HashSet<>();
        for (List<String> e : Gazetteer.bundled("first-names").entries()) {
            if (!places.contains(e)) {
                names.add(String.join(" ", e));
            }
        }
        this.givenNames = Set.copyOf(names);
        this.nationalities = Gazetteer.bundled("nationalities");
    }

    @Override
    public String name() {
        return "given-names";
    }

    @Override
    public List<EntitySpan> find(AnalyzedText text) {
        List<EntitySpan> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Token> tokens = text.tokens(s);
            for (int i = 0; i < tokens.size(); i++) {
                if (!givenNames.contains(tokens.get(i).text())) {
                    continue;
                }
                int end = i + 1;
                for (int words = 0; words < MAX_FOLLOWING && end < tokens.size()
                        && partOfName(tokens.get(end).text()); words++) {
                    end++;
                    if (end < tokens.size() && tokens.get(end).text().equals(".")
                            && tokens.get(end).start() == tokens.get(end - 1).end()
                            && tokens.get(end - 1).text().length() == 1) {
                        end++; // an initial the tokenizer split from its full stop: "A" "."
                    }
                }
                Token a = tokens.get(i);
                Token b = tokens.get(end - 1);
                out.add(new EntitySpan(a.index(), b.index() + 1, a.start(), b.end(), EntityType.PERSON,
                        Optional.empty(), GazetteerFinder.DEFAULT_CONFIDENCE, name()));
                i = end - 1;
            }
        }
        return out;
    }

    private boolean partOfName(String word) {
        if (INITIAL.matcher(word).matches()) {
            return true;
        }
        return NAME_WORD.matcher(word).matches() && !givenNames.contains(word)
                && !nationalities.contains(List.of(word)) && !places.contains(List.of(word));
    }
}
