package dev.gleaner.extractors.labels;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a known label is written in a post: the label's own words ({@link Terms#labelForms}) matched against the
 * post's terms, ignoring case and the joiners inside a word ("Node.js" matches the label "NodeJs"). The count is a
 * language-neutral feature of the vocabulary source and the evidence shown for its suggestions.
 */
final class LabelMentions {

    private final List<List<String>> forms;
    private final String display;

    LabelMentions(String label) {
        this.display = label;
        List<List<String>> squashed = new ArrayList<>();
        for (List<String> form : Terms.labelForms(label)) {
            List<String> keys = form.stream().map(LabelMentions::squash).toList();
            if (!squashed.contains(keys) && keys.stream().noneMatch(String::isEmpty)) {
                squashed.add(keys);
            }
        }
        this.forms = List.copyOf(squashed);
    }

    /** A term without its inner joiners, the key mentions are matched on. */
    static String squash(String term) {
        StringBuilder out = new StringBuilder(term.length());
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c != '.' && c != '-' && c != '_' && c != '\'' && c != '’' || i == 0 && c == '.') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The label as written in the model. */
    String label() {
        return display;
    }

    /** How often the label is written in a sequence of squashed terms. */
    int count(List<String> squashedTerms) {
        int count = 0;
        for (List<String> form : forms) {
            int n = form.size();
            for (int i = 0; i + n <= squashedTerms.size(); i++) {
                boolean match = true;
                for (int k = 0; k < n && match; k++) {
                    match = squashedTerms.get(i + k).equals(form.get(k));
                }
                if (match) {
                    count++;
                }
            }
        }
        return count;
    }

    /** How often the label is written in an indexed sequence of squashed terms. */
    int count(TermIndex squashedTerms) {
        int count = 0;
        for (List<String> form : forms) {
            count += squashedTerms.count(form);
        }
        return count;
    }

    /** The squashed form of every term. */
    static List<String> squashAll(List<String> terms) {
        List<String> out = new ArrayList<>(terms.size());
        for (String t : terms) {
            out.add(squash(t));
        }
        return out;
    }
}
