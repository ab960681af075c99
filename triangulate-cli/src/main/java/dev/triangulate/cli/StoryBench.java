package dev.triangulate.cli;

import dev.triangulate.model.Coverage;
import dev.triangulate.story.ClosedStory;
import dev.triangulate.story.StoryAssignment;
import dev.triangulate.story.StoryStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Story clustering at scale: a {@link SyntheticNews} stream of each size fed article by article to a
 * {@link StoryStream}, timing {@code offer} (term extraction, MinHash, assignment, closing) apart from
 * writing the articles, as thread CPU time (steadier on a shared machine) and as wall time, with peak
 * heap and B-cubed scores against the generator's stories. The scores are computed as stories close,
 * so the bench holds no membership list of its own.
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
                + " | wall incl. generating (s) | peak heap (MB) | B-cubed P / R / F1 | CPU time vs previous size |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|");
        double previous = 0;
        int previousSize = 0;
        for (int n : sizes) {
            Result r = measure(n, seed);
            String growth = previous == 0 ? "" : String.format(Locale.ROOT, "%.1fx for %.0fx articles",
                    r.seconds / previous, n / (double) previousSize);
            System.out.printf(Locale.ROOT, "| %,d | %d | %,d | %,d | %.1f | %.1f | %,.0f | %.1f | %,d | %.3f / %.3f / %.3f | %s |%n",
                    n, r.days, r.goldStories, r.stories, r.seconds, r.offerWall, n / r.seconds, r.wall, r.peakMb,
                    r.precision, r.recall, r.f1(), growth);
            previous = r.seconds;
            previousSize = n;
        }
    }

    private Result measure(int n, long streamSeed) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
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
        }
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        List<ClosedStory> rest = stream.closeAll();
        offerNanos += System.nanoTime() - t0;
        cpuNanos += threads.getCurrentThreadCpuTime() - cpu0;
        rest.forEach(s -> scorer.add(s, news));
        double wall = (System.nanoTime() - wall0) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
        if (scorer.articles != n) {
            throw new IllegalStateException("closed stories hold " + scorer.articles + " articles, not " + n);
        }
        return scorer.result(news, n, cpuNanos / 1e9, offerNanos / 1e9, wall, peak);
    }

    private record Result(int days, int goldStories, int stories, double seconds, double offerWall, double wall,
                          long peakMb,
                          double precision, double recall) {
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

        Result result(SyntheticNews news, int n, double cpu, double offerWall, double wall, long peak) {
            double recall = 0;
            for (int g = 0; g < news.stories(); g++) {
                if (news.storySize(g) > 0 && g < squaredOverlaps.length) {
                    recall += squaredOverlaps[g] / (double) news.storySize(g);
                }
            }
            int gold = (int) java.util.stream.IntStream.range(0, news.stories()).filter(g -> news.storySize(g) > 0).count();
            return new Result(news.days(), gold, stories, cpu, offerWall, wall, peak, precision / n, recall / n);
        }
    }
}
