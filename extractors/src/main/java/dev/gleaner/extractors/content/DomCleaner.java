package dev.gleaner.extractors.content;

import dev.gleaner.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes page chrome from a private copy of a page, in steps (each one job, in this order):
 * <ol>
 *   <li>elements that never hold content ({@code [never-content]} of {@code structure.rules}: scripts, styles,
 *       embeds, form controls, hidden elements);</li>
 *   <li>elements hidden by an inline style;</li>
 *   <li>landmarks that are chrome ({@code [chrome]}: nav, aside, header, footer, forms);</li>
 *   <li>blocks whose class or id marks them as chrome ({@link ClassHints}: share bars, comments, newsletters).</li>
 * </ol>
 * Two guards keep a bad rule from eating the article: an element holding more than {@code max-removed-share} of
 * the page's non-link text is kept (its insides are still cleaned), and a whole step that would remove more than
 * {@code max-step-loss} of it is reverted (not applied) and reported. Stateless apart from its rules; thread-safe.
 */
final class DomCleaner {

    private static final String NAME = "content-cleaning";

    private final ContentRules rules;

    DomCleaner(ContentRules rules) {
        this.rules = rules;
    }

    /** Cleans {@code root} (a private copy) in place; notes reverted steps in {@code diagnostics}. */
    void clean(Element root, List<Diagnostic> diagnostics) {
        step(root, "never-content", e -> matchesAny(e, rules.neverContent, root), false, diagnostics);
        step(root, "inline-hidden", DomCleaner::hiddenByStyle, true, diagnostics);
        step(root, "chrome-landmarks", e -> matchesAny(e, rules.chrome, root), true, diagnostics);
        step(root, "chrome-hints", e -> !isStructural(e) && rules.hints.isChrome(e), true, diagnostics);
    }

    private void step(Element root, String name, Predicate<Element> matches, boolean guarded,
                      List<Diagnostic> diagnostics) {
        TextStats stats = TextStats.of(root);
        int total = Math.max(1, stats.plainChars(root));
        double keepAbove = rules.maxRemovedShare * total;
        List<Element> doomed = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element element) || element == root) {
                    return FilterResult.CONTINUE;
                }
                if (matches.test(element)) {
                    if (guarded && stats.plainChars(element) > keepAbove) {
                        return FilterResult.CONTINUE;
                    }
                    doomed.add(element);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        long removed = 0;
        for (Element element : doomed) {
            removed += stats.plainChars(element);
        }
        if (guarded && removed > rules.maxStepLoss * total) {
            diagnostics.add(Diagnostic.warning(NAME, "reverted step " + name + ": it removed "
                    + Math.round(100.0 * removed / total) + "% of the text"));
            return;
        }
        doomed.forEach(Node::remove);
    }

    private static boolean matchesAny(Element element, List<ContentRules.NamedSelector> selectors, Element root) {
        for (ContentRules.NamedSelector selector : selectors) {
            if (selector.evaluator().matches(root, element)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStructural(Element element) {
        String tag = element.normalName();
        return "html".equals(tag) || "body".equals(tag) || "article".equals(tag) || "main".equals(tag)
                || element.hasAttr("itemprop") && "articlebody".equals(element.attr("itemprop")
                .toLowerCase(Locale.ROOT));
    }

    private static boolean hiddenByStyle(Element element) {
        if (!element.hasAttr("style")) {
            return false;
        }
        String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }
}
