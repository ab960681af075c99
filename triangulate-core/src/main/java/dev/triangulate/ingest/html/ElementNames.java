package dev.triangulate.ingest.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/** The class names and the id of an element: what boilerplate and content patterns are matched against. */
final class ElementNames {

    private ElementNames() {
    }

    static List<String> of(Element e) {
        List<String> names = new ArrayList<>(e.classNames());
        String id = e.id();
        if (!id.isEmpty()) {
            names.add(id);
        }
        return names;
    }
}
