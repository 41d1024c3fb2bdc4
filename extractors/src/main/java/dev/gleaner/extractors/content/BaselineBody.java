package dev.gleaner.extractors.content;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The last resort of the cascade: every paragraph-like block of the cleaned page with at least
 * {@code min-baseline-paragraph-chars} characters and few links, in page order; when there is none, the whole
 * cleaned body. Thread-safe.
 */
final class BaselineBody {

    private final ContentRules rules;

    BaselineBody(ContentRules rules) {
        this.rules = rules;
    }

    /** The paragraph blocks (outermost only), or the root itself. */
    List<Element> blocks(Element root) {
        TextStats stats = TextStats.of(root);
        List<Element> blocks = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            if (element == root || !CandidateScorer.isParagraphLike(element)
                    || stats.chars(element) < rules.minBaselineParagraphChars
                    || stats.linkDensity(element) > rules.maxLinkDensity) {
                continue;
            }
            if (!blocks.isEmpty() && element.parents().contains(blocks.get(blocks.size() - 1))) {
                continue;
            }
            blocks.add(element);
        }
        return blocks.isEmpty() ? List.of(root) : blocks;
    }
}
