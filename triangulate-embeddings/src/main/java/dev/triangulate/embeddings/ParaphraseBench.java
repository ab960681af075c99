package dev.triangulate.embeddings;

import dev.triangulate.analyze.entity.EntityLinker;
import dev.triangulate.eval.EcbPlusEntities;
import dev.triangulate.model.Article;
import dev.triangulate.model.Comparison;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.FactKind;
import dev.triangulate.model.Published;
import dev.triangulate.model.Story;
import dev.triangulate.model.Verdict;
import dev.triangulate.pipeline.Progress;
import dev.triangulate.pipeline.Triangulate;
import dev.triangulate.reconcile.FactReconciler;
import dev.triangulate.reconcile.Reconciler;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the embedding signal costs: reconciles one story of the first N ECB+ development documents (real
 * news sentences; analysis first, untimed) without and with {@link MiniLmSimilarity}, each a median of
 * runs. Every run with embeddings starts from an empty cache (a new story's sentences are new); loading
 * the model is left out and printed apart. Wall and calling-thread CPU time are printed: ONNX Runtime
 * runs on its own threads, so with embeddings CPU time undercounts and wall time is the figure to read.
 *
 * <pre>java -cp ... dev.triangulate.embeddings.ParaphraseBench ../shared/data/ecbplus-dev 50,1000 3</pre>
 */
public final class ParaphraseBench {

    private ParaphraseBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ParaphraseBench <ecbplus-dev folder> <sizes, e.g. 50,1000> [runs]");
            System.exit(2);
        }
        List<Article> all = EcbPlusEntities.read(Path.of(args[0])).stream()
                .map(d -> new Article(d.id(), d.id(), "", "", "", List.of(), Published.UNKNOWN, "en", d.text())).toList();
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        EntityLinker linker = new EntityLinker();
        Reconciler plain = new FactReconciler(linker::link);
        System.setProperty("DJL_CACHE_DIR", System.getProperty("DJL_CACHE_DIR", "target/djl"));
        long t0 = System.nanoTime();
        MiniLmSimilarity.load(MiniLmSimilarity.Settings.defaults()).close();
        System.out.printf(Locale.ROOT, "model load: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        System.out.println("| articles | sentences | embeddings | reconcile wall (ms) | CPU (ms) | statements (conflicting) | embedded sentences |");
        System.out.println("|---:|---:|---|---:|---:|---:|---:|");
        for (String size : args[1].split(",")) {
            List<Article> some = all.subList(0, Math.min(all.size(), Integer.parseInt(size.strip())));
            List<Coverage> members = Triangulate.english().analyze(some, Progress.SILENT);
            Story story = new Story("ecbplus-" + some.size(), "", List.of(), members, Map.of());
            plain.reconcile(story); // warm-up
            System.out.println(row(story, runs, linker, false));
            System.out.println(row(story, runs, linker, true));
        }
    }

    private static String row(Story story, int runs, EntityLinker linker, boolean embeddings) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] wall = new double[runs];
        double[] cpuMs = new double[runs];
        Comparison last = null;
        int embedded = 0;
        for (int i = 0; i < runs; i++) {
            MiniLmSimilarity model = embeddings ? MiniLmSimilarity.load(MiniLmSimilarity.Settings.defaults()) : null;
            Reconciler r = model == null ? new FactReconciler(linker::link) : new FactReconciler(linker::link, model);
            long c = cpu.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            last = r.reconcile(story);
            wall[i] = (System.nanoTime() - t) / 1e6;
            cpuMs[i] = (cpu.getCurrentThreadCpuTime() - c) / 1e6;
            if (model != null) {
                embedded = model.cached();
                model.close();
            }
        }
        long statements = last.findings().stream().filter(f -> f.kind() == FactKind.STATEMENT).count();
        long conflicting = last.findings().stream().filter(f -> f.verdict() instanceof Verdict.Conflicting).count();
        return String.format(Locale.ROOT, "| %d | %d | %s | %.0f | %.0f | %d (%d) | %s |", story.members().size(),
                story.members().stream().mapToInt(c -> c.sentences().size()).sum(), embeddings ? "yes" : "no",
                median(wall), median(cpuMs), statements, conflicting, embeddings ? Integer.toString(embedded) : "-");
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
