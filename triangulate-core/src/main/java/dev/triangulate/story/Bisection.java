package dev.triangulate.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells whether one story holds two events of one kind, and which members belong to which. Two
 * earthquakes on one island years apart share the kind words and the place; the reports of each
 * also name what only their own event has (its date, its villages, its toll, its opponent). So the
 * members are compared in a contrast space: a feature's weight is scaled by its rarity among the
 * story's own members, so what all of them share counts for nothing and what only some share counts most.
 *
 * <p>The split is the principal direction of the members in that space (power iteration, so linear
 * in the members' features), refined by two-means. It is kept only when each half has at least
 * {@code minHalf} members and its own signature: at least {@code minSignature} identity features
 * ({@link Profile#identity}: named things, numbers, counted quantities) that at least
 * {@code signatureShare} of its members carry and at most {@code leak} of the other half's members do.
 * Two events of one kind each have their own participants, places, tolls and years; a story of one
 * event splits somewhere too, but its halves name the same participants, and differ in words. A
 * little leak is allowed because the reports of the later event often recall the earlier one.
 *
 * <p>Cost: O(steps x the members' features), memory O(the members' features); no pair of members is
 * compared directly. Immutable and thread-safe.
 */
final class Bisection {

    private static final int POWER_STEPS = 30;
    private static final int MEANS_STEPS = 10;

    private final int minHalf;
    private final int minSignature;
    private final double signatureShare;
    private final double leak;

    Bisection(int minHalf, int minSignature, double signatureShare, double leak) {
        this.minHalf = minHalf;
        this.minSignature = minSignature;
        this.signatureShare = signatureShare;
        this.leak = leak;
    }

    /** Tuned on the ECB+ development topics (see StoryEvalTest); a story of fewer than twelve members is never split. */
    static Bisection defaults() {
        return new Bisection(6, 3, 0.5, 0.15);
    }

    /**
     * The members in one part, or in several when the story holds more than one event: each part
     * that passes is split again, at most {@code depth} times deep. Parts keep the members' order.
     */
    List<List<Profile>> parts(List<Profile> members, int depth) {
        Split s = depth > 0 ? split(members) : null;
        if (s == null) {
            return List.of(members);
        }
        List<List<Profile>> out = new ArrayList<>(parts(s.first, depth - 1));
        out.addAll(parts(s.second, depth - 1));
        return out;
    }

    /**
     * The draft as one draft per event it holds: itself when it holds one, else fresh drafts, the one
     * with its first member keeping its serial and the others taking new ones from {@code serials}.
     */
    List<StoryDraft> divide(StoryDraft d, int depth, java.util.function.IntSupplier serials, ClusterSettings settings) {
        List<List<Profile>> parts = parts(d.members, depth);
        if (parts.size() < 2) {
            return List.of(d);
        }
        int first = d.firstOrder();
        List<StoryDraft> out = new ArrayList<>(parts.size());
        for (List<Profile> part : parts) {
            boolean keeps = part.stream().anyMatch(p -> p.order() == first);
            StoryDraft fresh = new StoryDraft(keeps ? d.serial : serials.getAsInt());
            part.stream().sorted(java.util.Comparator.comparingInt(Profile::order))
                    .forEach(p -> fresh.add(p, settings.centroidTerms(), settings.exemplars()));
            out.add(fresh);
        }
        out.sort(java.util.Comparator.comparingInt(x -> x.serial));
        return out;
    }

    /** The two halves; each is non-empty. */
    record Split(List<Profile> first, List<Profile> second) {
    }

    /** The split of {@code members} when it passes, else {@code null}. */
    Split split(List<Profile> members) {
        Split s = propose(members);
        return s != null && Math.min(s.first.size(), s.second.size()) >= minHalf
                && signature(s.first, s.second) >= minSignature && signature(s.second, s.first) >= minSignature
                ? s : null;
    }

    /** The best split found, whether or not it passes; {@code null} when there is nothing to split. */
    Split propose(List<Profile> members) {
        int n = members.size();
        if (n < Math.max(2, 2 * minHalf)) {
            return null;
        }
        Rows x = Rows.contrast(members);
        if (x.columns == 0) {
            return null;
        }
        boolean[] side = x.principalSides(POWER_STEPS);
        x.refine(side, MEANS_STEPS);
        List<Profile> a = new ArrayList<>();
        List<Profile> b = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            (side[i] ? a : b).add(members.get(i));
        }
        return a.isEmpty() || b.isEmpty() ? null : new Split(a, b);
    }

    /**
     * How many identity features at least {@code signatureShare} of {@code half} (and two members) carry
     * and at most {@code leak} of {@code other} does.
     */
    private int signature(List<Profile> half, List<Profile> other) {
        Map<Integer, Integer> counts = identityCounts(half);
        Map<Integer, Integer> elsewhere = identityCounts(other);
        int need = Math.max(2, (int) Math.ceil(signatureShare * half.size()));
        double allowed = leak * other.size();
        int found = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            found += e.getValue() >= need && elsewhere.getOrDefault(e.getKey(), 0) <= allowed ? 1 : 0;
        }
        return found;
    }

    private static Map<Integer, Integer> identityCounts(List<Profile> members) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Profile p : members) {
            for (int i = 0; i < p.vector().size(); i++) {
                if (p.names(i)) {
                    counts.merge(p.vector().id(i), 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
