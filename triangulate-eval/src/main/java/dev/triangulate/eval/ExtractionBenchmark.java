package dev.triangulate.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Measures main-text extraction against the shared data: Triangulate's HtmlExtractor, readability4j
 * and boilerpipe run side by side on AEB (shingle F1) and WCXB dev articles (word F1), the stored
 * outputs of the published peers scored with the same code, Triangulate's metadata accuracy, and
 * throughput on two threads. Usage: {@code ExtractionBenchmark [shared-data-dir]}.
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = args.length > 0 ? Path.of(args[0]) : Corpora.sharedData();
        List<PageExtractor> systems = List.of(PageExtractor.triangulate(), PageExtractor.readability4j(), PageExtractor.boilerpipe());
        List<Corpora.AebPage> aeb = Corpora.aeb(data.resolve("aeb"));
        System.out.printf("AEB (%d pages): shingle P / R / F1%n", aeb.size());
        for (PageExtractor x : systems) {
            print(x.name() + " (run here)", Evaluations.aeb(aeb, x));
        }
        try (var peers = Files.list(data.resolve("aeb/peer-output"))) {
            for (Path f : peers.sorted().toList()) {
                print(f.getFileName().toString().replace(".json", "") + " (stored output)",
                        Evaluations.aebStored(aeb, Corpora.peerOutput(f)));
            }
        }
        List<Corpora.WcxbPage> wcxb = Corpora.wcxb(data.resolve("wcxb-dev-articles"));
        System.out.printf("%nWCXB dev articles (%d pages): mean word F1%n", wcxb.size());
        for (PageExtractor x : systems) {
            System.out.printf(Locale.ROOT, "  %-34s %.4f%n", x.name(), Evaluations.wcxbWordF1(wcxb, x));
        }
        ExtractionScoring.MetadataScore m = Evaluations.wcxbMetadata(wcxb);
        System.out.printf(Locale.ROOT, "  triangulate metadata: title %.3f (%d pages), author %.3f (%d), date %.3f (%d)%n",
                m.title(), m.titlePages(), m.author(), m.authorPages(), m.date(), m.datePages());
        System.out.printf("%nThroughput on AEB, 2 threads, after warm-up: pages/s%n");
        List<byte[]> html = aeb.stream().map(Corpora.AebPage::html).toList();
        List<String> urls = aeb.stream().map(Corpora.AebPage::url).toList();
        for (PageExtractor x : systems) {
            System.out.printf(Locale.ROOT, "  %-34s %.1f%n", x.name(), Evaluations.throughput(html, urls, x, 2));
        }
    }

    private static void print(String name, ShingleMetric.Score s) {
        System.out.printf(Locale.ROOT, "  %-34s %.4f / %.4f / %.4f%n", name, s.precision(), s.recall(), s.f1());
    }
}
