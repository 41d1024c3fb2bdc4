package dev.gleaner.extractors.content;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element under a root, gathered in one iterative walk (children add their totals to their
 * parent on the way back up): visible characters (whitespace not counted), characters inside links, and commas.
 * A snapshot: it does not follow later edits of the tree, except removals reported through {@link #subtract}. Not
 * shared between threads (one per page and step).
 */
final class TextStats {

    /** Commas of the scripts Gleaner meets: Latin, CJK full-width and ideographic, Arabic. */
    private static final String COMMAS = ",\uFF0C\u3001\u060C";

    private static final int CHARS = 0;
    private static final int LINK_CHARS = 1;
    private static final int COMMA_COUNT = 2;
    private static final int FIELDS = 3;

    private final Map<Element, int[]> byElement;

    private TextStats(Map<Element, int[]> byElement) {
        this.byElement = byElement;
    }

    /** Measures every element under (and including) {@code root}. */
    static TextStats of(Element root) {
        Map<Element, int[]> map = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private int linkDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    map.put(element, new int[FIELDS]);
                    if ("a".equals(element.normalName())) {
                        linkDepth++;
                    }
                } else if (node instanceof TextNode text && node.parent() instanceof Element parent) {
                    int[] s = map.get(parent);
                    if (s == null) {
                        return;
                    }
                    String value = text.getWholeText();
                    int chars = 0;
                    int commas = 0;
                    for (int i = 0; i < value.length(); i++) {
                        char c = value.charAt(i);
                        if (!Character.isWhitespace(c) && c != '\u00A0') {
                            chars++;
                            if (COMMAS.indexOf(c) >= 0) {
                                commas++;
                            }
                        }
                    }
                    s[CHARS] += chars;
                    s[COMMA_COUNT] += commas;
                    if (linkDepth > 0) {
                        s[LINK_CHARS] += chars;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if ("a".equals(element.normalName())) {
                        linkDepth--;
                    }
                    if (element != root && element.parent() != null) {
                        int[] own = map.get(element);
                        int[] up = map.get(element.parent());
                        if (own != null && up != null) {
                            for (int i = 0; i < FIELDS; i++) {
                                up[i] += own[i];
                            }
                        }
                    }
                }
            }
        }, root);
        return new TextStats(map);
    }

    /**
     * Takes the measures of {@code element} off its ancestors; call it right before detaching the element, so the
     * ancestors' figures match the tree without it (the element's own row, and its subtree's, go stale).
     */
    void subtract(Element element) {
        int[] own = byElement.get(element);
        if (own == null) {
            return;
        }
        for (Element e = element.parent(); e != null; e = e.parent()) {
            int[] up = byElement.get(e);
            if (up == null) {
                return;
            }
            for (int i = 0; i < FIELDS; i++) {
                up[i] -= own[i];
            }
        }
    }

    private int[] row(Element element) {
        int[] s = byElement.get(element);
        return s == null ? new int[FIELDS] : s;
    }

    /** Visible characters (not whitespace) under the element. */
    int chars(Element element) {
        return row(element)[CHARS];
    }

    /** Characters under the element that sit inside links. */
    int linkChars(Element element) {
        return row(element)[LINK_CHARS];
    }

    /** Characters outside links. */
    int plainChars(Element element) {
        int[] s = row(element);
        return s[CHARS] - s[LINK_CHARS];
    }

    /** Commas under the element. */
    int commas(Element element) {
        return row(element)[COMMA_COUNT];
    }

    /** Share of the element's characters inside links (0 when it has none). */
    double linkDensity(Element element) {
        int[] s = row(element);
        return s[CHARS] == 0 ? 0 : (double) s[LINK_CHARS] / s[CHARS];
    }
}
