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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The measurements behind {@link ExtractionBenchmark} and the quality gates. */
public final class Evaluations {

    private Evaluations() {
    }

    /** Metadata accuracy on the pages whose gold has the field. */
    public record MetadataScore(double title, int titlePages, double author, int authorPages, double date, int datePages) {
    }

    public static ShingleMetric.Score aeb(List<Corpora.AebPage> pages, PageExtractor x) {
        List<ShingleMetric.Counts> counts = new ArrayList<>();
        for (Corpora.AebPage p : pages) {
            counts.add(ShingleMetric.page(p.body(), x.text(p.html(), p.url())));
        }
        return ShingleMetric.score(counts);
    }

    public static ShingleMetric.Score aebStored(List<Corpora.AebPage> pages, Map<String, String> predicted) {
        List<ShingleMetric.Counts> counts = new ArrayList<>();
        for (Corpora.AebPage p : pages) {
            counts.add(ShingleMetric.page(p.body(), predicted.getOrDefault(p.id(), "")));
        }
        return ShingleMetric.score(counts);
    }

    public static double wcxbWordF1(List<Corpora.WcxbPage> pages, PageExtractor x) {
        double sum = 0;
        for (Corpora.WcxbPage p : pages) {
            sum += WordBagMetric.f1(p.body(), x.text(p.html(), p.url()));
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

    /** Pages per second over all pages, on {@code threads} threads, after one warm-up pass. */
    public static double throughput(List<byte[]> pages, List<String> urls, PageExtractor x, int threads) throws Exception {
        run(pages, urls, x, threads);
        long start = System.nanoTime();
        run(pages, urls, x, threads);
        return pages.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static void run(List<byte[]> pages, List<String> urls, PageExtractor x, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> done = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                int k = i;
                done.add(pool.submit(() -> x.text(pages.get(k), urls.get(k))));
            }
            for (Future<String> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
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
