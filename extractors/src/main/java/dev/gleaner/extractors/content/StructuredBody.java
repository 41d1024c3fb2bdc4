package dev.gleaner.extractors.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Finds the body where the markup names it ({@code [body]} of {@code structure.rules}: schema.org
 * {@code itemprop=articleBody}, CMS body classes, then {@code <article>}, {@code main}), trying the selectors in
 * order and keeping the first that yields enough text. When one selector matches several separate elements (a body
 * split around an advertisement), all those holding at least {@link #MIN_PART_SHARE} of the largest one's text are
 * kept, in page order; smaller ones (teasers of other articles) are not. Thread-safe.
 */
final class StructuredBody {

    /**
     * Share of the largest match's text a further match of the same selector needs to join the body. Calibrated on
     * the scrapinghub benchmark: split bodies have parts of similar size, teaser {@code <article>}s are tiny.
     */
    static final double MIN_PART_SHARE = 0.25;

    /**
     * What the markup named.
     *
     * @param selector the selector that matched
     * @param parts    the matched elements, in page order
     */
    record Found(String selector, List<Element> parts) {
    }

    private final ContentRules rules;

    StructuredBody(ContentRules rules) {
        this.rules = rules;
    }

    /** The first selector's matches that hold at least {@code minChars} characters together. */
    Optional<Found> find(Element root, int minChars) {
        return find(root, minChars, rules.bodySelectors);
    }

    /** The first landmark ({@code [scope]}) whose matches hold at least {@code minChars} characters together. */
    Optional<Found> scope(Element root, int minChars) {
        return find(root, minChars, rules.scopeSelectors);
    }

    private Optional<Found> find(Element root, int minChars, List<ContentRules.NamedSelector> selectors) {
        TextStats stats = TextStats.of(root);
        for (ContentRules.NamedSelector selector : selectors) {
            List<Element> matches = outermost(root.select(selector.evaluator()));
            if (matches.isEmpty()) {
                continue;
            }
            int largest = 0;
            for (Element e : matches) {
                largest = Math.max(largest, stats.plainChars(e));
            }
            List<Element> parts = new ArrayList<>();
            int total = 0;
            for (Element e : matches) {
                if (stats.plainChars(e) >= MIN_PART_SHARE * largest) {
                    parts.add(e);
                    total += stats.plainChars(e);
                }
            }
            if (total >= minChars) {
                return Optional.of(new Found(selector.css(), parts));
            }
        }
        return Optional.empty();
    }

    private static List<Element> outermost(List<Element> matches) {
        List<Element> out = new ArrayList<>();
        for (Element e : matches) {
            boolean nested = false;
            for (Element kept : out) {
                if (e.parents().contains(kept)) {
                    nested = true;
                    break;
                }
            }
            if (!nested) {
                out.add(e);
            }
        }
        return out;
    }
}
