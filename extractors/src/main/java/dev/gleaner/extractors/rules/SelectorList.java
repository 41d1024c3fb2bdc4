package dev.gleaner.extractors.rules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.select.CombiningEvaluator;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;

/**
 * An ordered list of validated selectors, most specific first, consumed by a first-match loop. Immutable and
 * thread-safe (jsoup evaluators keep no state between queries).
 *
 * <p>Queries walk the tree once for the whole list, not once per rule: one pass with every rule at once finds the
 * candidates (usually few), and only those are tested rule by rule. Results are the same as asking the rules one
 * after another (profiled: the per-rule walks were a fifth of the pipeline's time on article pages).
 */
public final class SelectorList {

    /**
     * One selector.
     *
     * @param css       the selector as written in the rule file
     * @param evaluator the parsed selector
     * @param attribute the attribute that carries the value ({@code ""}: the element's text)
     * @param line      the line of the rule file
     */
    public record Rule(String css, Evaluator evaluator, String attribute, int line) {
        /** The value this rule reads from a matched element: the attribute, or {@code ""} to mean "its text". */
        public boolean readsAttribute() {
            return !attribute.isEmpty();
        }
    }

    /** A matched element and the rule that matched it. */
    public record Hit(Element element, Rule rule) {
    }

    private final String name;
    private final List<Rule> rules;
    /** Every rule at once, to find in one walk the elements any rule matches. */
    private final Evaluator anyRule;

    SelectorList(String name, List<Rule> rules) {
        this.name = name;
        this.rules = List.copyOf(rules);
        List<Evaluator> evaluators = this.rules.stream().map(Rule::evaluator).toList();
        this.anyRule = evaluators.size() == 1 ? evaluators.get(0) : new CombiningEvaluator.Or(evaluators);
    }

    /** The elements under {@code root} (itself included) matched by each rule, in document order, from one walk. */
    private List<List<Element>> perRule(Element root) {
        List<List<Element>> found = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            found.add(new ArrayList<>());
        }
        if (rules.isEmpty()) {
            return found;
        }
        Elements candidates = root.select(anyRule);
        if (rules.size() == 1) {
            found.get(0).addAll(candidates);
            return found;
        }
        for (Element element : candidates) {
            for (int i = 0; i < rules.size(); i++) {
                if (rules.get(i).evaluator().matches(root, element)) {
                    found.get(i).add(element);
                }
            }
        }
        return found;
    }

    /** Where the list came from ("file [section]"). */
    public String name() {
        return name;
    }

    /** The rules, in order. */
    public List<Rule> rules() {
        return rules;
    }

    /** The first element matched by the first rule that matches anything under {@code root}. */
    public Optional<Hit> first(Element root) {
        if (rules.isEmpty()) {
            return Optional.empty();
        }
        Element earliest = root.selectFirst(anyRule);
        if (earliest == null) {
            return Optional.empty();
        }
        Rule top = rules.get(0);
        if (top.evaluator().matches(root, earliest)) {
            return Optional.of(new Hit(earliest, top)); // the first rule wins, and nothing precedes this element
        }
        List<List<Element>> found = perRule(root);
        for (int i = 0; i < rules.size(); i++) {
            if (!found.get(i).isEmpty()) {
                return Optional.of(new Hit(found.get(i).get(0), rules.get(i)));
            }
        }
        return Optional.empty();
    }

    /** A value read by a rule, with the rule that read it (for diagnostics). */
    public record Found(String value, Element element, Rule rule) {
    }

    /**
     * The first accepted, non-empty value: rules in order, elements in document order; the value is the rule's
     * attribute or the element's text, passed through {@code clean} (empty: try the next element).
     */
    public Optional<Found> firstValue(Element root, Predicate<Element> accept,
                                      Function<String, Optional<String>> clean) {
        if (rules.isEmpty()) {
            return Optional.empty();
        }
        // the earliest element any rule matches, found by a walk that stops there: when the first rule matches it
        // and it gives a value, it is the answer (the first rule's first element); else the full search below
        Element earliest = root.selectFirst(anyRule);
        if (earliest == null) {
            return Optional.empty();
        }
        Rule top = rules.get(0);
        if (top.evaluator().matches(root, earliest) && accept.test(earliest)) {
            Optional<Found> value = read(top, earliest, clean);
            if (value.isPresent()) {
                return value;
            }
        }
        List<List<Element>> found = perRule(root);
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            for (Element element : found.get(i)) {
                if (!accept.test(element)) {
                    continue;
                }
                Optional<Found> value = read(rule, element, clean);
                if (value.isPresent()) {
                    return value;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> read(Rule rule, Element element, Function<String, Optional<String>> clean) {
        String raw = rule.readsAttribute() ? element.attr(rule.attribute()) : element.text();
        Optional<String> value = clean.apply(raw);
        return value.isPresent() && !value.get().isBlank() ? Optional.of(new Found(value.get(), element, rule))
                : Optional.empty();
    }

    /** Every element under {@code root} matched by any rule, each once, in rule order then document order. */
    public List<Element> all(Element root) {
        Map<Element, Boolean> seen = new IdentityHashMap<>();
        List<Element> found = new ArrayList<>();
        for (List<Element> matched : perRule(root)) {
            for (Element element : matched) {
                if (seen.put(element, Boolean.TRUE) == null) {
                    found.add(element);
                }
            }
        }
        return found;
    }

    /** The elements of each rule in turn: every hit of the first rule, then of the second, ... */
    public List<Hit> hits(Element root) {
        List<Hit> hits = new ArrayList<>();
        List<List<Element>> found = perRule(root);
        for (int i = 0; i < rules.size(); i++) {
            for (Element element : found.get(i)) {
                hits.add(new Hit(element, rules.get(i)));
            }
        }
        return hits;
    }

    /** True when {@code element} itself is matched by any rule (root is its own document). */
    public boolean matches(Element element) {
        return !rules.isEmpty() && anyRule.matches(element.root(), element);
    }

    /** True when {@code element} or one of its ancestors is matched by any rule. */
    public boolean matchesSelfOrAncestor(Element element) {
        if (rules.isEmpty()) {
            return false;
        }
        Element root = element.root(); // once: every ancestor shares it
        for (Element e = element; e != null; e = e.parent()) {
            if (anyRule.matches(root, e)) {
                return true;
            }
        }
        return false;
    }

    /** Removes every matched element under {@code root} (on a document the caller owns). */
    public int removeAll(Element root) {
        List<Element> found = all(root);
        for (Element element : found) {
            element.remove();
        }
        return found.size();
    }

    /** Evaluates one rule as a list of elements. */
    public static Elements select(Element root, Rule rule) {
        return root.select(rule.evaluator());
    }
}
