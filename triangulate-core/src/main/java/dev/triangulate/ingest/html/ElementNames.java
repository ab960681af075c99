package dev.triangulate.ingest.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/** The class names and the id of an element: what boilerplate and content patterns are matched against. */
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
}
