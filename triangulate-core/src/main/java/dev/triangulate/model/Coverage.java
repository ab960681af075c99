package dev.triangulate.model;

import java.util.List;
import java.util.Objects;

/**
 * One article analysed: its sentences and the facts found in it, ordered by position.
 * The output of the per-document stage; a pure function of the article and the settings.
 */
public record Coverage(Document document, List<Fact> facts) {

    public Coverage {
        Objects.requireNonNull(document, "document");
        facts = List.copyOf(facts);
    }

    public Article article() {
        return document.article();
    }

    public List<Sentence> sentences() {
        return document.sentences();
    }

    public String id() {
        return document.id();
    }

    /** The facts of one variant, for example {@code facts(Quantity.class)}. */
    public <F extends Fact> List<F> facts(Class<F> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
