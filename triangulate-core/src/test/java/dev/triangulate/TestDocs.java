package dev.triangulate;

import dev.triangulate.model.Article;
import dev.triangulate.model.Document;
import dev.triangulate.model.Published;
import dev.triangulate.text.RuleSegmenter;
import java.time.LocalDate;
import java.util.List;

/** Builds segmented documents from text-block fixtures for tests of every stage. */
public final class TestDocs {

    private static final RuleSegmenter SEGMENTER = RuleSegmenter.english();

    private TestDocs() {
    }

    public static Article article(String id, String text) {
        return new Article(id, id + ".txt", "", "", "", List.of(), Published.UNKNOWN, "en", text);
    }

    public static Article article(String id, String text, LocalDate published) {
        return article(id, text).withPublished(Published.given(published, "test fixture"));
    }

    public static Document doc(String text) {
        return SEGMENTER.segment(article("t", text));
    }

    public static Document doc(String text, LocalDate published) {
        return SEGMENTER.segment(article("t", text, published));
    }

    public static Document doc(Article article) {
        return SEGMENTER.segment(article);
    }
}
