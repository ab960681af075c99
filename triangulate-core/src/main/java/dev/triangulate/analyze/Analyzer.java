package dev.triangulate.analyze;

import dev.triangulate.model.Article;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Document;
import dev.triangulate.model.Fact;
import dev.triangulate.model.Mention;
import dev.triangulate.model.Quote;
import dev.triangulate.text.Segmenter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The per-document stage: segments an article and runs every fact extractor over it.
 * Quotes come last because their speakers are linked to the mentions found first.
 *
 * <pre>{@code
 * Coverage c = Analyzers.english().analyze(article);
 * }</pre>
 *
 * A pure function of the article; immutable and thread-safe when its parts are.
 */
public final class Analyzer {

    private final Segmenter segmenter;
    private final FactExtractor<Mention> mentions;
    private final List<FactExtractor<? extends Fact>> others;
    private final BiFunction<Document, List<Mention>, List<Quote>> quotes;

    public Analyzer(Segmenter segmenter, FactExtractor<Mention> mentions, List<FactExtractor<? extends Fact>> others,
                    BiFunction<Document, List<Mention>, List<Quote>> quotes) {
        this.segmenter = segmenter;
        this.mentions = mentions;
        this.others = List.copyOf(others);
        this.quotes = quotes;
    }

    public Coverage analyze(Article article) {
        Document doc = segmenter.segment(article);
        List<Mention> named = mentions.extract(doc);
        List<Fact> facts = new ArrayList<>(named);
        for (FactExtractor<? extends Fact> x : others) {
            facts.addAll(x.extract(doc));
        }
        facts.addAll(quotes.apply(doc, named));
        facts.sort(Comparator.comparingInt((Fact f) -> f.span().start()).thenComparingInt(f -> f.span().end()));
        return new Coverage(doc, facts);
    }
}
