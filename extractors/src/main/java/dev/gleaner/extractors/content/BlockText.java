package dev.gleaner.extractors.content;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders a cleaned body as plain text: blocks (paragraphs, headings, lists, tables, quotes, figures) separated by
 * a blank line, list items, table rows and {@code <br>} on their own lines, table cells separated by a tab,
 * whitespace collapsed except inside {@code pre}. Iterative; stateless and thread-safe.
 */
final class BlockText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
            "dl", "table", "blockquote", "pre", "section", "article", "header", "footer", "figure", "figcaption",
            "hr", "address", "center", "main", "nav", "aside", "details", "summary", "fieldset", "caption", "form");
    private static final Set<String> LINES = Set.of("li", "tr", "dt", "dd", "br");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final int LINE = 1;
    private static final int PARAGRAPH = 2;

    private BlockText() {
    }

    /** The text of {@code root}. */
    static String render(Element root) {
        StringBuilder out = new StringBuilder();
        int[] pending = {0};
        boolean[] space = {false};
        boolean[] cell = {false};
        NodeTraversor.traverse(new NodeVisitor() {
            private int preDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    emit(text.getWholeText());
                } else if (node instanceof Element element) {
                    String tag = element.normalName();
                    if ("pre".equals(tag)) {
                        preDepth++;
                    }
                    if ("br".equals(tag)) {
                        pending[0] = pending[0] >= LINE ? PARAGRAPH : LINE;
                    } else {
                        breakBefore(tag);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    String tag = element.normalName();
                    if ("pre".equals(tag)) {
                        preDepth--;
                    }
                    if (!"br".equals(tag)) {
                        breakBefore(tag);
                    }
                }
            }

            private void breakBefore(String tag) {
                if (BLOCKS.contains(tag)) {
                    pending[0] = Math.max(pending[0], PARAGRAPH);
                } else if (LINES.contains(tag)) {
                    pending[0] = Math.max(pending[0], LINE);
                } else if (CELLS.contains(tag)) {
                    cell[0] = true;
                } else if ("img".equals(tag)) {
                    space[0] = true;
                }
            }

            private void emit(String raw) {
                String text = raw.replace('\u00A0', ' ');
                if (preDepth > 0) {
                    if (!text.isEmpty()) {
                        flush();
                        out.append(text);
                    }
                    return;
                }
                int i = 0;
                int n = text.length();
                while (i < n) {
                    if (Character.isWhitespace(text.charAt(i))) {
                        space[0] = true;
                        i++;
                        continue;
                    }
                    int start = i;
                    while (i < n && !Character.isWhitespace(text.charAt(i))) {
                        i++;
                    }
                    flush();
                    out.append(text, start, i);
                }
            }

            private void flush() {
                if (out.length() > 0) {
                    if (pending[0] > 0) {
                        trimEnd(out);
                        out.append(pending[0] >= PARAGRAPH ? "\n\n" : "\n");
                    } else if (cell[0]) {
                        out.append('\t');
                    } else if (space[0]) {
                        char last = out.charAt(out.length() - 1);
                        if (last != ' ' && last != '\n' && last != '\t') {
                            out.append(' ');
                        }
                    }
                }
                pending[0] = 0;
                space[0] = false;
                cell[0] = false;
            }
        }, root);
        trimEnd(out);
        return out.toString().strip();
    }

    private static void trimEnd(StringBuilder sb) {
        int end = sb.length();
        while (end > 0 && (sb.charAt(end - 1) == ' ' || sb.charAt(end - 1) == '\t')) {
            end--;
        }
        sb.setLength(end);
    }
}
