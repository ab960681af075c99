package dev.triangulate.ingest.html;

import dev.triangulate.model.Published;

import java.util.List;

/**
 * What a page says about itself, read before any cleaning.
 *
 * @param title     headline without the site-name suffix, or empty
 * @param authors   bylines, possibly empty
 * @param published publication day with the field it came from
 * @param outlet    site name, or the host name, or empty
 * @param url       canonical URL, or empty
 * @param language  ISO 639-1 code, or empty
 */
record PageMetadata(String title, List<String> authors, Published published, String outlet,
                    String url, String language) {

    PageMetadata {
        authors = List.copyOf(authors);
    }
}
