package dev.triangulate.cli;

import dev.triangulate.model.Coverage;
import dev.triangulate.story.ClosedStory;
import dev.triangulate.story.StoryAssignment;
import dev.triangulate.story.StoryStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Story clustering at scale: a {@link SyntheticNews} stream of each size fed article by article to a
 * {@link StoryStream}, timing {@code offer} (term extraction, MinHash, assignment, closing) apart from
 * writing the articles, as thread CPU time (steadier on a shared machine) and as wall time, with
 * B-cubed scores against the generator's stories and two heap figures (see {@link HeapGauge}): the
 * live set, sampled by a full collection after every tenth of the stream (outside the timed part),
 * and the max used heap, garbage included. Both include the generator's own state. The scores are
 * computed as stories close, so the bench holds no membership list of its own.
 */
final class StoryBench {

    private final int perDay;
    private final long seed;

    StoryBench(int perDay, long seed) {
        this.perDay = perDay;
        this.seed = seed;
    }

    void run(int[] sizes) {
        System.out.printf(Locale.ROOT, "max heap %d MB, %d processors; warm-up of 10,000 articles (not shown)%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        measure(10_000, seed + 1);
        System.out.println("| articles | days | gold stories | stories | clustering CPU (s) | clustering wall (s) | articles/s (CPU)"
                + " | wall incl. generating (s) | live set (MB) | max used heap (MB) | B-cubed P / R / F1"
                + " | CPU time vs previous size |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|");
        double previous = 0;
        int previousSize = 0;
        for (int n : sizes) {
            Result r = measure(n, seed);
            String growth = previous == 0 ? "" : String.format(Locale.ROOT, "%.1fx for %.0fx articles",
                    r.seconds / previous, n / (double) previousSize);
            System.out.printf(Locale.ROOT,
                    "| %,d | %d | %,d | %,d | %.1f | %.1f | %,.0f | %.1f | %,d | %,d | %.3f / %.3f / %.3f | %s |%n",
                    n, r.days, r.goldStories, r.stories, r.seconds, r.offerWall, n / r.seconds, r.wall, r.liveMb,
                    r.maxUsedMb, r.precision, r.recall, r.f1(), growth);
            previous = r.seconds;
            previousSize = n;
        }
    }

    private Result measure(int n, long streamSeed) {
        System.gc();
        try (HeapGauge heap = new HeapGauge()) {
            return measure(n, streamSeed, heap);
        }
    }

    private Result measure(int n, long streamSeed, HeapGauge heap) {
        int tenth = Math.max(1, n / 10);
        SyntheticNews news = new SyntheticNews(n, perDay, streamSeed);
        StoryStream stream = StoryStream.defaults();
        Scorer scorer = new Scorer();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuNanos = 0;
        long offerNanos = 0;
        long wall0 = System.nanoTime();
        while (news.hasNext()) {
            Coverage c = news.next();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            StoryAssignment a = stream.offer(c);
            offerNanos += System.nanoTime() - t0;
            cpuNanos += threads.getCurrentThreadCpuTime() - cpu0;
            a.closed().forEach(s -> scorer.add(s, news));
            if (stream.offered() % tenth == 0) {
                long gc0 = System.nanoTime();
                heap.sampleLive(); // the stream's state peaks before closeAll, so sample while it runs
                wall0 += System.nanoTime() - gc0; // the forced collections are not part of the run
            }
        }
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        List<ClosedStory> rest = stream.closeAll();
        offerNanos += System.nanoTime() - t0;
        cpuNanos += threads.getCurrentThreadCpuTime() - cpu0;
        rest.forEach(s -> scorer.add(s, news));
        double wall = (System.nanoTime() - wall0) / 1e9;
        if (scorer.articles != n) {
            throw new IllegalStateException("closed stories hold " + scorer.articles + " articles, not " + n);
        }
        return scorer.result(news, n, new double[] {cpuNanos / 1e9, offerNanos / 1e9, wall},
                heap.maxLiveMb(), heap.maxUsedMb());
    }

    private record Result(int days, int goldStories, int stories, double seconds, double offerWall, double wall,
                          long liveMb, long maxUsedMb, double precision, double recall) {
        double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    /**
     * B-cubed over closed stories: an article's precision is the share of its story from its gold story,
     * its recall the share of its gold story in its story; both need only the overlap counts per story.
     */
    private static final class Scorer {
        private double precision;
        private long[] squaredOverlaps = new long[1024];
        private int stories;
        private int articles;

        void add(ClosedStory story, SyntheticNews news) {
            Map<Integer, Integer> overlap = new HashMap<>();
            for (String id : story.articles()) {
                overlap.merge(news.story(Integer.parseInt(id.substring(1))), 1, Integer::sum);
            }
            int size = story.articles().size();
            overlap.forEach((gold, o) -> {
                precision += o * (double) o / size;
                if (gold >= squaredOverlaps.length) {
                    squaredOverlaps = Arrays.copyOf(squaredOverlaps, Math.max(gold + 1, squaredOverlaps.length * 2));
                }
                squaredOverlaps[gold] += (long) o * o;
            });
            stories++;
            articles += size;
        }

        /** {@code times}: clustering CPU, clustering wall and total wall, in seconds. */
        Result result(SyntheticNews news, int n, double[] times, long liveMb, long maxUsedMb) {
            double recall = 0;
            for (int g = 0; g < news.stories(); g++) {
                if (news.storySize(g) > 0 && g < squaredOverlaps.length) {
                    recall += squaredOverlaps[g] / (double) news.storySize(g);
                }
            }
            int gold = (int) java.util.stream.IntStream.range(0, news.stories()).filter(g -> news.storySize(g) > 0).count();
            return new Result(news.days(), gold, stories, times[0], times[1], times[2], liveMb, maxUsedMb,
                    precision / n, recall / n);
        }
    }
}
