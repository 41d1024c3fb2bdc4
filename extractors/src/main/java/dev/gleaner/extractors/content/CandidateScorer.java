package dev.gleaner.extractors.content;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the main content by scoring: every paragraph-like block votes for its parent (full weight), grandparent
 * (half) and great-grandparent (a third) with one point, plus its commas, plus a point per {@code chars-per-point}
 * characters (at most {@code max-length-points}); a container starts from a bias for its tag and its class hints,
 * and its total is scaled by the share of its text outside links. The best container is widened to a common ancestor
 * when other strong containers sit beside it, and its siblings that belong to the article (strong score, or prose
 * paragraphs with few links) are re-attached in page order. Thread-safe; nothing per page is kept.
 */
final class CandidateScorer {

    /** Blocks that are paragraphs in their own right. */
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote");
    /** Containers that become paragraphs when they hold text directly (no block children). */
    private static final Set<String> TEXT_CONTAINERS = Set.of("div", "section", "article");
    /** Block-level children that keep a container from being a paragraph itself. */
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "table", "ul", "ol", "dl",
            "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "header", "footer", "aside", "form",
            "main", "nav", "hr");
    /** Containers' starting bias by tag: Readability's classic values (divs hold prose, lists and headings less). */
    private static final Map<String, Double> TAG_BIAS = Map.ofEntries(
            Map.entry("div", 5.0), Map.entry("article", 5.0), Map.entry("section", 3.0), Map.entry("pre", 3.0),
            Map.entry("td", 3.0), Map.entry("blockquote", 3.0), Map.entry("main", 3.0),
            Map.entry("address", -3.0), Map.entry("ol", -3.0), Map.entry("ul", -3.0), Map.entry("dl", -3.0),
            Map.entry("dd", -3.0), Map.entry("dt", -3.0), Map.entry("li", -3.0), Map.entry("form", -3.0),
            Map.entry("h1", -5.0), Map.entry("h2", -5.0), Map.entry("h3", -5.0), Map.entry("h4", -5.0),
            Map.entry("h5", -5.0), Map.entry("h6", -5.0), Map.entry("th", -5.0));
    /** How many ancestors a paragraph votes for. */
    private static final int VOTED_LEVELS = 3;
    /** How many of the best containers are compared when widening the best one. */
    private static final int RIVALS = 5;
    /** Rivals that must score near the best before the best is widened to their common ancestor. */
    private static final int MIN_RIVALS_TO_WIDEN = 2;
    /**
     * Loose text beside block children makes a container a paragraph from this many characters on: a sentence or
     * two, more than the labels and separators layout cells carry. Calibrated on the scrapinghub benchmark.
     */
    private static final int MIN_LOOSE_TEXT_CHARS = 150;
    /** How many levels above the best container its siblings are looked for. */
    private static final int SIBLING_LEVELS = 3;
    /** Sentence-final punctuation that lets a short link-free sibling paragraph join. */
    private static final String SENTENCE_END = ".!?。！？…\"”'";

    private final ContentRules rules;

    CandidateScorer(ContentRules rules) {
        this.rules = rules;
    }

    /** The scored region: the best container and its re-attached siblings in page order (empty when none). */
    List<Element> region(Element root) {
        TextStats stats = TextStats.of(root);
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element element : root.getAllElements()) {
            if (!isParagraphLike(element)) {
                continue;
            }
            int chars = stats.chars(element);
            if (chars < rules.minParagraphChars) {
                continue;
            }
            double points = 1 + stats.commas(element)
                    + Math.min(chars / rules.charsPerPoint, rules.maxLengthPoints);
            Element ancestor = element.parent();
            for (int level = 0; level < VOTED_LEVELS && ancestor != null; level++) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3.0;
                Element voter = ancestor;
                scores.computeIfAbsent(voter, this::bias);
                scores.merge(voter, points / divider, Double::sum);
                if (voter == root) {
                    break;
                }
                ancestor = ancestor.parent();
            }
        }
        if (scores.isEmpty()) {
            return List.of();
        }
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>();
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double scaled = entry.getValue() * (1 - stats.linkDensity(entry.getKey()));
            ranked.add(Map.entry(entry.getKey(), scaled));
        }
        ranked.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        Element top = ranked.get(0).getKey();
        double topScore = ranked.get(0).getValue();
        Map<Element, Double> finalScores = new IdentityHashMap<>();
        ranked.forEach(e -> finalScores.put(e.getKey(), e.getValue()));

        top = widen(top, topScore, ranked, root);
        topScore = Math.max(topScore, finalScores.getOrDefault(top, topScore));
        return withSiblings(top, topScore, bestWithin(finalScores), stats, root);
    }

    /** For every element, the best score of itself or any scored element inside it. */
    private static Map<Element, Double> bestWithin(Map<Element, Double> scores) {
        Map<Element, Double> best = new IdentityHashMap<>();
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double score = entry.getValue();
            for (Element e = entry.getKey(); e != null; e = e.parent()) {
                Double known = best.get(e);
                if (known != null && known >= score) {
                    break;
                }
                best.put(e, score);
            }
        }
        return best;
    }

    private double bias(Element element) {
        return TAG_BIAS.getOrDefault(element.normalName(), 0.0) + rules.hintWeight * rules.hints.hint(element);
    }

    /** Widens the best container to the common ancestor of it and its near rivals, when there are enough. */
    private Element widen(Element top, double topScore, List<Map.Entry<Element, Double>> ranked, Element root) {
        List<Element> rivals = new ArrayList<>();
        for (int i = 1; i < Math.min(RIVALS + 1, ranked.size()); i++) {
            Map.Entry<Element, Double> rival = ranked.get(i);
            if (rival.getValue() >= rules.parentShare * topScore && !isAncestor(top, rival.getKey())
                    && !isAncestor(rival.getKey(), top)) {
                rivals.add(rival.getKey());
            }
        }
        Element widened = top;
        if (rivals.size() >= MIN_RIVALS_TO_WIDEN) {
            for (Element rival : rivals) {
                widened = commonAncestor(widened, rival).orElse(widened);
            }
            if (widened == root || "body".equals(widened.normalName()) || "html".equals(widened.normalName())) {
                widened = top;
            }
        }
        // A container that is its parent's only child says nothing more than the parent.
        while (widened.parent() != null && widened.parent() != root && widened.parent().childrenSize() == 1
                && !"body".equals(widened.parent().normalName())) {
            widened = widened.parent();
        }
        return widened;
    }

    /**
     * The best container with the siblings that belong to it, looked for beside the container and beside each of
     * its ancestors up to {@link #SIBLING_LEVELS} levels (an article split into sections around a picture or a
     * pull quote has its parts beside an ancestor), in page order.
     */
    private List<Element> withSiblings(Element top, double topScore, Map<Element, Double> scores, TextStats stats,
                                       Element root) {
        double threshold = Math.max(rules.minSiblingScore, topScore * rules.siblingShare);
        String topClass = top.className();
        java.util.ArrayDeque<Element> region = new java.util.ArrayDeque<>();
        region.add(top);
        Element current = top;
        for (int level = 0; level < SIBLING_LEVELS; level++) {
            Element parent = current.parent();
            if (parent == null || current == root || "body".equals(current.normalName())) {
                break;
            }
            List<Element> before = new ArrayList<>();
            List<Element> after = new ArrayList<>();
            boolean seen = false;
            for (Element sibling : parent.children()) {
                if (sibling == current) {
                    seen = true;
                    continue;
                }
                if (belongs(sibling, topClass, topScore, threshold, scores, stats)) {
                    (seen ? after : before).add(sibling);
                }
            }
            for (int i = before.size() - 1; i >= 0; i--) {
                region.addFirst(before.get(i));
            }
            region.addAll(after);
            if (parent == root || rules.hints.isChrome(parent)) {
                break;
            }
            current = parent;
        }
        return List.copyOf(region);
    }

    private boolean belongs(Element sibling, String topClass, double topScore, double threshold,
                            Map<Element, Double> scores, TextStats stats) {
        double bonus = !topClass.isEmpty() && topClass.equals(sibling.className()) ? topScore * rules.siblingShare
                : 0;
        Double score = scores.get(sibling);
        if (score != null && score + bonus >= threshold
                && stats.linkDensity(sibling) < rules.siblingMaxLinkDensity) {
            return true;
        }
        if (isParagraphLike(sibling)) {
            int chars = stats.chars(sibling);
            double density = stats.linkDensity(sibling);
            String text = sibling.text().strip();
            return chars > rules.siblingParagraphChars && density < rules.siblingMaxLinkDensity
                    || chars > 0 && density == 0 && !text.isEmpty()
                    && SENTENCE_END.indexOf(text.charAt(text.length() - 1)) >= 0;
        }
        return false;
    }

    /**
     * A block that counts as one paragraph: a paragraph tag, a container with text and no block children, or a
     * container whose own loose text (beside its block children) is at least {@link #MIN_LOOSE_TEXT_CHARS} long, as
     * in templates that write the article straight into a layout cell after a title paragraph.
     */
    static boolean isParagraphLike(Element element) {
        String tag = element.normalName();
        if (PARAGRAPH_TAGS.contains(tag)) {
            return true;
        }
        if (!TEXT_CONTAINERS.contains(tag)) {
            return false;
        }
        boolean hasBlockChild = false;
        int looseChars = 0;
        for (Node child : element.childNodes()) {
            if (child instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                hasBlockChild = true;
            } else if (child instanceof TextNode t && !t.isBlank()) {
                looseChars += t.text().strip().length();
            }
        }
        return hasBlockChild ? looseChars >= MIN_LOOSE_TEXT_CHARS : looseChars > 0;
    }

    private static boolean isAncestor(Element ancestor, Element of) {
        for (Element e = of.parent(); e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Element> commonAncestor(Element a, Element b) {
        for (Element x = a; x != null; x = x.parent()) {
            if (x == b || isAncestor(x, b)) {
                return Optional.of(x);
            }
        }
        return Optional.empty();
    }
}
