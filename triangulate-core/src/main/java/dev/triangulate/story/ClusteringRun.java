package dev.triangulate.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The online assignment core, shared by the batch ({@link OnlineClusterer}) and the stream
 * ({@link StoryStream}): each article, in the order offered, joins the best-scoring live story at or
 * above the join threshold or starts a new one; a story that the article also matches is merged in
 * when the two centroids agree. Candidate stories are found through an inverted index from centroid
 * features to stories ({@link StoryIndex}), queried with the article's strongest features, so the
 * cost per article is bounded by the settings, not by the run's size. Stories whose newest member falls out of the time
 * window leave the index (found through a queue ordered by that date, not by scanning every story).
 *
 * <p>A batch run keeps every draft for the result and may end with a reassignment pass. A streaming
 * run keeps only live drafts: a draft that leaves the index is closed and handed out by
 * {@link #drainClosed}; an undated draft closes a window after the stream's clock last touched it.
 * Both split a story that holds two events of one kind ({@link Bisection}): the batch after its
 * online pass, the stream as the story closes (so the cost is paid once per story, linear in its members).
 *
 * <p>Mutable; one instance per call or stream, confined to one thread.
 */
final class ClusteringRun {

    private static final int SWEEP_EVERY = 256;
    private static final int MAX_POSTING = 512;
    /** How deep a story's parts are split again: a story rarely holds more than a few events. */
    private static final int SPLIT_DEPTH = 2;

    private final ClusterSettings settings;
    private final Bisection bisection;
    private final boolean streaming;
    private final List<StoryDraft> drafts = new ArrayList<>();
    private final StoryIndex index = new StoryIndex(MAX_POSTING);
    private final PriorityQueue<Due> queue = new PriorityQueue<>();
    private final List<StoryDraft> closed = new ArrayList<>();
    private LocalDate clock;
    private int sinceSweep;
    private int serials;

    private ClusteringRun(ClusterSettings settings, boolean streaming, Bisection bisection) {
        this.settings = settings;
        this.bisection = bisection;
        this.streaming = streaming;
    }

    static ClusteringRun batch(ClusterSettings settings) {
        return batch(settings, Bisection.defaults());
    }

    /** A batch run that tells the events of one story apart with {@code bisection} (for tuning). */
    static ClusteringRun batch(ClusterSettings settings, Bisection bisection) {
        return new ClusteringRun(settings, false, bisection);
    }

    static ClusteringRun streaming(ClusterSettings settings) {
        return new ClusteringRun(settings, true, Bisection.defaults());
    }

    /** Where one article went: the story it is in, whether it opened it, and stories merged into it. */
    record Placement(StoryDraft story, boolean opened, List<StoryDraft> absorbed) {
    }

    /** Batch: assigns every profile in the order given, then reassigns; returns the surviving drafts. */
    List<StoryDraft> assign(List<Profile> profiles) {
        for (Profile p : profiles) {
            offer(p);
        }
        splitEvents();
        if (settings.reassignMargin() < 1) {
            reassign();
        }
        return drafts.stream().filter(d -> !d.merged).toList();
    }

    /**
     * Stream: the drafts closed since the last call, by closing date then opening order; a draft that
     * holds two events comes out as its parts (the part with its first article keeps its id).
     */
    List<StoryDraft> drainClosed() {
        List<StoryDraft> out = new ArrayList<>(closed.size());
        closed.forEach(d -> out.addAll(divide(d)));
        closed.clear();
        return out;
    }

    /** Batch: replaces every story that holds two events of one kind by its parts, before reassignment moves members. */
    private void splitEvents() {
        for (StoryDraft d : List.copyOf(drafts)) {
            List<StoryDraft> parts = d.merged ? List.of(d) : divide(d);
            if (parts.size() > 1) {
                unindex(d);
                d.merged = true; // replaced by its parts: it leaves the result like a merged draft
                parts.forEach(part -> {
                    drafts.add(part);
                    index(part);
                });
            }
        }
    }

    /** The draft as one story per event it holds: itself, or its parts, the first keeping its serial. */
    private List<StoryDraft> divide(StoryDraft d) {
        return bisection.divide(d, SPLIT_DEPTH, () -> serials++, settings);
    }

    /** Stream: closes every draft not yet handed out, those already closed first, then the live ones oldest first. */
    List<StoryDraft> closeAll() {
        List<StoryDraft> live = index.stories();
        live.sort(Comparator.comparingInt(d -> d.serial));
        live.forEach(this::unindex);
        List<StoryDraft> out = new ArrayList<>(drainClosed());
        live.forEach(d -> out.addAll(divide(d)));
        queue.clear();
        return out;
    }

    int liveStories() {
        return index.size();
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

    /** Places one article: joins the best live story (merging those it bridges) or opens one. */
    Placement offer(Profile p) {
        advanceClock(p);
        List<Scored> scored = score(p, candidates(p));
        if (scored.isEmpty() || scored.get(0).similarity < settings.joinThreshold()) {
            StoryDraft fresh = new StoryDraft(serials++);
            if (!streaming) {
                drafts.add(fresh);
            }
            fresh.add(p, settings.centroidTerms(), settings.exemplars());
            place(fresh);
            return new Placement(fresh, true, List.of());
        }
        StoryDraft best = scored.get(0).draft;
        best.add(p, settings.centroidTerms(), settings.exemplars());
        List<StoryDraft> absorbed = new ArrayList<>(0);
        for (Scored other : scored.subList(1, scored.size())) {
            if (other.similarity >= settings.joinThreshold()
                    && best.centroid.cosine(other.draft.centroid) >= settings.mergeThreshold()) {
                unindex(other.draft);
                best.absorb(other.draft, settings.centroidTerms(), settings.exemplars());
                absorbed.add(other.draft);
            }
        }
        place(best);
        return new Placement(best, false, absorbed);
    }

    /** Indexes a draft that just gained members and queues it to close when its window has passed. */
    private void place(StoryDraft d) {
        index(d);
        d.touched = clock;
        LocalDate due = closingDate(d);
        if (due != null && !due.equals(d.queued)) {
            d.queued = due;
            queue.add(new Due(due, d));
        }
    }

    /** The date a draft's window counts from: its newest member's; a stream's undated draft, the clock's. */
    private LocalDate closingDate(StoryDraft d) {
        if (!streaming || d.touched == null) {
            return d.last;
        }
        return d.last == null || d.touched.isAfter(d.last) ? d.touched : d.last;
    }

    /** Live stories sharing the article's strongest features, most promising first. */
    private List<StoryDraft> candidates(Profile p) {
        return index.candidates(p.vector(), settings.queryTerms(), settings.candidates());
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
        index.index(d);
    }

    private void unindex(StoryDraft d) {
        index.unindex(d);
    }

    /**
     * The batch is in date order, so a story whose newest member is out of the window never matches
     * again; a stream treats its clock (the latest date seen) the same way. Queue entries whose draft
     * has since gained a later date, merged or closed are stale and skipped.
     */
    private void advanceClock(Profile p) {
        if (p.date() != null && (clock == null || p.date().isAfter(clock))) {
            clock = p.date();
        }
        // the batch sweeps in steps (its results were tuned so); a stream closes stories as soon as they are due
        if (++sinceSweep < (streaming ? 1 : SWEEP_EVERY) || clock == null) {
            return;
        }
        sinceSweep = 0;
        LocalDate horizon = clock.minusDays(settings.windowDays());
        while (!queue.isEmpty() && queue.peek().date().isBefore(horizon)) {
            StoryDraft d = queue.poll().draft();
            if (index.contains(d) && d.queued != null && d.queued.isBefore(horizon)) {
                unindex(d);
                if (streaming) {
                    closed.add(d);
                }
            }
        }
    }

    private record Scored(StoryDraft draft, double similarity) {
    }

    /** A draft due to close once the horizon passes {@code date}; ties by opening order, so closing is deterministic. */
    private record Due(LocalDate date, StoryDraft draft) implements Comparable<Due> {
        @Override
        public int compareTo(Due o) {
            int c = date.compareTo(o.date);
            return c != 0 ? c : Integer.compare(draft.serial, o.draft.serial);
        }
    }
}
