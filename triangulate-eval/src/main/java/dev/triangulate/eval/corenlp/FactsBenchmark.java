package dev.triangulate.eval.corenlp;

import dev.triangulate.analyze.Analyzer;
import dev.triangulate.analyze.entity.MentionExtractor;
import dev.triangulate.analyze.quantity.QuantityExtractor;
import dev.triangulate.analyze.quote.QuoteExtractor;
import dev.triangulate.analyze.time.DateExtractor;
import dev.triangulate.eval.MeantimeCorpus;
import dev.triangulate.eval.MeantimeCorpus.NamedSpan;
import dev.triangulate.eval.MentionScorer;
import dev.triangulate.model.Article;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Mention;
import dev.triangulate.model.Published;
import dev.triangulate.model.Quote;
import dev.triangulate.text.RuleSegmenter;
import edu.stanford.nlp.pipeline.CoreDocument;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * Triangulate's fact extraction (entities, quantities, dates, quotes: the Analyzer) against Stanford
 * CoreNLP's {@code tokenize,ssplit,pos,lemma,ner}, on the same texts in one JVM: the seeds and the
 * MEANTIME articles. Reports load time, throughput after warm-up (one thread each), retained heap
 * after loading and peak heap while running, the speed ratio, named mention F1 on MEANTIME for both
 * with one scorer, and CoreNLP's quote speakers on the seeds.
 *
 * <p>Usage: {@code FactsBenchmark <shared-data-dir> [triangulate|corenlp|both] [--quotes]}. Run each
 * system alone (in its own JVM) for clean heap figures; {@code both} gives the side-by-side ratio.
 */
public final class FactsBenchmark {

    private record Text(String id, String text, List<NamedSpan> gold) {
    }

    private record Run(String name, double loadSeconds, long tokens, double seconds, double cpuSeconds, int passes,
                       long retainedMb, long peakMb, MentionScorer score) {
        double tokensPerSecond() {
            return tokens * passes / seconds;
        }

        double tokensPerCpuSecond() {
            return tokens * passes / cpuSeconds;
        }
    }

