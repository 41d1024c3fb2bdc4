package dev.gleaner.extractors.content;

import dev.gleaner.extractors.html.Subtrees;
import dev.gleaner.extractors.html.Visibility;
import dev.gleaner.model.Diagnostic;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

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
 * the page's non-link text and the title or article markup (a page wrapper with an unlucky class) is kept (its
 * insides are still cleaned), and a whole step that would remove more than
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
        // measured once; each applied step subtracts what it removes (exact: removal only lowers its ancestors)
        TextStats stats = TextStats.of(root);
        step(root, stats, "never-content", e -> matchesAny(e, rules.neverContent, root), false, diagnostics);
        step(root, stats, "inline-hidden", Visibility::isHiddenByStyle, true, diagnostics);
        step(root, stats, "chrome-landmarks", e -> matchesAny(e, rules.chrome, root), true, diagnostics);
        step(root, stats, "chrome-hints", e -> !isStructural(e) && rules.hints.isChrome(e), true, diagnostics);
    }

    private void step(Element root, TextStats stats, String name, Predicate<Element> matches, boolean guarded,
                      List<Diagnostic> diagnostics) {
        int total = Math.max(1, stats.plainChars(root));
        double keepAbove = rules.maxRemovedShare * total;
        List<Element> doomed = Subtrees.topmost(root, element -> matches.test(element)
                && !(guarded && stats.plainChars(element) > keepAbove && holdsArticleMarkers(element)));
        if (doomed.isEmpty()) {
            return;
        }
        if (guarded && takesTheArticle(doomed, paragraphs(root, stats), stats)) {
            diagnostics.add(Diagnostic.warning(NAME, "reverted step " + name
                    + ": it removed most of the paragraph text"));
            return;
        }
        for (Element element : doomed) {
            stats.subtract(element);
            element.remove();
        }
    }

    /**
     * True when removing {@code doomed} takes more than {@code max-step-loss} of the paragraph text and leaves
     * less than {@code min-remaining-prose-chars} of it: the step ate the article (a duplicate hidden copy of the
     * text, removed with plenty of prose left, is fine).
     */
    private boolean takesTheArticle(List<Element> doomed, List<Element> paragraphs, TextStats stats) {
        Set<Element> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        gone.addAll(doomed);
        long total = 0;
        long removed = 0;
        for (Element paragraph : paragraphs) {
            int chars = stats.plainChars(paragraph);
            total += chars;
            for (Element e = paragraph; e != null; e = e.parent()) {
                if (gone.contains(e)) {
                    removed += chars;
                    break;
                }
            }
        }
        return removed > rules.maxStepLoss * total && total - removed < rules.minRemainingProseChars;
    }

    private List<Element> paragraphs(Element root, TextStats stats) {
        List<Element> paragraphs = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            if (CandidateScorer.isParagraphLike(element) && stats.chars(element) >= rules.minParagraphChars) {
                paragraphs.add(element);
            }
        }
        return paragraphs;
    }

    private static boolean matchesAny(Element element, List<ContentRules.NamedSelector> selectors, Element root) {
        for (ContentRules.NamedSelector selector : selectors) {
            if (selector.evaluator().matches(root, element)) {
                return true;
            }
        }
        return false;
    }

    /** A page wrapper (it holds the title or the article markup), as opposed to a large comment section. */
    private static boolean holdsArticleMarkers(Element element) {
        return element.selectFirst("h1, main, [itemprop=articleBody], [role=main]") != null;
    }

    private static boolean isStructural(Element element) {
        String tag = element.normalName();
        return "html".equals(tag) || "body".equals(tag) || "article".equals(tag) || "main".equals(tag)
                || element.hasAttr("itemprop") && "articlebody".equals(element.attr("itemprop")
                .toLowerCase(Locale.ROOT));
    }
}
