package dev.triangulate.reconcile;

import dev.triangulate.internal.Stems;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.FactKind;
import dev.triangulate.model.Finding;
import dev.triangulate.model.Sentence;
import dev.triangulate.model.Story;
import dev.triangulate.model.Token;
import dev.triangulate.model.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lines up sentences of different articles that state the same thing in other words.
 *
 * <p>Each sentence becomes a set of content-word stems weighted by their inverse frequency across the
 * story's sentences, so that words every report uses (the story's own topic words) count for little
 * and specific ones for much. Pairs from different articles whose weighted overlap (cosine) passes
 * {@link #THRESHOLD} are joined, strongest first, keeping at most one sentence per article in a group.
 * Groups carried by two or more independent articles become corroborated statements.
 */
final class StatementAligner {

    static final double THRESHOLD = 0.32;
    static final int MIN_CONTENT_WORDS = 5;

    private final Cues cues;

    StatementAligner(Cues cues) {
        this.cues = cues;
    }

    private record Item(Coverage coverage, String original, Sentence sentence, Map<String, Double> weights) {
    }

    private record Pair(int a, int b, double similarity) {
    }

    List<Finding> align(Story story) {
        List<Item> items = items(story);
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                if (!items.get(i).original().equals(items.get(j).original())) {
                    double s = cosine(items.get(i).weights(), items.get(j).weights());
                    if (s >= THRESHOLD) {
                        pairs.add(new Pair(i, j, s));
                    }
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed()
                .thenComparingInt(Pair::a).thenComparingInt(Pair::b));
        List<Set<Integer>> groups = group(items, pairs);
        List<Finding> out = new ArrayList<>();
        for (Set<Integer> g : groups) {
            out.add(finding(items, g));
        }
        return out;
    }

    private List<Item> items(Story story) {
        List<Item> raw = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        List<Map<String, Double>> tfs = new ArrayList<>();
        for (Coverage c : story.members()) {
            for (Sentence s : c.sentences()) {
                Set<String> stems = stems(s);
                String text = s.span().of(c.article().text());
                if (stems.size() < MIN_CONTENT_WORDS || text.endsWith("?")) {
                    continue;
                }
                stems.forEach(w -> df.merge(w, 1, Integer::sum));
                Map<String, Double> tf = new HashMap<>();
                stems.forEach(w -> tf.put(w, 1.0));
                tfs.add(tf);
                raw.add(new Item(c, story.original(c.id()), s, tf));
            }
        }
        int n = Math.max(1, raw.size());
        for (Map<String, Double> tf : tfs) {
            tf.replaceAll((w, v) -> Math.log(1.0 + n / (double) df.get(w)));
        }
        return raw;
    }

    private Set<String> stems(Sentence s) {
        Set<String> out = new LinkedHashSet<>();
        for (Token t : s.tokens()) {
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (lower.length() > 2 && Character.isLetterOrDigit(lower.charAt(0)) && !cues.isStopword(lower)) {
                out.add(Stems.of(lower));
            }
        }
        return out;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot == 0 ? 0 : dot / (norm(a) * norm(b));
    }

    private static double norm(Map<String, Double> v) {
        double s = 0;
        for (double x : v.values()) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    /** Joins pairs strongest first; a group never holds two sentences of one article. */
    private static List<Set<Integer>> group(List<Item> items, List<Pair> pairs) {
        Map<Integer, Set<Integer>> groupOf = new HashMap<>();
        List<Set<Integer>> groups = new ArrayList<>();
        for (Pair p : pairs) {
            Set<Integer> ga = groupOf.get(p.a());
            Set<Integer> gb = groupOf.get(p.b());
            if (ga != null && ga == gb) {
                continue;
            }
            Set<Integer> merged = new LinkedHashSet<>();
            merged.addAll(ga == null ? Set.of(p.a()) : ga);
            merged.addAll(gb == null ? Set.of(p.b()) : gb);
            if (!onePerArticle(items, merged)) {
                continue;
            }
            groups.remove(ga);
            groups.remove(gb);
            groups.add(merged);
            merged.forEach(i -> groupOf.put(i, merged));
        }
        groups.sort(Comparator.comparingInt(g -> g.stream().mapToInt(Integer::intValue).min().orElse(0)));
        return groups;
    }

    private static boolean onePerArticle(List<Item> items, Set<Integer> group) {
        Set<String> seen = new HashSet<>();
        for (int i : group) {
            if (!seen.add(items.get(i).coverage().id())) {
                return false;
            }
        }
        return true;
    }

    private Finding finding(List<Item> items, Set<Integer> group) {
        List<Item> members = group.stream().sorted().map(items::get).toList();
        Item central = central(members);
        List<Evidence> evidence = new ArrayList<>();
        Set<String> originals = new LinkedHashSet<>();
        for (Item it : members) {
            String text = it.sentence().span().of(it.coverage().article().text());
            evidence.add(new Evidence(it.sentence().span(), text, null, cues.hedgeIn(text)));
            originals.add(it.original());
        }
        String statement = central.sentence().span().of(central.coverage().article().text());
        return new Finding("", FactKind.STATEMENT, "", "statement", statement,
                new Verdict.Corroborated(originals.size()), evidence,
                "sentences share specific words (weighted overlap >= " + THRESHOLD + "); representative: "
                        + central.coverage().id());
    }

    /** The member most similar to the others; ties go to the shorter sentence. */
    private static Item central(List<Item> members) {
        Item best = members.get(0);
        double bestScore = -1;
        for (Item a : members) {
            double score = 0;
            for (Item b : members) {
                score += a == b ? 0 : cosine(a.weights(), b.weights());
            }
            int len = a.sentence().span().length();
            if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && len < best.sentence().span().length())) {
                best = a;
                bestScore = score;
            }
        }
        return best;
    }
}
