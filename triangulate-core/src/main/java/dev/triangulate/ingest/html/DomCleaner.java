package dev.triangulate.ingest.html;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;

/**
 * Removes page furniture from a parsed page in place: comments, non-content tags, hidden elements,
 * and blocks whose class or id names say they are sharing tools, related links, newsletters and the
 * like. A named block is kept when it holds most of the page's paragraph text: then the name belongs
 * to a layout wrapper ("page-with-sidebar"), not to furniture.
 *
 * <p>Immutable and thread-safe; each call mutates only the element it is given.
 */
final class DomCleaner {

    private static final double WRAPPER_SHARE = 0.4;
    private final HtmlRules rules;

    DomCleaner(HtmlRules rules) {
        this.rules = rules;
    }

    /** Strips non-content tags and comments from {@code root}. */
    void removeTags(Element root) {
        removeTagsAndComments(root);
    }

    /** Strips furniture blocks below {@code root} (never {@code root} itself). */
    void removeFurniture(Element root) {
        removeFurniture(root, null, 0);
    }

    /**
     * Strips furniture blocks below {@code root}. When the headline's block (see
     * {@link ContentLocator#headline}) lies inside {@code root} and itself holds at least
     * {@code bodyChars} of paragraph text (the article body sits with its headline), a named block
     * beside it is furniture however much text it holds (a long comment thread under a short
     * article); only blocks around the headline can be layout wrappers.
     */
    void removeFurniture(Element root, Element headline, int bodyChars) {
        int total = Math.max(1, TextStats.paragraphChars(root));
        boolean anchored = headline != null && isWithin(headline, root) && TextStats.paragraphChars(headline) >= bodyChars;
        List<Element> doomed = new ArrayList<>();
        Map<String, Boolean> known = new HashMap<>();
        for (Element e : root.getAllElements()) {
            if (e != root && isFurniture(e, known) && (anchored && !isWithin(headline, e)
                    || TextStats.paragraphChars(e) < WRAPPER_SHARE * total)) {
                doomed.add(e);
            }
        }
        doomed.forEach(Node::remove);
    }

    private static boolean isWithin(Element e, Element ancestor) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void removeTagsAndComments(Element root) {
        List<Node> doomed = new ArrayList<>();
        root.forEachNode(n -> {
            if (n instanceof Comment || n instanceof Element e && rules.removedTags().contains(e.normalName())) {
                doomed.add(n);
            }
        });
        doomed.forEach(Node::remove);
    }

    boolean isFurniture(Element e) {
        return isFurniture(e, new HashMap<>());
    }

    /** As {@link #isFurniture(Element)}, with the caller's memo of class-name answers for this page. */
    private boolean isFurniture(Element e, Map<String, Boolean> known) {
        return isHidden(e) || rules.furnitureTags().contains(e.normalName())
                || ElementNames.anyMatches(rules.boilerplateName(), e, known);
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && !e.normalName().equals("body")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
