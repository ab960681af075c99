package dev.triangulate.model;

import java.util.List;
import java.util.Objects;

/**
 * An article split into sentences and tokens: the prerequisite of every fact extractor.
 *
 * @param article   the article
 * @param sentences its sentences in order, non-overlapping
 */
public record Document(Article article, List<Sentence> sentences) {

    public Document {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
    }

    public String text() {
        return article.text();
    }

    public String id() {
        return article.id();
    }

    /** The sentence containing character {@code offset}, or {@code null}. */
    public Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    /** A span of this document. */
    public Span span(int start, int end) {
        return new Span(article.id(), start, end);
    }
}
