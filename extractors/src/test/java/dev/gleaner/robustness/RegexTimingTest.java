package dev.gleaner.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.gleaner.Gleaner;
import dev.gleaner.extractors.GleanerDefaults;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A hang detector for every regular expression Gleaner uses. The patterns are found, not listed: every static
 * {@link Pattern} field of every class of core, extractors and batch; every {@link Pattern} reachable from a default
 * {@link Gleaner} (patterns built from rule files at start-up); and every string literal given to
 * {@code String.matches}, {@code replaceAll}, {@code replaceFirst} and {@code split} in the main sources. Each runs
 * ({@code find} to the end, and {@code matches}) over pathological inputs made from its own characters and from
 * characters pages are made of: long runs of one character, of alternating pairs and of near-matches, each ending
 * in a character that makes the match fail. Catastrophic backtracking takes hours on such inputs; a linear pattern
 * takes milliseconds, so a bound of {@value #BOUND_SECONDS} seconds per pattern leaves a margin of hundreds. Each
 * pattern was also reviewed by hand (README, "Reliability and security"): a pattern the code only ever applies with
 * {@code matches()} is timed with {@code matches()} alone, and a pattern whose input the code bounds is timed on
 * inputs of that bound.
 */
class RegexTimingTest {

    /** Length of each pathological input (20k characters: a long paragraph, a quadratic pattern's worst case). */
    private static final int INPUT_CHARS = 20_000;
    /** Time allowed to one pattern for all its inputs. */
    private static final int BOUND_SECONDS = 20;
    private static final int SLOWEST_SHOWN = 8;
    /**
     * Patterns the code applies only with {@code matches()} (linear there; {@code find()} from every start would be
     * quadratic): TextAnalyzer.POSSESSIVE on one token, KeyphraseFinder's literal on the text between two terms.
     */
    private static final List<String> MATCHES_ONLY = List.of("TextAnalyzer.POSSESSIVE",
            "KeyphraseFinder.java literal \"(?s).*[.!?\\\\n].*\"");
    /** Patterns whose input the code bounds, with the bound: Bylines.authors takes at most 1,000 characters. */
    private static final Map<String, Integer> BOUNDED_INPUT = Map.of("Bylines.", 1000);
    private static final Pattern LITERAL_REGEX = Pattern.compile(
            "\\.(?:matches|replaceAll|replaceFirst|split)\\(\"((?:[^\"\\\\]|\\\\.){1,300})\"");
    private static final String GENERIC_CHARS = "a1 \t\n.-/:<>'\"=,;&#éا\u00A0\u200B_";
    private static final List<String> NEAR_MATCHES = List.of("<meta charset=", "2024-03-", "12/31/", "posted by ",
            "http://", "March 3, ", "\\d", "<a href='", "$1,000.", "10:30 ", "a.b.", "J. ", "(1) ", "O'Neil's ");

    @Test
    void noRegexBacktracksCatastrophically() throws Exception {
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        staticPatterns(patterns);
        reachablePatterns(Gleaner.create(), patterns);
        literalPatterns(patterns);
        assertThat(patterns).as("regular expressions found").hasSizeGreaterThan(60);

        List<String> timings = new ArrayList<>();
        List<String> hangs = new ArrayList<>();
        List<String> overflows = new ArrayList<>();
        for (Map.Entry<String, Pattern> entry : patterns.entrySet()) {
            Pattern pattern = entry.getValue();
            int bound = BOUNDED_INPUT.entrySet().stream().filter(b -> entry.getKey().startsWith(b.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(INPUT_CHARS);
            List<String> inputs = inputs(pattern.pattern()).stream()
                    .map(i -> i.length() > bound ? i.substring(i.length() - bound) : i).toList();
            boolean matchesOnly = MATCHES_ONLY.contains(entry.getKey());
            try {
                long nanos = assertTimeoutPreemptively(Duration.ofSeconds(BOUND_SECONDS),
                        () -> run(pattern, inputs, matchesOnly));
                timings.add(String.format(Locale.ROOT, "%9.1f ms  %s: %s", nanos / 1e6, entry.getKey(),
                        pattern.pattern()));
            } catch (AssertionError e) {
                hangs.add(entry.getKey() + ": " + pattern.pattern());
            } catch (StackOverflowError e) {
                overflows.add(entry.getKey() + ": " + pattern.pattern());
            }
        }
        timings.sort(Comparator.comparingDouble(t -> -Double.parseDouble(t.substring(0, 9).strip())));
        System.out.printf(Locale.ROOT, "regex timing: %d patterns, %d over %d s; slowest:%n", patterns.size(),
                hangs.size(), BOUND_SECONDS);
        timings.stream().limit(SLOWEST_SHOWN).forEach(System.out::println);
        hangs.forEach(h -> System.out.println("  over the bound: " + h));
        overflows.forEach(h -> System.out.println("  stack overflow: " + h));
        assertThat(overflows).as("patterns whose matching overflowed the stack on long input").isEmpty();
        assertThat(hangs).as("patterns that took more than " + BOUND_SECONDS + " s (catastrophic backtracking?)")
                .isEmpty();
    }

    private static long run(Pattern pattern, List<String> inputs, boolean matchesOnly) {
        long start = System.nanoTime();
        for (String input : inputs) {
            if (matchesOnly) {
                pattern.matcher(input).matches();
                continue;
            }
            Matcher m = pattern.matcher(input);
            int found = 0;
            while (m.find() && found++ < INPUT_CHARS) {
                if (m.end() == m.start() && m.end() >= input.length()) {
                    break;
                }
            }
            pattern.matcher(input).matches();
            pattern.matcher(input).lookingAt();
        }
        return System.nanoTime() - start;
    }

    /** Runs of one character, of alternating pairs, and repeated near-matches, each ended by a failing character. */
    private static List<String> inputs(String regex) {
        Set<Character> chars = new TreeSet<>();
        for (char c : (regex + GENERIC_CHARS).toCharArray()) {
            if (!Character.isISOControl(c) || c == '\t' || c == '\n') {
                chars.add(c);
            }
        }
        List<String> inputs = new ArrayList<>();
        List<Character> list = new ArrayList<>(chars);
        for (int i = 0; i < list.size(); i++) {
            char c = list.get(i);
            inputs.add(String.valueOf(c).repeat(INPUT_CHARS) + "\u0000");
            char d = list.get((i + 1) % list.size());
            inputs.add((String.valueOf(c) + d).repeat(INPUT_CHARS / 2) + "\u0000");
        }
        for (String near : NEAR_MATCHES) {
            inputs.add(near.repeat(INPUT_CHARS / near.length()) + "\u0000");
        }
        return inputs;
    }

    // ---- finding the patterns ----

    private static void staticPatterns(Map<String, Pattern> out) throws IOException, URISyntaxException {
        for (Class<?> anchor : List.of(Gleaner.class, GleanerDefaults.class)) {
            Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isDirectory(root)) {
                continue; // run from jars: the reachable and literal patterns still cover them
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                    String name = root.relativize(file).toString().replace('/', '.').replace('\\', '.');
                    name = name.substring(0, name.length() - ".class".length());
                    if (name.endsWith("package-info") || name.endsWith("module-info")) {
                        continue;
                    }
                    Class<?> type;
                    try {
                        type = Class.forName(name, true, RegexTimingTest.class.getClassLoader());
                    } catch (ClassNotFoundException | LinkageError e) {
                        continue;
                    }
                    for (Field field : type.getDeclaredFields()) {
                        if (Modifier.isStatic(field.getModifiers()) && field.getType() == Pattern.class
                                && field.trySetAccessible()) {
                            try {
                                Object value = field.get(null);
                                if (value instanceof Pattern p) {
                                    out.putIfAbsent(type.getSimpleName() + "." + field.getName(), p);
                                }
                            } catch (IllegalAccessException e) {
                                // not readable: the literal scan may still find it
                            }
                        }
                    }
                }
            }
        }
    }

    /** Patterns held by the configured pipeline's objects (built from rule files), found by a reflective walk. */
    private static void reachablePatterns(Object root, Map<String, Pattern> out) {
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        Deque<Object[]> queue = new ArrayDeque<>();
        queue.add(new Object[] {root, "Gleaner"});
        while (!queue.isEmpty()) {
            Object[] next = queue.poll();
            Object value = next[0];
            String path = (String) next[1];
            if (value == null || seen.put(value, Boolean.TRUE) != null) {
                continue;
            }
            if (value instanceof Pattern p) {
                out.putIfAbsent(path, p);
                continue;
            }
            if (value instanceof Collection<?> c) {
                c.forEach(e -> queue.add(new Object[] {e, path + "[]"}));
                continue;
            }
            if (value instanceof Map<?, ?> m) {
                m.values().forEach(e -> queue.add(new Object[] {e, path + "{}"}));
                continue;
            }
            if (value.getClass().isArray() && !value.getClass().getComponentType().isPrimitive()) {
                for (int i = 0; i < Array.getLength(value); i++) {
                    queue.add(new Object[] {Array.get(value, i), path + "[]"});
                }
                continue;
            }
            if (!value.getClass().getName().startsWith("dev.gleaner")) {
                continue;
            }
            for (Class<?> type = value.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()
                            || !field.trySetAccessible()) {
                        continue;
                    }
                    try {
                        queue.add(new Object[] {field.get(value), type.getSimpleName() + "." + field.getName()});
                    } catch (IllegalAccessException e) {
                        // skip
                    }
                }
            }
        }
    }

    /** Regex literals passed to String.matches/replaceAll/replaceFirst/split in the main sources. */
    private static void literalPatterns(Map<String, Pattern> out) throws IOException {
        for (String module : List.of("../core", ".", "../batch")) {
            Path sources = Path.of(module, "src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    Matcher m = LITERAL_REGEX.matcher(Files.readString(file));
                    while (m.find()) {
                        String regex = unescape(m.group(1));
                        out.putIfAbsent(file.getFileName() + " literal \"" + m.group(1) + "\"", Pattern.compile(regex));
                    }
                }
            }
        }
    }

    private static String unescape(String javaLiteral) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < javaLiteral.length(); i++) {
            char c = javaLiteral.charAt(i);
            if (c == '\\' && i + 1 < javaLiteral.length()) {
                char n = javaLiteral.charAt(++i);
                out.append(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
