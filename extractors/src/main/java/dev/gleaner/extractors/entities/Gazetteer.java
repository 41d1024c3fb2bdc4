package dev.gleaner.extractors.entities;

import dev.gleaner.extractors.rules.RuleFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable set of names, each a sequence of tokens, matched case-sensitively against token sequences.
 * Entries are split on spaces; a token such as {@code "U.S."} or {@code "AT&T"} stays one token, as OpenNLP's
 * English tokenizer keeps it.
 *
 * <p>The bundled lists are rule files under {@code dev/gleaner/extractors/entities/} with a provenance and licence
 * header ({@link #bundled(String)}); users build their own with {@link #of(String, Collection)}.
 */
public final class Gazetteer {

    /** Names of the bundled lists. */
    public static final List<String> BUNDLED = List.of("countries", "us-states", "world-cities", "nationalities",
            "organizations", "person-titles", "first-names");

    private final String name;
    private final Set<List<String>> entries;
    private final Map<String, Integer> longestByFirstToken;

    private Gazetteer(String name, Set<List<String>> entries) {
        this.name = name;
        this.entries = Set.copyOf(entries);
        Map<String, Integer> longest = new HashMap<>();
        for (List<String> e : entries) {
            longest.merge(e.get(0), e.size(), Math::max);
        }
        this.longestByFirstToken = Map.copyOf(longest);
    }

    /**
     * A gazetteer from names you give.
     *
     * @throws NullPointerException     when an argument or entry is null
     * @throws IllegalArgumentException when an entry is blank
     */
    public static Gazetteer of(String name, Collection<String> names) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(names, "names");
        Set<List<String>> entries = new HashSet<>();
        for (String n : names) {
            Objects.requireNonNull(n, "gazetteer entry");
            List<String> tokens = split(n);
            if (tokens.isEmpty()) {
                throw new IllegalArgumentException("blank entry in gazetteer " + name);
            }
            entries.add(tokens);
        }
        return new Gazetteer(name, entries);
    }

    /**
     * One of the {@link #BUNDLED} lists, read from its rule file (section {@code [entries]}).
     *
     * @throws IllegalArgumentException when {@code name} is not bundled
     * @throws IllegalStateException    when the file is missing or lacks its provenance header
     */
    public static Gazetteer bundled(String name) {
        if (!BUNDLED.contains(name)) {
            throw new IllegalArgumentException("no bundled gazetteer '" + name + "'; bundled: " + BUNDLED);
        }
        RuleFile file = RuleFile.load(Gazetteer.class, name + ".rules");
        return of(name, file.words("entries"));
    }

    /** The list's name. */
    public String name() {
        return name;
    }

    /** The entries as token lists. */
    public Set<List<String>> entries() {
        return entries;
    }

    /** Whether the exact token sequence is an entry. */
    public boolean contains(List<String> tokens) {
        return entries.contains(tokens);
    }

    /**
     * The length in tokens of the longest entry that starts at {@code from} in {@code tokens}, or 0.
     */
    public int longestMatch(List<String> tokens, int from) {
        Integer max = longestByFirstToken.get(tokens.get(from));
        if (max == null) {
            return 0;
        }
        for (int len = Math.min(max, tokens.size() - from); len > 0; len--) {
            if (entries.contains(tokens.subList(from, from + len))) {
                return len;
            }
        }
        return 0;
    }

    private static List<String> split(String entry) {
        List<String> out = new ArrayList<>();
        for (String t : entry.trim().split("\\s+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "Gazetteer[" + name + ", " + entries.size() + " entries]";
    }
}
