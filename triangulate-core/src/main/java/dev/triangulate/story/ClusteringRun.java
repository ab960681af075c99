package dev.triangulate.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The online assignment of one {@code cluster} call: each article, in processing order, joins the
 * best-scoring live story at or above the join threshold or starts a new one; a story that the
 * article also matches is merged in when the two centroids agree. Candidate stories are found
 * through an inverted index from centroid features to stories, queried with the article's
 * strongest features, so the cost per article is bounded by the settings, not by the run's size.
 * Stories whose newest dated member falls out of the time window leave the index.
 *
 * <p>Mutable; one instance per call, confined to the calling thread.
 */
final class ClusteringRun {

    private static final int SWEEP_EVERY = 256;
    private static final int MAX_POSTING = 512;

    private final ClusterSettings settings;
    private final List<StoryDraft> drafts = new ArrayList<>();
    private final Map<Integer, Set<StoryDraft>> postings = new HashMap<>();
    private final Map<StoryDraft, int[]> indexed = new HashMap<>();
    private java.time.LocalDate clock;
    private int sinceSweep;

    ClusteringRun(ClusterSettings settings) {
        this.settings = settings;
    }

    /** Assigns every profile, in the order given; returns the surviving drafts. */
    List<StoryDraft> assign(List<Profile> profiles) {
        for (Profile p : profiles) {
            assign(p);
        }
        if (settings.reassignMargin() < 1) {
            reassign();
        }
        return drafts.stream().filter(d -> !d.merged).toList();
    }

    /**
     * One pass over every story's members, oldest story first: an article scored against its own story
     * without itself moves to the candidate story that beats that by the margin. Early articles joined
     * stories that had not yet shown what they were about; this lets them follow the evidence that came later.
     */
    private void reassign() {
        for (StoryDraft home : List.copyOf(drafts)) {
            if (home.merged) {
                continue;
            }
            for (Profile p : List.copyOf(home.members)) {
                double own = home.members.size() < 2 ? 0 : home.closenessWithout(p, settings.neighbours());
                Scored best = null;
                for (Scored s : score(p, candidates(p))) {
                    if (s.draft != home && (best == null || s.similarity > best.similarity)) {
                        best = s;
                    }
                }
                if (best != null && best.similarity >= settings.joinThreshold()
                        && best.similarity > own + settings.reassignMargin()) {
                    home.remove(p, settings.centroidTerms());
                    best.draft.add(p, settings.centroidTerms(), settings.exemplars());
                    index(best.draft);
                    if (home.members.isEmpty()) {
                        unindex(home);
                        home.merged = true; // emptied: it leaves the result like a merged draft
                    } else {
                        index(home);
                    }
                }
            }
        }
    }

    private void assign(Profile p) {
        advanceClock(p);
        List<Scored> scored = score(p, candidates(p));
        if (scored.isEmpty() || scored.get(0).similarity < settings.joinThreshold()) {
            StoryDraft fresh = new StoryDraft(drafts.size());
            drafts.add(fresh);
            fresh.add(p, settings.centroidTerms(), settings.exemplars());
            index(fresh);
            return;
        }
        StoryDraft best = scored.get(0).draft;
        best.add(p, settings.centroidTerms(), settings.exemplars());
        for (Scored other : scored.subList(1, scored.size())) {
            if (other.similarity >= settings.joinThreshold()
                    && best.centroid.cosine(other.draft.centroid) >= settings.mergeThreshold()) {
                unindex(other.draft);
                best.absorb(other.draft, settings.centroidTerms(), settings.exemplars());
            }
        }
        index(best);
    }

    /** Live stories sharing the article's strongest features, most promising first. */
    private List<StoryDraft> candidates(Profile p) {
        Map<StoryDraft, Double> votes = new LinkedHashMap<>();
        SparseVector v = p.vector();
        Integer[] order = v.byWeight();
        for (int i = 0; i < Math.min(order.length, settings.queryTerms()); i++) {
            double w = v.weight(order[i]);
            Set<StoryDraft> posted = postings.getOrDefault(v.id(order[i]), Set.of());
            if (posted.size() > MAX_POSTING) {
                continue; // a feature this many live stories share cannot single out candidates; it only costs
            }
            for (StoryDraft d : posted) {
                votes.merge(d, w, Double::sum);
            }
        }
        return votes.entrySet().stream()
                .sorted(Map.Entry.<StoryDraft, Double>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().serial))
                .limit(settings.candidates())
                .map(Map.Entry::getKey)
                .toList();
    }

    private List<Scored> score(Profile p, List<StoryDraft> candidates) {
        List<Scored> out = new ArrayList<>();
        for (StoryDraft d : candidates) {
            long gap = d.gapDays(p.date());
            if (gap > settings.windowDays()) {
                continue;
            }
            double decay = gap <= 0 ? 1 : Math.pow(0.5, gap / settings.halfLifeDays());
            if (gap < 0 && d.disagreesOnYear(p.year())) {
                decay *= settings.yearMismatch(); // no publication dates: the stated year is the clock
            }
            out.add(new Scored(d, d.closeness(p.vector(), settings.neighbours()) * decay));
        }
        out.sort(Comparator.comparingDouble((Scored s) -> -s.similarity).thenComparingInt(s -> s.draft.serial));
        return out;
    }

    private void index(StoryDraft d) {
        unindex(d);
        int[] ids = new int[d.centroid.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = d.centroid.id(i);
            postings.computeIfAbsent(ids[i], k -> new LinkedHashSet<>()).add(d);
        }
        indexed.put(d, ids);
    }

    private void unindex(StoryDraft d) {
        int[] ids = indexed.remove(d);
        if (ids == null) {
            return;
        }
        for (int id : ids) {
            Set<StoryDraft> set = postings.get(id);
            set.remove(d);
            if (set.isEmpty()) {
                postings.remove(id);
            }
        }
    }

    /** Input is in date order, so a story whose newest member is out of the window never matches again. */
    private void advanceClock(Profile p) {
        if (p.date() != null && (clock == null || p.date().isAfter(clock))) {
            clock = p.date();
        }
        if (++sinceSweep < SWEEP_EVERY || clock == null) {
            return;
        }
        sinceSweep = 0;
        java.time.LocalDate horizon = clock.minusDays(settings.windowDays());
        for (StoryDraft d : List.copyOf(indexed.keySet())) {
            if (d.last != null && d.last.isBefore(horizon)) {
                unindex(d);
            }
        }
    }

    private record Scored(StoryDraft draft, double similarity) {
    }
}
