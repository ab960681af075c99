package dev.triangulate.model;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of an article with its tokens.
 *
 * @param index  position of the sentence in the article, from 0
 * @param span   its characters in the article text
 * @param tokens its tokens in order; every token span lies inside {@code span}
 */
public record Sentence(int index, Span span, List<Token> tokens) {

    public Sentence {
        Objects.requireNonNull(span, "span");
        tokens = List.copyOf(tokens);
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
