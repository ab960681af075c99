package dev.triangulate.ingest.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the element(s) that hold the article body. First by the container selectors of
 * {@link HtmlRules} (schema.org markup, common class names, {@code article}, {@code main}); when none
 * of them holds enough text, by scoring: each text-bearing block credits its ancestors with points for
 * length and commas, and candidates lose what share of their text sits in links.
 *
 * <p>Immutable and thread-safe.
 */
final class ContentLocator {

    /** Where the body was found and by which rule, for diagnostics. */
    record Located(List<Element> containers, String rule) {
    }

    private static final int MIN_BLOCK_CHARS = 25;
    private static final int ANCESTOR_LEVELS = 3;
    private static final int HEADLINE_YIELD = 4;
    private final HtmlRules rules;
    private final int minContainerChars;

    ContentLocator(HtmlRules rules, int minContainerChars) {
        this.rules = rules;
        this.minContainerChars = minContainerChars;
    }

    /**
     * The body containers by selector, or empty when no selector finds enough text.
     *
     * @param headline where the page's headline sat (see {@link #headline}), or null: it is found
     *                 before the cleaner removes headings
     */
    Located bySelectors(Element root, Element headline) {
        for (ContentSelector selector : rules.contentSelectors()) {
            List<Element> found = bestGroup(topMost(selector.select(root)), selector.mergesSiblings(), headline);
            if (!found.isEmpty()) {
                return new Located(found, selector.toString());
            }
        }
        return new Located(List.of(), "no selector matched");
    }

    /** The best-scoring container by text density; {@code root} itself when nothing scores. */
    Located byScore(Element root) {
        // jsoup elements compare by identity; the linked map keeps ties resolved in document order.
        Map<Element, Double> scores = new LinkedHashMap<>();
        for (Element e : root.getAllElements()) {
            int own = ownChars(e);
            if (own >= MIN_BLOCK_CHARS) {
                credit(e, root, own, countCommas(e), scores);
            }
        }
        Element best = root;
        double bestScore = 0;
        for (Map.Entry<Element, Double> s : scores.entrySet()) {
            double score = s.getValue() * (1 - TextStats.count(s.getKey()).linkDensity());
            if (score > bestScore) {
                best = s.getKey();
                bestScore = score;
            }
        }
        return new Located(List.of(best), "text density");
    }

    /**
     * The richest match, plus its siblings among the matches: bodies split in several blocks. A match
     * holding the page's headline wins over a richer one unless that is {@link #HEADLINE_YIELD} times
     * richer or more: a teaser list or comment thread can out-write a short article, but does not carry
     * its headline; a body many times longer than the headline's block is the article itself.
     */
    private List<Element> bestGroup(List<Element> matches, boolean mergesSiblings, Element headline) {
        Element best = null;
        int bestChars = 0;
        Element titled = null;
        int titledChars = 0;
        Map<String, Boolean> known = new HashMap<>();
        for (Element e : matches) {
            if (insideFurniture(e, known) || e.normalName().equals("body") || e.normalName().equals("html")) {
                continue;
            }
            int chars = TextStats.paragraphChars(e);
            if (chars > bestChars) {
                best = e;
                bestChars = chars;
            }
            if (headline != null && chars > titledChars && contains(e, headline)) {
                titled = e;
                titledChars = chars;
            }
        }
        if (titled != null && titledChars >= minContainerChars && titledChars * HEADLINE_YIELD > bestChars) {
            best = titled;
            bestChars = titledChars;
        }
        if (best == null || bestChars < minContainerChars) {
            return List.of();
        }
        List<Element> group = new ArrayList<>();
        for (Element e : matches) {
            if (e == best || mergesSiblings && e.parent() == best.parent()) {
                group.add(e);
            }
        }
        return group;
    }

    /**
     * Where the page's headline sits (the parent of its {@code h1}): the {@code h1} whose words are those of the document title (or part of
     * it), else the only {@code h1}; null when there is none or several that do not match the title.
     */
    static Element headline(Element root) {
        List<Element> h1s = root.getElementsByTag("h1").stream().filter(h -> !h.text().isBlank()).toList();
        String title = normal(root.ownerDocument() == null ? "" : root.ownerDocument().title());
        if (!title.isEmpty()) {
            for (Element h : h1s) {
                String text = normal(h.text());
                if (text.length() >= 8 && title.contains(text) || title.length() >= 8 && text.contains(title)) {
                    return h.parent();
                }
            }
        }
        return h1s.size() == 1 ? h1s.getFirst().parent() : null;
    }

    private static String normal(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static boolean contains(Element container, Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == container) {
                return true;
            }
        }
        return false;
    }

    /** A comment thread or a teaser rail can use article markup too: those are not the body. */
    private boolean insideFurniture(Element e, Map<String, Boolean> known) {
        for (Element p = e; p != null; p = p.parent()) {
            if (ElementNames.anyMatches(rules.boilerplateName(), p, known)
                    || rules.furnitureTags().contains(p.normalName()) && p.normalName() != "form") {
                return true;
            }
        }
        return false;
    }

    private static List<Element> topMost(List<Element> matches) {
        Map<Element, Boolean> set = new IdentityHashMap<>();
        matches.forEach(e -> set.put(e, true));
        List<Element> out = new ArrayList<>();
        for (Element e : matches) {
            if (!hasAncestorIn(e, set)) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean hasAncestorIn(Element e, Map<Element, Boolean> set) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (set.containsKey(p)) {
                return true;
            }
        }
        return false;
    }

    private static void credit(Element block, Element root, int own, int commas, Map<Element, Double> scores) {
        double points = 1 + commas + Math.min(own / 100.0, 3);
        scores.merge(block, points, Double::sum);
        Element p = block.parent();
        for (int level = 1; level <= ANCESTOR_LEVELS && p != null; level++, p = p.parent()) {
            scores.merge(p, points / (level == 1 ? 1 : 2.0 * (level - 1)), Double::sum);
            if (p == root) {
                break;
            }
        }
    }

    private static int ownChars(Element e) {
        int n = 0;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                n += TextStats.visibleChars(t.getWholeText());
            } else if (child instanceof Element c && TextCollector.isInline(c)) {
                n += TextStats.visibleChars(c.ownText());
            }
        }
        return n;
    }

    private static int countCommas(Element e) {
        String own = e.ownText();
        int n = 0;
        for (int i = 0; i < own.length(); i++) {
            n += own.charAt(i) == ',' ? 1 : 0;
        }
        return n;
    }
}
