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
 *
 * <p>With a {@link SentenceSimilarity} (optional), pairs whose word overlap is below the threshold but at
 * least {@link #CANDIDATE_FLOOR} are candidates: they are joined too when their meaning similarity reaches
 * {@link #PARAPHRASE_THRESHOLD} and their figures do not disagree ({@link Figures}). At most {@link #MAX_CANDIDATES} candidates (the closest in words) are asked
 * about per story, so the cost of the signal is bounded whatever the story's size. Thread-safe when the
 * similarity is.
 */
final class StatementAligner {

    static final double THRESHOLD = 0.32;
    static final int MIN_CONTENT_WORDS = 5;
    /** Word overlap below which a pair is not even a paraphrase candidate. */
    static final double CANDIDATE_FLOOR = 0.15;
    static final double PARAPHRASE_THRESHOLD = 0.75;
    static final int MAX_CANDIDATES = 2_000;

    private final Cues cues;
    private final SentenceSimilarity similarity;

    StatementAligner(Cues cues) {
        this(cues, null);
    }

    /** {@code similarity} may be {@code null}: words alone decide. */
    StatementAligner(Cues cues, SentenceSimilarity similarity) {
        this.cues = cues;
        this.similarity = similarity;
    }

    private record Item(Coverage coverage, String original, Sentence sentence, Map<String, Double> weights) {
    }

    List<Finding> align(Story story) {
        List<Item> items = items(story);
        TermVectors vectors = new TermVectors(items.stream().map(Item::weights).toList());
        int[] original = numbers(items, Item::original);
        double floor = similarity == null ? THRESHOLD : CANDIDATE_FLOOR;
        List<TermVectors.Pair> pairs = new ArrayList<>(vectors.pairsAtLeast(floor, (a, b) -> original[a] != original[b]));
        pairs.sort(STRONGEST_FIRST);
        List<Figures> figures = items.stream().map(it -> Figures.in(it.coverage(), it.sentence().span())).toList();
        Set<Long> byMeaning = similarity == null ? Set.of() : paraphrases(items, figures, pairs);
        pairs.removeIf(p -> p.similarity() < THRESHOLD && !byMeaning.contains(key(p)));
        // Sentences alike in words whose figures disagree ("nearly 50 killed" / "two killed") say different things.
        pairs.removeIf(p -> figures.get(p.a()).contradict(figures.get(p.b())));
        List<Finding> out = new ArrayList<>();
        for (List<Integer> g : new SentenceGroups(numbers(items, it -> it.coverage().id())).group(pairs)) {
            out.add(finding(items, vectors, g, byMeaning));
        }
        return out;
    }

    private static final Comparator<TermVectors.Pair> STRONGEST_FIRST = Comparator
            .comparingDouble(TermVectors.Pair::similarity).reversed()
            .thenComparingInt(TermVectors.Pair::a).thenComparingInt(TermVectors.Pair::b);

    /** The candidates (below the word threshold, strongest first, at most {@link #MAX_CANDIDATES}) alike in meaning. */
    private Set<Long> paraphrases(List<Item> items, List<Figures> figures, List<TermVectors.Pair> strongestFirst) {
        List<TermVectors.Pair> candidates = strongestFirst.stream().filter(p -> p.similarity() < THRESHOLD)
                .limit(MAX_CANDIDATES).toList();
        List<SentenceSimilarity.Pair> texts = candidates.stream()
                .map(p -> new SentenceSimilarity.Pair(text(items.get(p.a())), text(items.get(p.b())))).toList();
        double[] scores = texts.isEmpty() ? new double[0] : similarity.similarities(texts);
        Set<Long> out = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            TermVectors.Pair p = candidates.get(i);
            if (scores[i] >= PARAPHRASE_THRESHOLD && !figures.get(p.a()).contradict(figures.get(p.b()))) {
                out.add(key(candidates.get(i)));
            }
        }
        return out;
    }

    private static long key(TermVectors.Pair p) {
        return (long) p.a() << 32 | p.b();
    }

    private static String text(Item it) {
        return it.sentence().span().of(it.coverage().article().text());
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

    private Finding finding(List<Item> items, TermVectors vectors, List<Integer> group, Set<Long> byMeaning) {
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
                "sentences share specific words (weighted overlap >= " + THRESHOLD + ")" + meaning(items, group, byMeaning)
                        + "; representative: " + central.coverage().id());
    }

    /** Which members were joined by meaning rather than words, for the rationale; empty when none. */
    private static String meaning(List<Item> items, List<Integer> group, Set<Long> byMeaning) {
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < group.size() && !byMeaning.isEmpty(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                if (byMeaning.contains((long) group.get(i) << 32 | group.get(j))) {
                    joined.add(items.get(group.get(i)).coverage().id() + "~" + items.get(group.get(j)).coverage().id());
                }
            }
        }
        return joined.isEmpty() ? "" : " or alike in meaning (similarity >= " + PARAPHRASE_THRESHOLD + ": "
                + String.join(", ", joined) + ")";
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
