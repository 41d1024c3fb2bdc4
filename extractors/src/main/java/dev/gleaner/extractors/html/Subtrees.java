package dev.gleaner.extractors.html;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the topmost elements under a root that match a test: once an element matches, its subtree is not searched
 * (removing the matches removes each subtree once). Iterative (jsoup's {@link NodeTraversor}), so deep markup
 * cannot overflow the stack. Stateless.
 */
public final class Subtrees {

    private Subtrees() {
    }

    /**
     * The topmost descendants of {@code root} (never {@code root} itself) that {@code matches} accepts, in document
     * order; the subtree of an element that {@code sealed} accepts is not searched below it.
     */
    public static List<Element> topmost(Element root, Predicate<Element> matches, Predicate<Element> sealed) {
        List<Element> found = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element element) || element == root) {
                    return FilterResult.CONTINUE;
                }
                if (matches.test(element)) {
                    found.add(element);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return sealed.test(element) ? FilterResult.SKIP_CHILDREN : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        return found;
    }

    /** The topmost descendants of {@code root} that {@code matches} accepts, in document order. */
    public static List<Element> topmost(Element root, Predicate<Element> matches) {
        return topmost(root, matches, e -> false);
    }
}
