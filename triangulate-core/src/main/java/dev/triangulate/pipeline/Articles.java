package dev.triangulate.pipeline;

import dev.triangulate.model.Article;
import dev.triangulate.model.Coverage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Article-list chores of a run: unique ids and restoring input order. */
final class Articles {

    private Articles() {
    }

    /** Article ids must be unique within a run: a repeated id gets a suffix ("report~2"). */
    static List<Article> uniqueIds(List<Article> articles) {
        Set<String> seen = new HashSet<>();
        List<Article> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            String id = a.id();
            for (int n = 2; !seen.add(id); n++) {
                id = a.id() + "~" + n;
            }
            out.add(id.equals(a.id()) ? a
                    : new Article(id, a.source(), a.title(), a.outlet(), a.url(), a.authors(), a.published(), a.language(), a.text()));
        }
        return out;
    }

    /** The coverages in the order of {@code articles}. */
    static List<Coverage> inOrder(List<Coverage> coverages, List<Article> articles) {
        Map<String, Coverage> byId = new HashMap<>();
        coverages.forEach(c -> byId.put(c.id(), c));
        return articles.stream().map(a -> byId.get(a.id())).filter(c -> c != null).toList();
    }
}
