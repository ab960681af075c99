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
 *
 * <p>Similar pairs are found through an index of each sentence's rarest words ({@link TermVectors}) and
 * grouped by {@link SentenceGroups}: the same groups as comparing every pair, at a cost that grows with
 * the number of similar pairs rather than with the square of the story's sentences.
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

    List<Finding> align(Story story) {
        List<Item> items = items(story);
        TermVectors vectors = new TermVectors(items.stream().map(Item::weights).toList());
        int[] original = numbers(items, Item::original);
        List<TermVectors.Pair> pairs = new ArrayList<>(vectors.pairsAtLeast(THRESHOLD, (a, b) -> original[a] != original[b]));
        pairs.sort(Comparator.comparingDouble(TermVectors.Pair::similarity).reversed()
                .thenComparingInt(TermVectors.Pair::a).thenComparingInt(TermVectors.Pair::b));
        List<Finding> out = new ArrayList<>();
        for (List<Integer> g : new SentenceGroups(numbers(items, it -> it.coverage().id())).group(pairs)) {
            out.add(finding(items, vectors, g));
        }
        return out;
    }

    /** Each item's article (or original) id as a number: equal ids, equal numbers. */
    private static int[] numbers(List<Item> items, java.util.function.Function<Item, String> id) {
        Map<String, Integer> numbers = new HashMap<>();
        int[] out = new int[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = numbers.computeIfAbsent(id.apply(items.get(i)), k -> numbers.size());
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

    private Finding finding(List<Item> items, TermVectors vectors, List<Integer> group) {
        List<Item> members = group.stream().map(items::get).toList();
        Item central = members.get(central(vectors, group, members));
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

    /** The position of the member most similar to the others; ties (within 1e-9) go to the shorter sentence. */
    private static int central(TermVectors vectors, List<Integer> group, List<Item> members) {
        double[] scores = vectors.cosineSums(group);
        int best = 0;
        double bestScore = -1;
        for (int i = 0; i < scores.length; i++) {
            double score = scores[i];
            int len = members.get(i).sentence().span().length();
            if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && len < members.get(best).sentence().span().length())) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }
}
