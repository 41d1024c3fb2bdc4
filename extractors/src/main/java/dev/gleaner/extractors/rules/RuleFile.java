package dev.gleaner.extractors.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * A rule file: a class-path text resource made of {@code [section]} headers and one entry per line, with {@code #}
 * comments (a {@code #} followed by a space; {@code #main} is an id selector, not a comment). Every file must open with a comment header that names its {@code Provenance:} and {@code Licence:};
 * a file without them is refused. Files are read once, when a stage is built, and every accessor validates what it
 * returns, so a bad selector or number fails at start-up with the file and line in the message.
 *
 * <p>Section headers are {@code [lower-case-words]}; entry syntax: a line is trimmed; blank lines and lines starting with {@code #} are ignored; a selector line may
 * end with {@code " @attr"} to take its value from that attribute instead of the element's text.
 */
public final class RuleFile {

    private static final String PROVENANCE = "provenance:";
    private static final String LICENCE = "licence:";
    private static final char COMMENT = '#';
    /** A section header: lower-case words and dashes in brackets (a selector such as [itemprop=x] is not one). */
    private static final java.util.regex.Pattern SECTION = java.util.regex.Pattern.compile("\\[[a-z0-9-]+\\]");

    private final String name;
    private final Map<String, List<Entry>> sections;

    private RuleFile(String name, Map<String, List<Entry>> sections) {
        this.name = name;
        this.sections = sections;
    }

    /** One non-comment line of a section, with its 1-based line number in the file. */
    public record Entry(String value, int line) {
    }

    /**
     * Loads a resource relative to {@code anchor}'s package.
     *
     * @throws IllegalStateException when the resource is missing, unreadable, or lacks its provenance header
     */
    public static RuleFile load(Class<?> anchor, String resource) {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(resource, "resource");
        String name = resource.startsWith("/") ? resource.substring(1)
                : anchor.getPackageName().replace('.', '/') + "/" + resource;
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("rule file not found on the class path: " + name);
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read rule file " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses rule-file text (used by {@link #load} and by tests).
     *
     * @throws IllegalStateException when the header lacks provenance or licence, or an entry precedes any section
     */
    public static RuleFile parse(String name, String text) {
        Map<String, List<Entry>> sections = new LinkedHashMap<>();
        boolean provenance = false;
        boolean licence = false;
        boolean inHeader = true;
        List<Entry> current = null;
        int lineNo = 0;
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(text))) {
            for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
                lineNo++;
                String line = raw.strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (isComment(line)) {
                    if (inHeader) {
                        String lower = line.substring(1).strip().toLowerCase(Locale.ROOT);
                        provenance |= lower.startsWith(PROVENANCE);
                        licence |= lower.startsWith(LICENCE);
                    }
                    continue;
                }
                inHeader = false;
                if (SECTION.matcher(line).matches()) {
                    String section = line.substring(1, line.length() - 1).strip();
                    if (sections.containsKey(section)) {
                        throw new IllegalStateException(name + ":" + lineNo + ": section [" + section
                                + "] appears twice");
                    }
                    current = new ArrayList<>();
                    sections.put(section, current);
                    continue;
                }
                if (current == null) {
                    throw new IllegalStateException(name + ":" + lineNo + ": entry before the first [section]");
                }
                current.add(new Entry(line, lineNo));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read rule file " + name, e);
        }
        if (!provenance || !licence) {
            throw new IllegalStateException(name + ": the header comment must name its Provenance: and Licence:");
        }
        Map<String, List<Entry>> frozen = new LinkedHashMap<>();
        sections.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new RuleFile(name, Map.copyOf(frozen));
    }

    /** A comment is '#' alone or '#' and a space, so that id selectors such as "#main" stay entries. */
    private static boolean isComment(String line) {
        return line.charAt(0) == COMMENT && (line.length() == 1 || Character.isWhitespace(line.charAt(1)));
    }

    /** The resource name, for messages. */
    public String name() {
        return name;
    }

    /**
     * The entries of a section.
     *
     * @throws IllegalStateException when the section is missing or empty
     */
    public List<Entry> entries(String section) {
        List<Entry> entries = sections.get(section);
        if (entries == null || entries.isEmpty()) {
            throw new IllegalStateException(name + ": missing or empty section [" + section + "]");
        }
        return entries;
    }

    /** True when the file has the section. */
    public boolean has(String section) {
        return sections.containsKey(section);
    }

    /** The entries of a section as plain strings (word lists), in file order. */
    public List<String> words(String section) {
        return entries(section).stream().map(Entry::value).toList();
    }

    /** The entries of a section as lower-cased ({@link Locale#ROOT}) strings. */
    public List<String> lowerWords(String section) {
        return entries(section).stream().map(e -> e.value().toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * A section of CSS selectors, each validated now.
     *
     * @throws IllegalStateException naming the file and line of the first selector jsoup cannot parse
     */
    public SelectorList selectors(String section) {
        List<SelectorList.Rule> rules = new ArrayList<>();
        for (Entry entry : entries(section)) {
            String css = entry.value();
            String attribute = "";
            int at = css.lastIndexOf(" @");
            if (at > 0) {
                attribute = css.substring(at + 2).strip();
                css = css.substring(0, at).strip();
                if (attribute.isEmpty()) {
                    throw new IllegalStateException(where(entry) + ": empty attribute after '@'");
                }
            }
            Evaluator evaluator;
            try {
                evaluator = QueryParser.parse(css);
            } catch (Selector.SelectorParseException | IllegalArgumentException e) {
                throw new IllegalStateException(where(entry) + ": bad selector '" + css + "' in [" + section
                        + "]: " + e.getMessage(), e);
            }
            rules.add(new SelectorList.Rule(css, evaluator, attribute, entry.line()));
        }
        return new SelectorList(name + " [" + section + "]", rules);
    }

    /**
     * A section of {@code key = number} lines.
     *
     * @throws IllegalStateException naming the file and line of a malformed line
     */
    public Map<String, Double> numbers(String section) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Entry entry : entries(section)) {
            int eq = entry.value().indexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException(where(entry) + ": expected 'name = number'");
            }
            String key = entry.value().substring(0, eq).strip();
            try {
                values.put(key, Double.parseDouble(entry.value().substring(eq + 1).strip()));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(where(entry) + ": not a number for '" + key + "'", e);
            }
        }
        return Map.copyOf(values);
    }

    /**
     * One named number of a {@code key = number} section.
     *
     * @throws IllegalStateException when it is missing
     */
    public double number(String section, String key) {
        Double value = numbers(section).get(key);
        if (value == null) {
            throw new IllegalStateException(name + ": [" + section + "] has no '" + key + "'");
        }
        return value;
    }

    /** "file:line", for messages. */
    public String where(Entry entry) {
        return name + ":" + entry.line();
    }
}
