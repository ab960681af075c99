package dev.triangulate.reconcile;

import dev.triangulate.model.Comparison;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Entity;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.Finding;
import dev.triangulate.model.Story;
import dev.triangulate.model.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reconciles a story: links its entities across articles, turns quantities and dates into claims and
 * aligns them ({@link FactAligner}), groups shared quotes ({@link QuoteAligner}) and paraphrased
 * statements ({@link StatementAligner}), then orders the findings: conflicts first, then
 * corroborated findings by number of independent sources, then single-source ones.
 *
 * <pre>{@code
 * Reconciler r = new FactReconciler(new EntityLinker()::link);
 * Comparison c = r.reconcile(story);
 * }</pre>
 *
 * Immutable and thread-safe when the linker (and the sentence similarity, if any) is.
 */
public final class FactReconciler implements Reconciler {

    private final Function<List<Coverage>, List<Entity>> linker;
    private final Cues cues = Cues.ENGLISH;
    private final SentenceSimilarity similarity;

    public FactReconciler(Function<List<Coverage>, List<Entity>> linker) {
        this.linker = linker;
        this.similarity = null;
    }

    /** With a sentence-meaning signal for paraphrased statements ({@link SentenceSimilarity}). */
    public FactReconciler(Function<List<Coverage>, List<Entity>> linker, SentenceSimilarity similarity) {
        this.linker = linker;
        this.similarity = java.util.Objects.requireNonNull(similarity, "similarity");
    }

    @Override
    public Comparison reconcile(Story whole) {
        Story story = withoutCopies(whole);
        List<Entity> entities = linker.apply(story.members());
        EntityIndex index = new EntityIndex(entities);
        Independence independence = new Independence(story, Attribution.ENGLISH);
        List<Finding> findings = new ArrayList<>();
        findings.addAll(new FactAligner(story).align(new ClaimFactory(cues).claims(story, index, independence)));
        findings.addAll(new QuoteAligner(story, index).align());
        Polarity polarity = new Polarity(cues);
        new StatementAligner(cues, similarity).align(story).forEach(f -> findings.add(polarity.judge(f)));
        findings.replaceAll(independence::recount);
        return new Comparison(story.id(), entities, numbered(ordered(story, findings)));
    }

    /**
     * The story without its syndicated copies: a copy says what its original says and counts once, so
     * aligning it again would add nothing but cost (alignment is quadratic in a story's claims).
     */
    static Story withoutCopies(Story story) {
        if (story.copyOf().isEmpty()) {
            return story;
        }
        List<Coverage> originals = story.members().stream().filter(c -> !story.copyOf().containsKey(c.id())).toList();
        return new Story(story.id(), story.title(), story.keywords(), originals, Map.of());
    }

    private static List<Finding> ordered(Story story, List<Finding> findings) {
        Map<String, Integer> articleOrder = new HashMap<>();
        for (Coverage c : story.members()) {
            articleOrder.put(c.id(), articleOrder.size());
        }
        Comparator<Finding> byPosition = Comparator.comparingLong(f -> position(f, articleOrder));
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(FactReconciler::rank)
                .thenComparing(Comparator.comparingInt(FactReconciler::sources).reversed())
                .thenComparing(f -> f.kind().ordinal())
                .thenComparing(byPosition));
        return sorted;
    }

    private static int rank(Finding f) {
        return switch (f.verdict()) {
            case Verdict.Conflicting c -> 0;
            case Verdict.Corroborated c -> 1;
            case Verdict.SingleSource s -> 2;
        };
    }

    /** Independent sources: the count a corroboration carries, one otherwise. */
    static int sources(Finding f) {
        return f.verdict() instanceof Verdict.Corroborated c ? c.independentSources() : 1;
    }

    private static long position(Finding f, Map<String, Integer> articleOrder) {
        Evidence e = f.evidence().isEmpty() ? null : f.evidence().get(0);
        return e == null ? Long.MAX_VALUE : (long) articleOrder.getOrDefault(e.article(), 0) << 32 | e.span().start();
    }

    private static List<Finding> numbered(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            out.add(new Finding("f" + (out.size() + 1), f.kind(), f.subject(), f.attribute(), f.statement(),
                    f.verdict(), f.evidence(), f.rationale()));
        }
        return out;
    }
}
