package dev.gleaner.extractors.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Reads an element's {@code class} and {@code id} as hints: chrome (share bars, comments, newsletters) or content
 * (article body). Values are cut into tokens at every character that is not a letter or digit; each part is also
 * cut at camelCase joins ({@code articleBody} gives {@code articlebody}, {@code article} and {@code body}).
 * Immutable and thread-safe.
 */
final class ClassHints {

    private final Set<String> negativeTokens;
    private final List<String> negativePrefixes;
    private final Set<String> positiveTokens;
    private final List<String> positivePrefixes;

    ClassHints(List<String> negativeTokens, List<String> negativePrefixes, List<String> positiveTokens,
               List<String> positivePrefixes) {
        this.negativeTokens = Set.copyOf(negativeTokens);
        this.negativePrefixes = List.copyOf(negativePrefixes);
        this.positiveTokens = Set.copyOf(positiveTokens);
        this.positivePrefixes = List.copyOf(positivePrefixes);
    }

    /** The hint of an element: +1 content, -1 chrome, 0 neither (or both). */
    int hint(Element element) {
        String value = element.className() + " " + element.id();
        if (value.isBlank()) {
            return 0;
        }
        boolean negative = false;
        boolean positive = false;
        for (String token : tokens(value)) {
            negative |= negativeTokens.contains(token) || startsWithAny(token, negativePrefixes);
            positive |= positiveTokens.contains(token) || startsWithAny(token, positivePrefixes);
        }
        if (negative == positive) {
            return 0;
        }
        return positive ? 1 : -1;
    }

    /** True when the element is marked as chrome and not also as content. */
    boolean isChrome(Element element) {
        return hint(element) < 0;
    }

    private static boolean startsWithAny(String token, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (token.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The lower-cased tokens of a class or id value (parts, and camelCase pieces of each part). */
    static List<String> tokens(String value) {
        List<String> tokens = new ArrayList<>();
        int n = value.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(value.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(value.charAt(i))) {
                i++;
            }
            if (i > start) {
                String part = value.substring(start, i);
                tokens.add(part.toLowerCase(Locale.ROOT));
                addCamelPieces(part, tokens);
            }
        }
        return tokens;
    }

    private static void addCamelPieces(String part, List<String> tokens) {
        int start = 0;
        boolean split = false;
        for (int i = 1; i < part.length(); i++) {
            if (Character.isUpperCase(part.charAt(i)) && Character.isLowerCase(part.charAt(i - 1))) {
                tokens.add(part.substring(start, i).toLowerCase(Locale.ROOT));
                start = i;
                split = true;
            }
        }
        if (split) {
            tokens.add(part.substring(start).toLowerCase(Locale.ROOT));
        }
    }
}
