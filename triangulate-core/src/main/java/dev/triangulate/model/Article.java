package dev.triangulate.model;

import java.util.List;
import java.util.Objects;

/**
 * One news report: its clean text and metadata. Spans of every later stage index into {@link #text()}.
 *
 * @param id        unique id within a run (for a file: its name without extensions)
 * @param source    the file, URL or archive record it came from
 * @param title     headline, or empty
 * @param outlet    the publishing outlet (site name), or empty when unknown
 * @param url       canonical URL, or empty
 * @param authors   bylines, possibly empty
 * @param published publication date and its provenance
 * @param language  ISO 639-1 code when known, else empty
 * @param text      the article body as plain text
 */
public record Article(String id, String source, String title, String outlet, String url,
                      List<String> authors, Published published, String language, String text) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        source = source == null ? "" : source;
        title = title == null ? "" : title;
        outlet = outlet == null ? "" : outlet;
        url = url == null ? "" : url;
        authors = authors == null ? List.of() : List.copyOf(authors);
        published = published == null ? Published.UNKNOWN : published;
        language = language == null ? "" : language;
    }

    /** The outlet if known, else the article id: what a reader sees as "who said it". */
    public String outletOrId() {
        return outlet.isBlank() ? id : outlet;
    }

    public Article withPublished(Published p) {
        return new Article(id, source, title, outlet, url, authors, p, language, text);
    }

    public Article withTitle(String t) {
        return new Article(id, source, t, outlet, url, authors, published, language, text);
    }
}
