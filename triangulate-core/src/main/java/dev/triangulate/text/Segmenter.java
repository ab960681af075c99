package dev.triangulate.text;

import dev.triangulate.model.Article;
import dev.triangulate.model.Document;

/** Splits an article into sentences and part-of-speech-tagged tokens. Thread-safe. */
@FunctionalInterface
public interface Segmenter {

    Document segment(Article article);
}
