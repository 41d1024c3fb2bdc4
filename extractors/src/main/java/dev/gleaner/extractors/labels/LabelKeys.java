package dev.gleaner.extractors.labels;

import java.util.List;
import java.util.Locale;

/** The key two labels are the same label by: lower case, words joined by single spaces, inner joiners removed. */
final class LabelKeys {

    private LabelKeys() {
    }

    static String of(String label) {
        List<String> terms = Terms.terms(label);
        return terms.isEmpty() ? label.strip().toLowerCase(Locale.ROOT) : KeyphraseFinder.key(terms);
    }
}
