package dev.triangulate.cli;

import dev.triangulate.model.Article;
import dev.triangulate.pipeline.Progress;
import dev.triangulate.pipeline.Triangulate;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures the brief pipeline: articles per second and peak heap on a corpus replicated",
                "x1, x10, x100 (in this process, after a warm-up), and the cold-start wall time of",
                "'triangulate brief' on a folder (a fresh JVM per run, with the launcher's JVM options).",
                "Prints a Markdown table. Copies are syndicated duplicates to the pipeline: they are",
                "analysed and clustered like any article and count once when reconciled.",
                "With --story-sizes, times reconcile and brief on one generated story of N reports instead;",
                "with --stories, measures story clustering instead: a synthetic news stream of each size",
                "fed to the streaming clusterer (time, live set and max used heap, B-cubed against the",
                "generated stories)."},
        footer = {"", "Examples:", "  triangulate bench --corpus examples/wildfire --cold ../shared/data/seeds",
                "  triangulate bench --story-sizes 10,50,100,1000 --runs 3",
                "  java -Xmx2g -jar triangulate.jar bench --stories 10000,100000,1000000"})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "examples/wildfire",
            description = "Folder of reports to replicate (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--copies", paramLabel = "N", split = ",", defaultValue = "1,10,100",
            description = "Replication factors (default: ${DEFAULT-VALUE}).")
    int[] copies;

    @Option(names = "--cold", paramLabel = "DIR",
            description = "Also time 'brief' from a cold start on this folder (for example ../shared/data/seeds).")
    Path cold;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "Cold-start runs, or runs per story size; the median is reported.")
    int runs;

    @Option(names = "--story-sizes", paramLabel = "N", split = ",",
            description = {"Instead, time reconcile and brief on one generated story of N distinct reports",
                    "per size (for example 10,50,100,1000); analysis runs first, untimed."})
    int[] storySizes;

    @Option(names = "--stories", paramLabel = "N", split = ",",
            description = "Story clustering bench: synthetic stream sizes in articles (for example 10000,100000,1000000).")
    int[] stories;

    @Option(names = "--per-day", paramLabel = "N", defaultValue = "3000",
            description = "Synthetic articles per day for --stories (default: ${DEFAULT-VALUE}).")
    int perDay;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "5", description = "Seed of the synthetic stream.")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (storySizes != null) {
            new ReconcileBench().run(storySizes, runs, System.out);
            return 0;
        }
        if (stories != null) {
            if (Arrays.stream(stories).anyMatch(n -> n < 1) || perDay < 1) {
                throw new UserError("--stories sizes and --per-day must be positive");
            }
            new StoryBench(perDay, seed).run(stories);
            return 0;
        }
        Triangulate t = Triangulate.english();
        Inputs in = new Inputs();
        in.paths = List.of(corpus.toString());
        List<Article> base = in.articles(t, Progress.SILENT);
        if (base.isEmpty()) {
            throw new UserError("no reports in " + corpus);
        }
        System.out.println("| corpus | articles | wall (s) | articles/s | peak heap (MB) |");
        System.out.println("|---|---:|---:|---:|---:|");
        run(t, replicate(base, 1), false);
        for (int n : copies) {
            double[] r = run(t, replicate(base, n), true);
            System.out.printf(Locale.ROOT, "| %s x%d | %d | %.2f | %.1f | %.0f |%n", corpus.getFileName(), n,
                    base.size() * n, r[0], base.size() * n / r[0], r[1]);
        }
        if (cold != null) {
            coldStart();
        }
        return 0;
    }

    /** Copies of the corpus under new ids: to the pipeline, each copy is a syndicated duplicate of its original. */
    private static List<Article> replicate(List<Article> base, int n) {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (Article a : base) {
                String id = n == 1 ? a.id() : a.id() + "-" + i;
                out.add(new Article(id, a.source(), a.title(), a.outlet(), a.url(), a.authors(), a.published(),
                        a.language(), a.text()));
            }
        }
        return out;
    }

    /** {wall seconds, peak heap MB} of analyse + cluster + reconcile + brief. */
    private static double[] run(Triangulate t, List<Article> articles, boolean measured) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        t.reconcile(t.cluster(t.analyze(articles, Progress.SILENT), Progress.SILENT), Progress.SILENT);
        double wall = (System.nanoTime() - t0) / 1e9;
        double peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1e6;
        return new double[] {wall, peak};
    }

    private void coldStart() throws Exception {
        if (!Files.isDirectory(cold)) {
            System.out.println();
            System.out.println("cold start: skipped, " + cold + " is not a folder");
            return;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = new File(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
        double[] walls = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            String archive = jar.replaceAll("\\.jar$", "") + ".jsa";
            Process p = new ProcessBuilder(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive", "-Xlog:cds=off",
                    "-Xlog:cds+dynamic=off", "-jar", jar,
                    "brief", "-q", "--format", "json", "-o", Files.createTempFile("bench", ".json").toString(),
                    cold.toString()).inheritIO().start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new UserError("cold-start run took over 120 s");
            }
            walls[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(walls);
        System.out.println();
        System.out.printf(Locale.ROOT, "cold start, 'brief' on %s: median %.2f s over %d runs (min %.2f, max %.2f)%n",
                cold, walls[runs / 2], runs, walls[0], walls[runs - 1]);
    }
}
