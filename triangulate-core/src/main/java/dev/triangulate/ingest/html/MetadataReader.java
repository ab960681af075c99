package dev.triangulate.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads title, authors, publication date, outlet, canonical URL and language from a parsed page:
 * JSON-LD first, then Open Graph and other meta tags, then visible markup (h1, bylines, time
 * elements), then the URL. Which meta names count, and in what order, is data in {@link HtmlRules}.
 *
 * <p>Immutable and thread-safe.
 */
final class MetadataReader {

    private static final Pattern BY_PREFIX = Pattern.compile("(?i)^\\s*(by|von|par|por|door|di|av)\\s*:?\\s+");
    private static final Pattern AUTHOR_SPLIT = Pattern.compile("\\s*(?:,|;|\\band\\b|&|\\||/)\\s*");
    private static final Pattern LANGUAGE = Pattern.compile("^[a-zA-Z]{2,3}(?=$|[-_])");
    private static final int MAX_AUTHOR_CHARS = 60;
    private static final int MAX_SITE_NAME_WORDS = 4;
    private final HtmlRules rules;
    private final AuthorFinder authors;
    private final PublicationDateFinder dates;

    MetadataReader(HtmlRules rules) {
        this.rules = rules;
        this.authors = new AuthorFinder(rules);
        this.dates = new PublicationDateFinder(rules);
    }

    PageMetadata read(Document doc, String source) {
        JsonLd ld = JsonLd.of(doc);
        Map<String, String> meta = metaTags(doc);
        String url = canonicalUrl(doc, meta, source);
        String outlet = outlet(ld, meta, url);
        return new PageMetadata(title(doc, ld, meta, outlet), authors.find(doc, ld, meta),
                dates.find(doc, ld, meta, url), outlet, url, language(doc, meta));
    }

    /** Lower-cased name/property/itemprop/http-equiv → first non-empty content. */
    private static Map<String, String> metaTags(Document doc) {
        Map<String, String> out = new HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String content = m.attr("content").strip();
            for (String key : List.of("property", "name", "itemprop", "http-equiv")) {
                String name = m.attr(key).strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && !content.isEmpty()) {
                    out.putIfAbsent(name, content);
                }
            }
        }
        return out;
    }

    private String title(Document doc, JsonLd ld, Map<String, String> meta, String outlet) {
        String h1 = firstText(doc, "h1");
        List<String> declared = new ArrayList<>();
        for (String t : List.of(meta.getOrDefault("og:title", ""), ld.articleText("headline"),
                meta.getOrDefault("twitter:title", ""), doc.title())) {
            if (!t.isBlank()) {
                declared.add(t.strip());
            }
        }
        if (!h1.isEmpty() && declared.stream().anyMatch(t -> normal(t).contains(normal(h1)))) {
            return h1;
        }
        return declared.isEmpty() ? h1 : withoutSiteName(declared.get(0), outlet);
    }

    /** Drops "| Site" style suffixes (or prefixes): the side that is the site name or much shorter. */
    String withoutSiteName(String title, String outlet) {
        for (String sep : rules.titleSeparators()) {
            String s = " " + sep + " ";
            int at = title.lastIndexOf(s);
            if (at > 0) {
                String head = title.substring(0, at).strip();
                String tail = title.substring(at + s.length()).strip();
                if (sameName(tail, outlet) || looksLikeSiteName(tail, head)) {
                    return head;
                }
                int first = title.indexOf(s);
                String lead = title.substring(0, first).strip();
                if (sameName(lead, outlet)) {
                    return title.substring(first + s.length()).strip();
                }
            }
        }
        return title;
    }

    /** A short trailing part (a few words, shorter than the headline) is a site name or section. */
    private static boolean looksLikeSiteName(String tail, String head) {
        return tail.length() < head.length() && tail.split("\\s+").length <= MAX_SITE_NAME_WORDS;
    }

    private static boolean sameName(String a, String outlet) {
        return !outlet.isEmpty() && normal(a).replace(" ", "").equals(normal(outlet).replace(" ", ""));
    }

    private static String outlet(JsonLd ld, Map<String, String> meta, String url) {
        String site = meta.getOrDefault("og:site_name", "");
        if (site.isBlank()) {
            site = publisher(ld);
        }
        if (site.isBlank()) {
            site = meta.getOrDefault("application-name", "");
        }
        return site.isBlank() ? host(url) : site.strip();
    }

    private static String publisher(JsonLd ld) {
        for (JsonNode o : ld.objects()) {
            String name = JsonLd.textOf(o.get("publisher"));
            if (!name.isBlank()) {
                return name;
            }
        }
        return "";
    }

    private static String canonicalUrl(Document doc, Map<String, String> meta, String source) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        String url = link != null ? link.attr("abs:href") : "";
        if (url.isBlank()) {
            url = link != null ? link.attr("href") : meta.getOrDefault("og:url", "");
        }
        if (url.isBlank() && source.matches("(?i)^https?://.*")) {
            url = source;
        }
        return url.strip();
    }

    private static String host(String url) {
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? "" : h.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String language(Document doc, Map<String, String> meta) {
        Element html = doc.selectFirst("html");
        for (String candidate : new String[] {html == null ? "" : html.attr("lang"),
                meta.getOrDefault("content-language", ""), meta.getOrDefault("og:locale", "")}) {
            var m = LANGUAGE.matcher(candidate.strip());
            if (m.find()) {
                return m.group().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    static String firstText(Document doc, String query) {
        Element e = doc.selectFirst(query);
        return e == null ? "" : e.text().strip();
    }

    static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Splits a byline into names: "By A, B and C" → [A, B, C]; drops what cannot be a name. */
    static List<String> names(String byline) {
        Set<String> out = new LinkedHashSet<>();
        String s = BY_PREFIX.matcher(byline.strip()).replaceFirst("");
        for (String part : AUTHOR_SPLIT.split(s)) {
            String name = part.strip();
            if (isName(name)) {
                out.add(name);
            }
        }
        return List.copyOf(out);
    }

    private static boolean isName(String s) {
        return !s.isEmpty() && s.length() <= MAX_AUTHOR_CHARS && !s.contains("://") && !s.startsWith("@")
                && !s.contains("@") && Character.isLetter(s.codePointAt(0));
    }
}
