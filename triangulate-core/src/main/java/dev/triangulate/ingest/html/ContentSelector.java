package dev.triangulate.ingest.html;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One way to find article-body containers: a CSS selector, or a pattern that a class name or the
 * id must match in full. Parsed from one line of {@code content-selectors.txt}. Immutable.
 */
public sealed interface ContentSelector {

    /** The matching elements under {@code root}, in document order. */
    List<Element> select(Element root);

    /** Whether sibling matches of the richest one belong to the body too. */
    boolean mergesSiblings();

    /** Parses {@code name=REGEX} or a CSS selector; fails fast on a bad line (a packaging bug). */
    static ContentSelector parse(String line) {
        boolean merges = !line.startsWith(RICHEST);
        String rule = merges ? line : line.substring(RICHEST.length()).strip();
        if (rule.startsWith("name=")) {
            return new ByName(Pattern.compile(rule.substring(5), Pattern.CASE_INSENSITIVE), merges);
        }
        return new ByCss(QueryParser.parse(rule), merges);
    }

    String RICHEST = "richest:";

    record ByCss(Evaluator evaluator, boolean mergesSiblings) implements ContentSelector {
        @Override
        public List<Element> select(Element root) {
            return root.select(evaluator);
        }
    }

    record ByName(Pattern name, boolean mergesSiblings) implements ContentSelector {
        @Override
        public List<Element> select(Element root) {
            List<Element> out = new ArrayList<>();
            Map<String, Boolean> known = new HashMap<>();
            for (Element e : root.getAllElements()) {
                if (ElementNames.anyMatches(name, e, known)) {
                    out.add(e);
                }
            }
            return out;
        }
    }
}
