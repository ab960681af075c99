package dev.triangulate.ingest.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The class names and the id of an element: what boilerplate and content patterns are matched against.
 * Stateless; the memo maps passed to {@link #anyMatches} belong to one caller and one page.
 */
final class ElementNames {

    private ElementNames() {
    }

    static List<String> of(Element e) {
        // Most elements have neither: answer without allocating, this runs for every element of a page.
        if (e.attributesSize() == 0) {
            return List.of();
        }
        String classes = e.attr("class");
        String id = e.id();
        if (classes.isEmpty() && id.isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String c : classes.split("\\s+")) {
            if (!c.isEmpty()) {
                names.add(c);
            }
        }
        if (!id.isEmpty()) {
            names.add(id);
        }
        return names;
    }

    /**
     * Whether a class name or the id of {@code e} matches {@code pattern} in full, like
     * {@link HtmlRules#anyNameMatches} but without allocating per element. {@code known} remembers each
     * name's answer: a page repeats a few hundred class names over thousands of elements, so most
     * answers come from it rather than from the regular expression.
     */
    static boolean anyMatches(Pattern pattern, Element e, Map<String, Boolean> known) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String classes = e.attr("class");
        int n = classes.length();
        for (int i = 0; i < n; ) {
            while (i < n && Character.isWhitespace(classes.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(classes.charAt(i))) {
                i++;
            }
            if (i > start && matches(pattern, classes.substring(start, i), known)) {
                return true;
            }
        }
        String id = e.id();
        return !id.isEmpty() && matches(pattern, id, known);
    }

    private static boolean matches(Pattern pattern, String name, Map<String, Boolean> known) {
        Boolean answer = known.get(name);
        if (answer == null) {
            answer = pattern.matcher(name).matches();
            known.put(name, answer);
        }
        return answer;
    }
}
