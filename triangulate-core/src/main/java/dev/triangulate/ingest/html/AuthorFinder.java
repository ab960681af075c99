package dev.triangulate.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds an article's authors: JSON-LD {@code author} of the article object, then author meta tags,
 * then visible bylines ({@code rel=author}, {@code itemprop=author}, elements named like bylines).
 * Immutable and thread-safe.
 */
final class AuthorFinder {

    private static final int MAX_BYLINE_CHARS = 200;
    private final HtmlRules rules;

    AuthorFinder(HtmlRules rules) {
        this.rules = rules;
    }

    List<String> find(Document doc, JsonLd ld, Map<String, String> meta) {
        List<String> found = fromJsonLd(ld);
        if (found.isEmpty()) {
            found = fromMeta(meta);
        }
        return found.isEmpty() ? fromMarkup(doc) : found;
    }

    private static List<String> fromJsonLd(JsonLd ld) {
        for (JsonNode o : ld.objects()) {
            if (JsonLd.isArticle(o) && o.has("author")) {
                List<String> names = new ArrayList<>();
                JsonNode a = o.get("author");
                for (JsonNode one : a.isArray() ? a : List.of(a)) {
                    names.addAll(MetadataReader.names(JsonLd.textOf(one)));
                }
                if (!names.isEmpty()) {
                    return names;
                }
            }
        }
        return List.of();
    }

    private List<String> fromMeta(Map<String, String> meta) {
        for (String name : rules.authorMetaNames()) {
            List<String> names = MetadataReader.names(meta.getOrDefault(name, ""));
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }

    private List<String> fromMarkup(Document doc) {
        for (String q : List.of("[rel=author]", "[itemprop=author] [itemprop=name]", "[itemprop=author]")) {
            List<String> names = namesIn(doc.select(q));
            if (!names.isEmpty()) {
                return names;
            }
        }
        for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
            if (HtmlRules.anyNameMatches(rules.bylineName(), ElementNames.of(e))) {
                String text = e.text();
                if (!text.isBlank() && text.length() <= MAX_BYLINE_CHARS) {
                    List<String> names = MetadataReader.names(text);
                    if (!names.isEmpty()) {
                        return names;
                    }
                }
            }
        }
        return List.of();
    }

    private static List<String> namesIn(List<Element> elements) {
        List<String> out = new ArrayList<>();
        for (Element e : elements) {
            String text = e.hasAttr("content") ? e.attr("content") : e.text();
            if (text.length() <= MAX_BYLINE_CHARS) {
                MetadataReader.names(text).stream().filter(n -> !out.contains(n)).forEach(out::add);
            }
        }
        return out;
    }
}
