package dev.gleaner.extractors.content;

import dev.gleaner.extractors.html.Subtrees;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Removes the chrome that sits inside the chosen body: the title heading, bylines and metadata fields, link lists and link-dense blocks (related stories, tag
 * clouds, "more from" boxes) and short blocks that are a boilerplate phrase ({@code boilerplate.rules}: advertising
 * labels, sharing and newsletter calls). Works in place on the private body container. Thread-safe.
 */
final class RegionPruner {

    /** Lists: judged with {@code max-list-link-density}. */
    private static final Set<String> LISTS = Set.of("ul", "ol", "dl");
    /** Compiled once: {@link #isBoilerplate} runs on every candidate block of every page. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Trailing punctuation; matched only from the start of a run, so a long run elsewhere stays linear. */
    private static final Pattern END_PUNCTUATION = Pattern.compile("(?<![:.!])[:.!]+$");
    /** Blocks judged with {@code max-link-density} and the boilerplate phrases. */
    private static final Set<String> BLOCKS = Set.of("div", "section", "p", "table", "aside", "header", "footer",
            "nav", "figure", "blockquote", "li", "h2", "h3", "h4", "h5", "h6", "span", "strong", "em", "b", "i",
            "small");
    /** Tags never judged for link density (short inline text legitimately sits in one link). */
    private static final Set<String> DENSITY_EXEMPT = Set.of("li", "h2", "h3", "h4", "h5", "h6", "span", "strong",
            "em", "b", "i", "small", "blockquote", "figure");

    /** Blocks that may be a teaser card of another page. */
    private static final Set<String> TEASER_TAGS = Set.of("article", "div", "li", "section");
    /** A heading is a teaser title when its link covers at least this share of it. */
    private static final double TEASER_TITLE_LINK_SHARE = 0.8;

    private final ContentRules rules;

    RegionPruner(ContentRules rules) {
        this.rules = rules;
    }

    /**
     * Prunes the body in place.
     *
     * @param body    the detached body container
     * @param authors the page's author names, lower-cased: a short block naming one is a byline
     */
    void prune(Element body, List<String> authors) {
        TextStats stats = TextStats.of(body);
        int bodyChars = stats.chars(body);
        // a quotation (an embedded post, a cited source) is kept whole, links and all
        List<Element> doomed = Subtrees.topmost(body, element -> isChrome(element, stats, bodyChars)
                        || isTitleOrByline(element, stats, authors) || isMetadata(element, stats, body),
                element -> "blockquote".equals(element.normalName()));
        doomed.forEach(Node::remove);
    }

    private boolean isChrome(Element element, TextStats stats, int bodyChars) {
        String tag = element.normalName();
        int chars = stats.chars(element);
        if (chars == 0) {
            return false;
        }
        double density = stats.linkDensity(element);
        if (LISTS.contains(tag)) {
            return density > rules.maxListLinkDensity;
        }
        if (!BLOCKS.contains(tag)) {
            return false;
        }
        double maxDensity = "p".equals(tag) ? rules.maxParagraphLinkDensity : rules.maxLinkDensity;
        if (!DENSITY_EXEMPT.contains(tag) && density > maxDensity) {
            return true;
        }
        if (TEASER_TAGS.contains(tag) && isTeaser(element, stats, bodyChars)) {
            return true;
        }
        return chars < rules.maxBoilerplateBlockChars && isBoilerplate(element.text());
    }

    /** A card whose heading is a link to another page, small beside the body (a related story inside it). */
    private boolean isTeaser(Element element, TextStats stats, int bodyChars) {
        if (stats.chars(element) >= rules.maxTeaserShare * bodyChars) {
            return false;
        }
        Element heading = element.selectFirst("h2, h3, h4");
        if (heading == null || heading.selectFirst("a[href]") == null) {
            return false;
        }
        int chars = stats.chars(heading);
        return chars > 0 && stats.linkChars(heading) >= TEASER_TITLE_LINK_SHARE * chars;
    }

    /** A short element the markup marks as a metadata field (a date, an author, keywords). */
    private boolean isMetadata(Element element, TextStats stats, Element body) {
        if (stats.chars(element) > rules.maxBylineChars) {
            return false;
        }
        for (ContentRules.NamedSelector selector : rules.metadataInBody) {
            if (selector.evaluator().matches(body, element)) {
                return true;
            }
        }
        return false;
    }

    /** The page title (an {@code h1}: the title is a field of its own) or a short block naming an author. */
    private boolean isTitleOrByline(Element element, TextStats stats, List<String> authors) {
        if ("h1".equals(element.normalName())) {
            return true;
        }
        if (authors.isEmpty() || stats.chars(element) > rules.maxBylineChars || !BLOCKS.contains(element.normalName())) {
            return false;
        }
        String text = element.text().toLowerCase(Locale.ROOT);
        for (String author : authors) {
            if (text.contains(author)) {
                return true;
            }
        }
        return false;
    }

    /** True when the text is, or starts with, a boilerplate phrase. */
    boolean isBoilerplate(String text) {
        String t = SPACES.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        if (rules.boilerplateWhole.contains(t) || rules.boilerplateWhole.contains(END_PUNCTUATION.matcher(t)
                .replaceAll(""))) {
            return true;
        }
        for (String start : rules.boilerplateStarts) {
            if (t.startsWith(start)) {
                return true;
            }
        }
        for (String part : rules.boilerplateContains) {
            if (t.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
