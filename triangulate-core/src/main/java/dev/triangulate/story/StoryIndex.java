package dev.triangulate.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The candidate search of a {@link ClusteringRun}: an inverted index from centroid features to the
 * live stories holding them, and the vote that picks the stories worth scoring for an article.
 *
 * <p>Each indexed story holds a small integer slot (reused once it leaves), so the postings are int
 * lists and the tally of one article's votes is a primitive array indexed by slot: a vote costs an
 * array read and an array write, not a walk through set nodes and a write to the story object; each
 * story knows where in each list it stands, so leaving a list costs the same however long it is. The
 * votes are the same as a story-keyed tally: the stories sharing the article's strongest features,
 * each feature adding its weight in the article, features held by more than {@code maxPosting}
 * stories skipped (they cannot single out candidates), the {@code k} highest tallies kept, ties to
 * the older story. Which stories are listed, not the order of a list, decides the result.
 *
 * <p>Mutable; one per run, confined to its thread.
 */
final class StoryIndex {

    private static final int[] NONE = new int[0];

    private final int maxPosting;
    private final Postings postings = new Postings();
    private StoryDraft[] drafts = new StoryDraft[256];
    private int[] serials = new int[256];
    private double[] votes = new double[256];
    private int[] ballots = new int[256];
    private int[] voted = new int[256];
    private int[] free = new int[256];
    private int freeCount;
    private int slotsUsed;
    private int live;
    private int ballot;

    StoryIndex(int maxPosting) {
        this.maxPosting = maxPosting;
    }

    /** Stories indexed now. */
    int size() {
        return live;
    }

    boolean contains(StoryDraft d) {
        return d.slot >= 0;
    }

    /** The indexed stories, in no particular order. */
    List<StoryDraft> stories() {
        List<StoryDraft> out = new ArrayList<>(live);
        for (int s = 0; s < slotsUsed; s++) {
            if (drafts[s] != null) {
                out.add(drafts[s]);
            }
        }
        return out;
    }

    /** Points the postings at the draft's current centroid terms, touching only the terms that changed. */
    void index(StoryDraft d) {
        if (d.slot < 0) {
            d.slot = allocate(d);
            d.postedTerms = NONE;
            d.postedAt = NONE;
        }
        int[] before = d.postedTerms;
        int[] after = new int[d.centroid.size()];
        for (int i = 0; i < after.length; i++) {
            after[i] = d.centroid.id(i); // a centroid is sorted by id, so both arrays are
        }
        for (int k = 0; k < before.length; k++) {
            if (Arrays.binarySearch(after, before[k]) < 0) {
                unpost(before[k], d.postedAt[k]);
            }
        }
        int[] at = new int[after.length];
        for (int k = 0; k < after.length; k++) {
            int was = Arrays.binarySearch(before, after[k]);
            at[k] = was >= 0 ? d.postedAt[was] : postings.add(after[k], d.slot);
        }
        d.postedTerms = after;
        d.postedAt = at;
    }

    void unindex(StoryDraft d) {
        if (d.slot < 0) {
            return;
        }
        for (int k = 0; k < d.postedTerms.length; k++) {
            unpost(d.postedTerms[k], d.postedAt[k]);
        }
        drafts[d.slot] = null;
        free[freeCount++] = d.slot;
        d.slot = -1;
        d.postedTerms = NONE;
        d.postedAt = NONE;
        live--;
    }

    /** Removes one posting; the story whose posting moved into its place learns its new position. */
    private void unpost(int term, int position) {
        int moved = postings.remove(term, position);
        if (moved >= 0) {
            StoryDraft m = drafts[moved];
            m.postedAt[Arrays.binarySearch(m.postedTerms, term)] = position;
        }
    }

    /** Up to {@code k} indexed stories sharing the vector's strongest {@code queryTerms} features, most votes first. */
    List<StoryDraft> candidates(SparseVector v, int queryTerms, int k) {
        int b = ++ballot;
        int n = 0;
        int[] order = v.heaviestFirst();
        for (int i = 0; i < Math.min(order.length, queryTerms); i++) {
            int id = v.id(order[i]);
            int size = postings.size(id);
            if (size > maxPosting) {
                continue; // a feature this many live stories share cannot single out candidates; it only costs
            }
            double w = v.weight(order[i]);
            int[] slots = postings.slots(id);
            for (int j = 0; j < size; j++) {
                int s = slots[j];
                if (ballots[s] != b) {
                    ballots[s] = b;
                    votes[s] = 0;
                    voted[n++] = s;
                }
                votes[s] += w;
            }
        }
        return mostVoted(n, k);
    }

    /** The {@code k} slots with the most votes (ties: the older story first), best first, without sorting them all. */
    private List<StoryDraft> mostVoted(int n, int k) {
        int[] best = new int[Math.min(k, n)];
        int held = 0;
        for (int x = 0; x < n; x++) {
            int s = voted[x];
            if (held == best.length && !ahead(s, best[held - 1])) {
                continue;
            }
            int j = held < best.length ? held++ : held - 1;
            while (j > 0 && ahead(s, best[j - 1])) {
                best[j] = best[j - 1];
                j--;
            }
            best[j] = s;
        }
        List<StoryDraft> out = new ArrayList<>(best.length);
        for (int s : best) {
            out.add(drafts[s]);
        }
        return out;
    }

    private boolean ahead(int a, int b) {
        int c = Double.compare(votes[b], votes[a]);
        return c != 0 ? c < 0 : serials[a] < serials[b];
    }

    private int allocate(StoryDraft d) {
        int s = freeCount > 0 ? free[--freeCount] : slotsUsed++;
        if (s == drafts.length) {
            int grown = drafts.length * 2;
            drafts = Arrays.copyOf(drafts, grown);
            serials = Arrays.copyOf(serials, grown);
            votes = Arrays.copyOf(votes, grown);
            ballots = Arrays.copyOf(ballots, grown);
            voted = Arrays.copyOf(voted, grown);
            free = Arrays.copyOf(free, grown);
        }
        drafts[s] = d;
        serials[s] = d.serial;
        ballots[s] = 0;
        live++;
        return s;
    }
}
