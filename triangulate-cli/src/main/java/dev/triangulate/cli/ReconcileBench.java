package dev.triangulate.cli;

import dev.triangulate.analyze.entity.EntityLinker;
import dev.triangulate.brief.BriefWriter;
import dev.triangulate.brief.ExtractiveBriefWriter;
import dev.triangulate.model.Briefing;
import dev.triangulate.model.Comparison;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Quantity;
import dev.triangulate.model.Quote;
import dev.triangulate.model.Story;
import dev.triangulate.model.Verdict;
import dev.triangulate.model.When;
import dev.triangulate.pipeline.Progress;
import dev.triangulate.pipeline.Triangulate;
import dev.triangulate.reconcile.FactReconciler;
import dev.triangulate.reconcile.Reconciler;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times reconciliation and the briefing of one story of N distinct reports ({@link SyntheticStory}),
 * apart from the per-article analysis, which runs first and untimed. The stages are built as
 * {@link Triangulate#english()} builds them. Each size runs after a warm-up; the median of the runs is
 * printed, with the peak heap during reconcile and brief (the analysed story, which it holds, included).
 * Both stages run on the calling thread, so its CPU time is printed too: on a machine shared with other
 * work, wall time mostly measures the others.
 */
final class ReconcileBench {

    private static final int WARM_UP_ARTICLES = 50;

    private final Triangulate pipeline = Triangulate.english();
    private final EntityLinker linker = new EntityLinker();
    private final Reconciler reconciler = new FactReconciler(linker::link);
    private final BriefWriter writer = new ExtractiveBriefWriter();
    private final SyntheticStory generator = new SyntheticStory(1);
    private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    private final List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();

    void run(int[] sizes, int runs, PrintStream out) {
        Story warm = story(WARM_UP_ARTICLES);
        for (int i = 0; i < 5; i++) {
            writer.write(warm, reconciler.reconcile(warm));
        }
        out.println("| articles | sentences | quantities + dates | quotes | findings (conflicting) "
                + "| reconcile (ms) | of which linking (ms) | brief (ms) | reconcile CPU (ms) | brief CPU (ms) | peak heap (MB) |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int n : sizes) {
            out.println(row(story(n), runs));
        }
    }

    private Story story(int n) {
        List<Coverage> members = pipeline.analyze(generator.reports(n), Progress.SILENT);
        return new Story("synthetic-" + n, "synthetic story", List.of(), members, Map.of());
    }

    private String row(Story story, int runs) {
        double[] reconcile = new double[runs];
        double[] linking = new double[runs];
        double[] brief = new double[runs];
        double[] peak = new double[runs];
        double[] reconcileCpu = new double[runs];
        double[] briefCpu = new double[runs];
        Comparison comparison = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            linker.link(story.members());
            linking[i] = (System.nanoTime() - t0) / 1e6;
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long c1 = cpu.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            comparison = reconciler.reconcile(story);
            long t2 = System.nanoTime();
            long c2 = cpu.getCurrentThreadCpuTime();
            Briefing briefing = writer.write(story, comparison);
            long t3 = System.nanoTime();
            long c3 = cpu.getCurrentThreadCpuTime();
            reconcileCpu[i] = (c2 - c1) / 1e6;
            briefCpu[i] = (c3 - c2) / 1e6;
            peak[i] = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1e6;
            reconcile[i] = (t2 - t1) / 1e6;
            brief[i] = (t3 - t2) / 1e6;
            if (briefing.findings().size() != comparison.findings().size()) {
                throw new IllegalStateException("briefing lost findings");
            }
        }
        List<Coverage> m = story.members();
        long conflicting = comparison.findings().stream().filter(f -> f.verdict() instanceof Verdict.Conflicting).count();
        return String.format(Locale.ROOT, "| %d | %d | %d | %d | %d (%d) | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f |", m.size(),
                m.stream().mapToInt(c -> c.sentences().size()).sum(),
                m.stream().mapToInt(c -> c.facts(Quantity.class).size() + c.facts(When.class).size()).sum(),
                m.stream().mapToInt(c -> c.facts(Quote.class).size()).sum(),
                comparison.findings().size(), conflicting,
                median(reconcile), median(linking), median(brief), median(reconcileCpu), median(briefCpu), median(peak));
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
