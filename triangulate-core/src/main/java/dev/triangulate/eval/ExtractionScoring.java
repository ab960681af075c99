package dev.triangulate.eval;

import dev.triangulate.ingest.html.HtmlExtractor;
import dev.triangulate.model.Article;
import dev.triangulate.model.Extraction;
import dev.triangulate.model.RawDoc;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Scores main-text extraction on the shared sets with the peers' own metrics: AEB shingle P/R/F1
 * ({@link ShingleMetric}), WCXB mean word F1 ({@link WordBagMetric}) and WCXB metadata accuracy.
 * An extractor is a function of (page bytes, URL) to text, so peers can be scored the same way.
 * Stateless and thread-safe.
 */
public final class ExtractionScoring {

    private ExtractionScoring() {
    }

    /** Metadata accuracy on the pages whose gold has the field. */
    public record MetadataScore(double title, int titlePages, double author, int authorPages, double date, int datePages) {
    }

    /** Triangulate's HTML extractor as a (bytes, URL) → text function; empty text when it skips the page. */
    public static BiFunction<byte[], String, String> triangulate() {
        HtmlExtractor x = HtmlExtractor.standard();
        return (html, url) -> switch (x.extract(new RawDoc("page", url, "text/html", html))) {
            case Extraction.Ok ok -> ok.article().text();
            case Extraction.Skipped s -> "";
        };
    }

    public static ShingleMetric.Score aeb(List<Corpora.AebPage> pages, BiFunction<byte[], String, String> extractor) {
        List<ShingleMetric.Counts> counts = new ArrayList<>();
        for (Corpora.AebPage p : pages) {
            counts.add(ShingleMetric.page(p.body(), extractor.apply(p.html(), p.url())));
        }
        return ShingleMetric.score(counts);
    }

    /** A peer's stored AEB output (id → text) scored with the same metric. */
    public static ShingleMetric.Score aebStored(List<Corpora.AebPage> pages, Map<String, String> predicted) {
        List<ShingleMetric.Counts> counts = new ArrayList<>();
        for (Corpora.AebPage p : pages) {
            counts.add(ShingleMetric.page(p.body(), predicted.getOrDefault(p.id(), "")));
        }
        return ShingleMetric.score(counts);
    }

    public static double wcxbWordF1(List<Corpora.WcxbPage> pages, BiFunction<byte[], String, String> extractor) {
        double sum = 0;
        for (Corpora.WcxbPage p : pages) {
            sum += WordBagMetric.f1(p.body(), extractor.apply(p.html(), p.url()));
        }
        return pages.isEmpty() ? 0 : sum / pages.size();
    }

    /** Title: same words in order; author: same set of name words; date: the same day. */
    public static MetadataScore wcxbMetadata(List<Corpora.WcxbPage> pages) {
        HtmlExtractor x = HtmlExtractor.standard();
        int[] hits = new int[3];
        int[] totals = new int[3];
        for (Corpora.WcxbPage p : pages) {
            Article a = switch (x.extract(new RawDoc(p.id(), p.url(), "text/html", p.html()))) {
                case Extraction.Ok ok -> ok.article();
                case Extraction.Skipped s -> new Article(p.id(), p.url(), "", "", "", List.of(), null, "", "");
            };
            score(0, p.title(), normal(p.title()).equals(normal(a.title())), hits, totals);
            score(1, p.author(), nameWords(p.author()).equals(nameWords(String.join(" ", a.authors()))), hits, totals);
            score(2, p.date(), a.published().known() && p.date().startsWith(a.published().date().toString()), hits, totals);
        }
        return new MetadataScore(ratio(hits[0], totals[0]), totals[0], ratio(hits[1], totals[1]), totals[1],
                ratio(hits[2], totals[2]), totals[2]);
    }

    private static void score(int i, String gold, boolean hit, int[] hits, int[] totals) {
        if (!gold.isBlank()) {
            totals[i]++;
            hits[i] += hit ? 1 : 0;
        }
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    static String normal(String s) {
        return String.join(" ", ShingleMetric.tokens(s.toLowerCase(Locale.ROOT)));
    }

    private static Set<String> nameWords(String s) {
        Set<String> words = new HashSet<>(Arrays.asList(normal(s).split(" ")));
        words.removeAll(Set.of("and", "by", ""));
        return words;
    }
}
