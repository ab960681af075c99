package dev.triangulate.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.triangulate.model.Article;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Document;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Fact;
import dev.triangulate.model.Granularity;
import dev.triangulate.model.Mention;
import dev.triangulate.model.Published;
import dev.triangulate.model.Sentence;
import dev.triangulate.model.Span;
import dev.triangulate.model.Story;
import dev.triangulate.model.TimeType;
import dev.triangulate.model.Token;
import dev.triangulate.model.When;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Cost of the clusterer alone on a synthetic stream: stories with power-law sizes, each of one of many
 * event kinds (a kind vocabulary), its own people and places, its own dates, published over a few
 * days; reports draw words from the kind, the story and a shared background. Documents and facts are
 * built directly (no Analyzer). Runs only with {@code -Dtriangulate.story.scale=10000,100000,...};
 * prints time and peak heap per size. Run it with the heap it must fit in, e.g. {@code -DargLine=-Xmx2g}.
 */
class StoryScaleTest {

    private static final int KINDS = 400;
    private static final int KIND_WORDS = 12;
    private static final int BACKGROUND = 5000;

    @Test
    void clustersASyntheticStreamInNearLinearTime() {
        String sizes = System.getProperty("triangulate.story.scale", "");
        assumeTrue(!sizes.isBlank(), "set -Dtriangulate.story.scale=10000,100000 to run the scale check");
        for (String size : sizes.split(",")) {
            int n = Integer.parseInt(size.trim());
            List<Coverage> stream = stream(n, new Random(n));
            resetPeaks();
            long start = System.nanoTime();
            List<Story> stories = OnlineClusterer.defaults().cluster(stream);
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals(n, stories.stream().mapToInt(s -> s.members().size()).sum());
            System.out.printf(Locale.ROOT, "scale %,d articles: %,d stories, %,d ms (%.3f ms/article), peak heap %,d MB%n",
                    n, stories.size(), ms, ms / (double) n, peakHeapBytes() >> 20);
        }
    }

    /** Stories in order of their first day; sizes from a Pareto tail (most stories small, a few large). */
    private static List<Coverage> stream(int n, Random random) {
        List<Coverage> out = new ArrayList<>(n);
        LocalDate day = LocalDate.of(2020, 1, 1);
        int story = 0;
        List<Coverage> pending = new ArrayList<>();
        while (out.size() + pending.size() < n) {
            int size = (int) Math.min(400, Math.floor(1 / Math.pow(1 - random.nextDouble(), 1 / 1.2)));
            StoryPlan plan = new StoryPlan(story++, random.nextInt(KINDS), names(random, 2 + random.nextInt(4)),
                    day.plusDays(random.nextInt(3)));
            for (int i = 0; i < size && out.size() + pending.size() < n; i++) {
                pending.add(article(plan, out.size() + pending.size(), random));
            }
            if (pending.size() > 200) {
                pending.sort(java.util.Comparator.comparing(c -> c.article().published().date()));
                out.addAll(pending);
                pending.clear();
                day = day.plusDays(1);
            }
        }
        pending.sort(java.util.Comparator.comparing(c -> c.article().published().date()));
        out.addAll(pending);
        return out;
    }

    private record StoryPlan(int id, int kind, List<String> names, LocalDate day) {
    }

    private static Coverage article(StoryPlan plan, int serial, Random random) {
        List<String> words = new ArrayList<>();
        List<String> pos = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int pick = random.nextInt(10);
            if (pick < 3) {
                words.add("k" + plan.kind() + "w" + random.nextInt(KIND_WORDS));
                pos.add("NOUN");
            } else if (pick < 5) {
                words.add(plan.names().get(random.nextInt(plan.names().size())));
                pos.add("PROPN");
            } else {
                words.add("b" + (int) Math.floor(BACKGROUND * Math.pow(random.nextDouble(), 3)));
                pos.add(random.nextBoolean() ? "NOUN" : "VERB");
            }
        }
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        String id = "a" + serial;
        for (int i = 0; i < words.size(); i++) {
            int start = text.length();
            text.append(words.get(i)).append(' ');
            tokens.add(new Token(start, start + words.get(i).length(), words.get(i), pos.get(i)));
            if ("PROPN".equals(pos.get(i))) {
                facts.add(new Mention(new Span(id, start, start + words.get(i).length()), words.get(i),
                        EntityType.PERSON, words.get(i)));
            }
        }
        LocalDate published = plan.day().plusDays(random.nextInt(4));
        Article a = new Article(id, "", "", "outlet" + random.nextInt(50), "", List.of(),
                Published.given(published, "synthetic"), "en", text.toString());
        facts.add(new When(new Span(id, 0, 1), words.get(0), plan.day().toString(), TimeType.DATE, Granularity.DAY,
                plan.day(), plan.day(), null));
        Document doc = new Document(a, List.of(new Sentence(0, new Span(id, 0, text.length()), tokens)));
        return new Coverage(doc, facts);
    }

    /** Capitalised made-up names from syllables: a large vocabulary with no two stories sharing all. */
    private static List<String> names(Random random, int count) {
        String[] syllables = {"ka", "lo", "mer", "ti", "van", "sor", "de", "ul", "bri", "nax", "or", "pel", "zu", "ha"};
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder();
            for (int s = 0; s < 3; s++) {
                sb.append(syllables[random.nextInt(syllables.length)]);
            }
            out.add(Character.toUpperCase(sb.charAt(0)) + sb.substring(1));
        }
        return out;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