    private FactsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        String which = args.length > 1 ? args[1] : "both";
        List<Text> texts = texts(data);
        System.out.printf(Locale.ROOT, "texts: %d (5 seeds + %d MEANTIME), %,d characters%n", texts.size(),
                texts.size() - 5, texts.stream().mapToLong(t -> t.text().length()).sum());
        Run ours = which.equals("corenlp") ? null : triangulate(texts);
        Run peer = which.equals("triangulate") ? null : corenlp(texts);
        for (Run r : Stream.of(ours, peer).filter(r -> r != null).toList()) {
            report(r);
        }
        if (ours != null && peer != null) {
            System.out.printf(Locale.ROOT, "%nspeed ratio on the same texts (CoreNLP time per pass / Triangulate time per pass): wall %.1fx, CPU %.1fx%n",
                    (peer.seconds() / peer.passes()) / (ours.seconds() / ours.passes()),
                    (peer.cpuSeconds() / peer.passes()) / (ours.cpuSeconds() / ours.passes()));
        }
        if (List.of(args).contains("--quotes")) {
            quoteSpeakers(texts.subList(0, 5));
        }
    }

    private static List<Text> texts(Path data) throws Exception {
        List<Text> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(data.resolve("seeds"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(new Text(p.getFileName().toString(), Files.readString(p), null));
            }
        }
        for (MeantimeCorpus.Doc d : MeantimeCorpus.read(data.resolve("meantime"))) {
            out.add(new Text(d.id(), d.text(), d.mentions()));
        }
        return out;
    }

    private static Run triangulate(List<Text> texts) {
        long t0 = System.nanoTime();
        QuoteExtractor quotes = QuoteExtractor.english();
        Analyzer analyzer = new Analyzer(RuleSegmenter.english(), MentionExtractor.english(),
                List.of(QuantityExtractor.english(), DateExtractor.english()), quotes::extract);
        double load = (System.nanoTime() - t0) / 1e9;
        List<Article> articles = texts.stream()
                .map(t -> new Article(t.id(), t.id(), "", "", "", List.of(), Published.UNKNOWN, "en", t.text())).toList();
        ToIntFunction<Integer> pass = i -> {
            Coverage c = analyzer.analyze(articles.get(i));
            return c.document().sentences().stream().mapToInt(s -> s.tokens().size()).sum();
        };
        Run r = measure("Triangulate (Analyzer: entities, quantities, dates, quotes)", load, texts, pass, 3, 5);
        stages(articles);
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).gold() != null) {
                r.score().add(texts.get(i).text(), texts.get(i).gold(), ours(analyzer.analyze(articles.get(i))));
            }
        }
        return r;
    }

    /** CPU time of each stage over one more pass, to show where the time goes. */
    private static void stages(List<Article> articles) {
        RuleSegmenter segmenter = RuleSegmenter.english();
        MentionExtractor mentions = MentionExtractor.english();
        QuantityExtractor quantities = QuantityExtractor.english();
        DateExtractor dates = DateExtractor.english();
        QuoteExtractor quotes = QuoteExtractor.english();
        long[] ns = new long[5];
        for (int w = 0; w < 2; w++) {
            java.util.Arrays.fill(ns, 0);
            for (Article a : articles) {
                long t = cpu();
                var doc = segmenter.segment(a);
                ns[0] += -t + (t = cpu());
                var named = mentions.extract(doc);
                ns[1] += -t + (t = cpu());
                quantities.extract(doc);
                ns[2] += -t + (t = cpu());
                dates.extract(doc);
                ns[3] += -t + (t = cpu());
                quotes.extract(doc, named);
                ns[4] += cpu() - t;
            }
        }
        System.out.printf(Locale.ROOT, "  CPU seconds per pass by stage: segment+tag %.2f, entities %.2f, quantities %.2f, dates %.2f, quotes %.2f%n",
                ns[0] / 1e9, ns[1] / 1e9, ns[2] / 1e9, ns[3] / 1e9, ns[4] / 1e9);
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static List<NamedSpan> ours(Coverage c) {
        return c.facts().stream().filter(f -> f instanceof Mention).map(f -> (Mention) f)
                .map(m -> new NamedSpan(m.span().start(), m.span().end(), m.type())).toList();
    }

    private static Run corenlp(List<Text> texts) {
        long t0 = System.nanoTime();
        CoreNlpPeer peer = CoreNlpPeer.ner();
        peer.annotate("Warm the lazy parts: Mr. Smith flew to Paris on Monday.");
        double load = (System.nanoTime() - t0) / 1e9;
        List<CoreDocument> last = new ArrayList<>(texts.size());
        texts.forEach(t -> last.add(null));
        ToIntFunction<Integer> pass = i -> {
            CoreDocument d = peer.annotate(texts.get(i).text());
            last.set(i, d);
            return d.tokens().size();
        };
        Run r = measure("CoreNLP 4.5.10 tokenize,ssplit,pos,lemma,ner", load, texts, pass, 1, 1);
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).gold() != null) {
                r.score().add(texts.get(i).text(), texts.get(i).gold(), CoreNlpPeer.named(last.get(i)));
            }
        }
        return r;
    }

    /**
     * Warm-up passes over all texts, then timed passes; heap is measured around the timed passes: the
     * used heap after a full GC once loaded (models and tables), and the sum of the heap pools' peaks
     * while running (an upper bound: pools peak at different moments).
     */
    private static Run measure(String name, double load, List<Text> texts, ToIntFunction<Integer> pass, int warmups, int passes) {
        for (int w = 0; w < warmups; w++) {
            onePass(texts, pass);
        }
        System.gc();
        long retained = usedHeap();
        List<MemoryPoolMXBean> pools = heapPools();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long tokens = 0;
        long t0 = System.nanoTime();
        long c0 = cpu();
        for (int p = 0; p < passes; p++) {
            tokens = onePass(texts, pass);
        }
        double cpuSeconds = (cpu() - c0) / 1e9;
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = pools.stream().mapToLong(m -> m.getPeakUsage().getUsed()).sum();
        return new Run(name, load, tokens, seconds, cpuSeconds, passes, retained >> 20, peak >> 20, new MentionScorer());
    }

    private static long onePass(List<Text> texts, ToIntFunction<Integer> pass) {
        long tokens = 0;
        for (int i = 0; i < texts.size(); i++) {
            tokens += pass.applyAsInt(i);
        }
        return tokens;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(m -> m.getType() == MemoryType.HEAP).toList();
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void report(Run r) {
        System.out.printf(Locale.ROOT, "%n%s%n  load %.2f s; %,d tokens per pass (own tokenizer), %d timed passes: wall %.1f s, %,.0f tokens/s;"
                        + " CPU of the working thread %.1f s, %,.0f tokens/CPU-s%n"
                        + "  heap: %d MB used after load + warm-up + full GC; peak %d MB while running (sum of pool peaks)%n",
                r.name(), r.loadSeconds(), r.tokens(), r.passes(), r.seconds(), r.tokensPerSecond(), r.cpuSeconds(),
                r.tokensPerCpuSecond(), r.retainedMb(), r.peakMb());
        MentionScorer s = r.score();
        System.out.printf(Locale.ROOT, "  MEANTIME NAM mentions (%d gold, %d predicted):%n    exact %s%n    lenient exact %s%n"
                        + "    typed exact %s%n    overlap %s%n",
                s.gold(), s.predicted(), s.exact(), s.lenientExact(), s.typedExact(), s.overlap());
    }

    private static void quoteSpeakers(List<Text> seeds) {
        System.out.printf("%nQuote speakers on the seeds (CoreNLP quote annotator with depparse and coref; Triangulate):%n");
        CoreNlpPeer peer;
        try {
            peer = CoreNlpPeer.quotes();
        } catch (IllegalArgumentException | IllegalStateException e) {
            // A models jar without the coref models cannot feed the quote annotator.
            System.out.println("  CoreNLP quote pipeline not available: " + e.getMessage().lines().findFirst().orElse(""));
            return;
        }
        QuoteExtractor quotes = QuoteExtractor.english();
        MentionExtractor mentions = MentionExtractor.english();
        RuleSegmenter segmenter = RuleSegmenter.english();
        for (Text t : seeds) {
            System.out.println("  " + t.id());
            for (CoreNlpPeer.PeerQuote q : CoreNlpPeer.quotes(peer.annotate(t.text()))) {
                System.out.printf("    CoreNLP     [%d,%d) speaker=%s canonical=%s  %s%n", q.start(), q.end(), q.speaker(),
                        q.canonicalSpeaker(), abbreviate(q.text()));
            }
            var doc = segmenter.segment(new Article(t.id(), t.id(), "", "", "", List.of(), Published.UNKNOWN, "en", t.text()));
            for (Quote q : quotes.extract(doc, mentions.extract(doc))) {
                System.out.printf("    Triangulate [%d,%d) speaker=%s%s  %s%n", q.span().start(), q.span().end(), q.speaker(), q.partial() ? " (partial)" : "",
                        abbreviate(q.text()));
            }
        }
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 70 ? one.substring(0, 70) + "…" : one;
    }
}
