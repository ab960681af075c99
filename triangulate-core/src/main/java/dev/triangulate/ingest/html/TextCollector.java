package dev.triangulate.ingest.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.List;
import java.util.Set;

/**
 * Writes the text of body containers as plain text, one paragraph (or heading, list item, quote,
 * table cell) per line, in document order. Lines that are mostly link text, or that match a
 * boilerplate line pattern ("Advertisement", "Read more ..."), are dropped: inside an article body
 * they are furniture the cleaner could not name.
 *
 * <p>Immutable and thread-safe. The walk is iterative, so nesting depth cannot overflow the stack.
 */
final class TextCollector {

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6",
            "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tbody", "thead", "tfoot",
            "tr", "td", "th", "caption", "figure", "figcaption", "hr", "address", "center", "details",
            "summary", "body", "html", "fieldset", "legend", "hgroup", "picture", "br");
    private static final double MAX_LINK_DENSITY = 0.5;
    private final HtmlRules rules;

    TextCollector(HtmlRules rules) {
        this.rules = rules;
    }

    static boolean isInline(Element e) {
        return !BLOCKS.contains(e.normalName());
    }

    /** The text of {@code containers}, one block per line, without a trailing newline. */
    String collect(List<Element> containers) {
        StringBuilder out = new StringBuilder();
        for (Element c : containers) {
            LineWriter writer = new LineWriter(out);
            NodeTraversor.traverse(writer, c);
            writer.flush();
        }
        return out.toString().strip();
    }

    /** Accumulates the current line with its link share and flushes it at block boundaries. */
    private final class LineWriter implements NodeVisitor {
        private final StringBuilder out;
        private final StringBuilder line = new StringBuilder();
        private int chars;
        private int linkChars;
        private int linkDepth;
        private int preDepth;

        LineWriter(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText());
            } else if (node instanceof Element e) {
                String name = e.normalName();
                if (BLOCKS.contains(name)) {
                    flush();
                }
                linkDepth += name.equals("a") ? 1 : 0;
                preDepth += name.equals("pre") ? 1 : 0;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String name = e.normalName();
                linkDepth -= name.equals("a") ? 1 : 0;
                preDepth -= name.equals("pre") ? 1 : 0;
                if (BLOCKS.contains(name)) {
                    flush();
                }
            }
        }

        private void append(String text) {
            int n = TextStats.visibleChars(text);
            chars += n;
            linkChars += linkDepth > 0 ? n : 0;
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (preDepth > 0 && ch == '\n') {
                    flush();
                } else if (Character.isWhitespace(ch) || ch == '\u00a0') {
                    if (!line.isEmpty() && line.charAt(line.length() - 1) != ' ') {
                        line.append(' ');
                    }
                } else {
                    line.append(ch);
                }
            }
        }

        void flush() {
            String text = line.toString().strip();
            if (!text.isEmpty() && keeps(text)) {
                out.append(text).append('\n');
            }
            line.setLength(0);
            chars = 0;
            linkChars = 0;
        }

        private boolean keeps(String text) {
            boolean mostlyLinks = chars > 0 && (double) linkChars / chars > MAX_LINK_DENSITY;
            return !mostlyLinks && !rules.junkLine().matcher(text).matches();
        }
    }
}
