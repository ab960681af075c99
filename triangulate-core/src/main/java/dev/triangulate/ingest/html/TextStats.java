package dev.triangulate.ingest.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Character counts over a subtree, walked iteratively so that deeply nested pages cannot overflow
 * the stack. Whitespace is not counted. Stateless and thread-safe.
 */
final class TextStats {

    /** Visible characters and how many of them sit inside links. */
    record Counts(int chars, int linkChars) {
        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private TextStats() {
    }

    static int paragraphChars(Element root) {
        Counts c = count(root);
        return c.chars() - c.linkChars();
    }

    static Counts count(Element root) {
        int[] acc = new int[2];
        int[] linkDepth = new int[1];
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    int n = visibleChars(t.getWholeText());
                    acc[0] += n;
                    acc[1] += linkDepth[0] > 0 ? n : 0;
                } else if (node instanceof Element e && e.normalName().equals("a")) {
                    linkDepth[0]++;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.normalName().equals("a")) {
                    linkDepth[0]--;
                }
            }
        }, root);
        return new Counts(acc[0], acc[1]);
    }

    static int visibleChars(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00a0' ? 0 : 1;
        }
        return n;
    }
}
