package dev.gleaner.extractors.html;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Renders an element as plain text the way a reader sees it: block elements separated by blank lines, {@code <br>}
 * as a line break, list items and table rows on their own lines, table cells separated by a tab, whitespace
 * collapsed within lines (kept inside {@code pre}), nbsp as a space, and nothing from hidden or non-content
 * elements (see {@link Visibility}). Iterative (jsoup's {@link NodeTraversor}), so deep markup cannot overflow the
 * stack. Stateless and thread-safe.
 */
public final class TextRenderer {

    /** Elements that start and end a paragraph (rendered with a blank line around them). */
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
            "dl", "table", "blockquote", "pre", "section", "article", "header", "footer", "figure", "figcaption",
            "hr", "address", "center", "form", "main", "nav", "aside", "details", "summary", "fieldset", "body",
            "caption", "tbody", "thead", "tfoot");
    /** Elements that sit on their own line without a blank line. */
    private static final Set<String> LINES = Set.of("li", "tr", "dt", "dd", "option");
    /** Elements separated from their neighbours on the same line. */
    private static final Set<String> CELLS = Set.of("td", "th");

    private static final int LINE = 1;
    private static final int PARAGRAPH = 2;

    private TextRenderer() {
    }

    /** The visible text of {@code root}. */
    public static String render(Element root) {
        Builder out = new Builder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.text(text.getWholeText(), inPre(text));
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element element)) {
                    return FilterResult.CONTINUE;
                }
                if (element != root && Visibility.isHidden(element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                String tag = element.normalName();
                if ("br".equals(tag)) {
                    out.lineBreak();
                } else if (BLOCKS.contains(tag)) {
                    out.breakAtLeast(PARAGRAPH);
                } else if (LINES.contains(tag)) {
                    out.breakAtLeast(LINE);
                } else if (CELLS.contains(tag)) {
                    out.cell();
                } else if ("img".equals(tag)) {
                    out.space();
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (BLOCKS.contains(tag)) {
                        out.breakAtLeast(PARAGRAPH);
                    } else if (LINES.contains(tag)) {
                        out.breakAtLeast(LINE);
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return out.result();
    }

    private static boolean inPre(TextNode text) {
        for (Node n = text.parent(); n != null; n = n.parent()) {
            if (n instanceof Element e && ("pre".equals(e.normalName()) || "textarea".equals(e.normalName()))) {
                return true;
            }
        }
        return false;
    }

    /** Accumulates text with pending breaks, so breaks never pile up and never lead or trail. */
    private static final class Builder {
        private final StringBuilder sb = new StringBuilder();
        private int pendingBreak;
        private boolean pendingSpace;
        private boolean pendingCell;

        void text(String raw, boolean preformatted) {
            String text = raw.replace('\u00A0', ' ');
            if (preformatted) {
                if (!text.isEmpty()) {
                    flush();
                    sb.append(text);
                }
                return;
            }
            int i = 0;
            int n = text.length();
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    pendingSpace = true;
                    i++;
                    continue;
                }
                int start = i;
                while (i < n && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                flush();
                sb.append(text, start, i);
            }
        }

        void lineBreak() {
            if (sb.length() == 0) {
                return;
            }
            if (pendingBreak >= LINE) {
                // a second <br> in a row makes a blank line
                pendingBreak = PARAGRAPH;
            } else {
                pendingBreak = LINE;
            }
            pendingSpace = false;
            pendingCell = false;
        }

        void breakAtLeast(int level) {
            if (sb.length() == 0) {
                return;
            }
            pendingBreak = Math.max(pendingBreak, level);
            pendingSpace = false;
            pendingCell = false;
        }

        void cell() {
            if (sb.length() > 0 && pendingBreak == 0) {
                pendingCell = true;
            }
        }

        void space() {
            pendingSpace = true;
        }

        private void flush() {
            if (sb.length() > 0) {
                if (pendingBreak > 0) {
                    trimTrailingSpaces();
                    sb.append(pendingBreak >= PARAGRAPH ? "\n\n" : "\n");
                } else if (pendingCell) {
                    sb.append('\t');
                } else if (pendingSpace && !endsWithSpace()) {
                    sb.append(' ');
                }
            }
            pendingBreak = 0;
            pendingSpace = false;
            pendingCell = false;
        }

        private boolean endsWithSpace() {
            char last = sb.charAt(sb.length() - 1);
            return last == ' ' || last == '\n' || last == '\t';
        }

        private void trimTrailingSpaces() {
            int end = sb.length();
            while (end > 0 && (sb.charAt(end - 1) == ' ' || sb.charAt(end - 1) == '\t')) {
                end--;
            }
            sb.setLength(end);
        }

        String result() {
            trimTrailingSpaces();
            return sb.toString().strip();
        }
    }
}
