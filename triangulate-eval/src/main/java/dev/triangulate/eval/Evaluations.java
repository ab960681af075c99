package dev.triangulate.eval;


import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The measurements behind {@link ExtractionBenchmark} and the quality gates. */
public final class Evaluations {

    private Evaluations() {
    }

    public static ShingleMetric.Score aeb(List<Corpora.AebPage> pages, PageExtractor x) {
        return ExtractionScoring.aeb(pages, x::text);
    }

    public static ShingleMetric.Score aebStored(List<Corpora.AebPage> pages, Map<String, String> predicted) {
        return ExtractionScoring.aebStored(pages, predicted);
    }

    public static double wcxbWordF1(List<Corpora.WcxbPage> pages, PageExtractor x) {
        return ExtractionScoring.wcxbWordF1(pages, x::text);
    }

    public static ExtractionScoring.MetadataScore wcxbMetadata(List<Corpora.WcxbPage> pages) {
        return ExtractionScoring.wcxbMetadata(pages);
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

}
