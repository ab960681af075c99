package dev.triangulate.model;

import java.util.Objects;

/**
 * A cited passage: the exact characters of a source that support a statement.
 *
 * @param span  where in which article
 * @param text  exactly {@code span.of(article.text())}
 * @param value the normalised value stated there ({@code 300000 m}, {@code 2024-10}), or {@code null}
 * @param hedge the attribution or hedge the source puts on it ("reportedly", "according to Reuters"), or {@code null}
 */
public record Evidence(Span span, String text, String value, String hedge) {

    public Evidence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }

    public String article() {
        return span.docId();
    }
}
