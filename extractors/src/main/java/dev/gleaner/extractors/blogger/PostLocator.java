package dev.gleaner.extractors.blogger;

import dev.gleaner.extractors.html.Texts;
import dev.gleaner.extractors.meta.DateParser;
import dev.gleaner.extractors.rules.SelectorList;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Finds one element per post on a private copy of the page, in page order. First the Blog widget's post
 * containers (first selector of {@code [post-container]} that matches outside sidebar widgets, outermost
 * elements only); when a page has none, the classic-template layout is segmented at Blogger's post anchors
 * ({@code <a name="POSTID">}): each anchor's post runs from the anchor's largest own ancestor to the next anchor or
 * date header, and those nodes are wrapped in one new container. Stateless apart from its rules; thread-safe.
 */
final class PostLocator {

    /** Attribute set on the wrapper elements this class creates around classic posts. */
    static final String CLASSIC_MARK = "data-gleaner-classic-post";
    /** Attribute set on elements recognised as a date header by their text alone. */
    static final String DATE_HEADER_MARK = "data-gleaner-date-header";

    private final BloggerRules rules;
    private final DateParser dates;

    PostLocator(BloggerRules rules, DateParser dates) {
        this.rules = rules;
        this.dates = dates;
    }

    /** Where the posts were found. */
    record Located(List<Element> containers, String basis, Element scope) {
    }

    /** Locates the posts of {@code document}, which must be a private copy (classic posts are re-wrapped). */
    Located locate(Document document) {
        Element scope = rules.blogScope.first(document).map(SelectorList.Hit::element).orElse(document.body());
        for (SelectorList.Rule rule : rules.postContainer.rules()) {
            List<Element> containers = outermost(scope.select(rule.evaluator()).stream()
                    .filter(e -> !insideChrome(e, scope))
                    .toList());
            if (!containers.isEmpty()) {
                return new Located(containers, rule.css(), scope);
            }
        }
        List<Element> classic = segmentClassic(document);
        if (!classic.isEmpty()) {
            return new Located(classic, "classic post anchors", document.body());
        }
        if (scope != document.body() && !Texts.collapse(scope.text()).isEmpty()) {
            return new Located(List.of(scope), "blog widget", scope);
        }
        return new Located(List.of(), "none", scope);
    }

    private boolean insideChrome(Element element, Element scope) {
        for (Element e = element; e != null && e != scope; e = e.parent()) {
            if (rules.notPostScope.matches(e)) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> outermost(List<Element> elements) {
        Map<Element, Boolean> set = new IdentityHashMap<>();
        elements.forEach(e -> set.put(e, Boolean.TRUE));
        List<Element> out = new ArrayList<>();
        for (Element e : elements) {
            boolean nested = false;
            for (Element p = e.parent(); p != null; p = p.parent()) {
                if (set.containsKey(p)) {
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

    private List<Element> segmentClassic(Document document) {
        List<Element> anchors = new ArrayList<>();
        for (Element a : document.select("a[name]")) {
            if (isPostId(a.attr("name")) && !insideChrome(a, document.body())) {
                anchors.add(a);
            }
        }
        if (anchors.isEmpty()) {
            return List.of();
        }
        Map<Element, Integer> anchorCount = new IdentityHashMap<>();
        for (Element a : anchors) {
            for (Element p = a; p != null; p = p.parent()) {
                anchorCount.merge(p, 1, Integer::sum);
            }
        }
        markDateHeaders(document);
        List<List<Node>> segments = new ArrayList<>();
        for (Element anchor : anchors) {
            Element block = anchor;
            while (block.parent() != null && block.parent() != document.body()
                    && anchorCount.getOrDefault(block.parent(), 0) == 1) {
                block = block.parent();
            }
            List<Node> segment = new ArrayList<>();
            segment.add(block);
            for (Node next = block.nextSibling(); next != null; next = next.nextSibling()) {
                if (next instanceof Element e && (anchorCount.containsKey(e) || isOrHasDateHeader(e)
                        || rules.notPostScope.matches(e))) {
                    break;
                }
                segment.add(next);
            }
            segments.add(segment);
        }
        List<Element> wrappers = new ArrayList<>();
        for (List<Node> segment : segments) {
            Node first = segment.get(0);
            Element wrapper = new Element("div").attr(CLASSIC_MARK, "");
            first.before(wrapper);
            for (Node node : segment) {
                wrapper.appendChild(node);
            }
            wrappers.add(wrapper);
        }
        return wrappers;
    }

    boolean isPostId(String value) {
        return value.length() >= rules.minPostIdDigits && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private boolean isOrHasDateHeader(Element element) {
        if (element.hasAttr(DATE_HEADER_MARK) || rules.dateHeader.matches(element)) {
            return true;
        }
        return rules.dateHeader.first(element).isPresent() || element.selectFirst("[" + DATE_HEADER_MARK + "]") != null;
    }

    /** Marks short block elements whose whole text is a date (classic templates' unclassed date headers). */
    private void markDateHeaders(Document document) {
        for (Element e : document.select("h1, h2, h3, h4, h5, h6, div, p, font, td, b, strong")) {
            if (!e.children().isEmpty() && !"td".equals(e.normalName()) && e.childrenSize() > 1) {
                continue;
            }
            String text = Texts.collapse(e.text());
            if (text.isEmpty() || text.length() > rules.maxDateHeaderChars) {
                continue;
            }
            Optional<DateParser.Displayed> date = dates.parseDisplayed(text, true);
            if (date.isPresent() && date.get().time().isEmpty() && dateOnly(text)) {
                e.attr(DATE_HEADER_MARK, "");
            }
        }
    }

    /** True when the text has few words beyond a date (weekday, month, day, year). */
    private static boolean dateOnly(String text) {
        return Texts.wordCount(text) <= 5;
    }
}
