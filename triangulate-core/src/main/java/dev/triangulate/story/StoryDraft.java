package dev.triangulate.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A story while a run is still assigning articles: its members, a bounded centroid (the sum of the
 * members' unit vectors, cut to the strongest terms), the vectors of its most recent members, and
 * the span of its members' publication dates.
 * Mutable and confined to one run's thread.
 */
final class StoryDraft {

    final int serial;
    final List<Profile> members = new ArrayList<>();
    /** The most recent members' vectors: a story is as close as its closest few members. */
    final java.util.ArrayDeque<SparseVector> exemplars = new java.util.ArrayDeque<>();
    SparseVector centroid = SparseVector.EMPTY;
    final java.util.Map<Integer, Integer> years = new java.util.TreeMap<>();
    LocalDate first;
    LocalDate last;
    /** A stream's clock when an article last joined; a stream closes the story a window after it. */
    LocalDate touched;
    /** The date of this draft's newest entry in its run's closing queue, {@code null} when none. */
    LocalDate queued;
    boolean merged;
    /** The draft's slot in its run's {@link StoryIndex}, -1 while not indexed. */
    int slot = -1;
    /** The centroid features the index lists this draft under, sorted, and its position in each list. */
    int[] postedTerms;
    int[] postedAt;

    StoryDraft(int serial) {
        this.serial = serial;
    }

    void add(Profile p, int centroidTerms, int exemplarLimit) {
        members.add(p);
        exemplars.addLast(p.vector());
        if (exemplars.size() > exemplarLimit) {
            exemplars.removeFirst();
        }
        centroid = centroid.plus(p.vector()).top(centroidTerms);
        widen(p.date(), p.date());
        if (p.year() != 0) {
            years.merge(p.year(), 1, Integer::sum);
        }
    }

    void absorb(StoryDraft other, int centroidTerms, int exemplarLimit) {
        members.addAll(other.members);
        exemplars.addAll(other.exemplars);
        while (exemplars.size() > exemplarLimit) {
            exemplars.removeFirst();
        }
        centroid = centroid.plus(other.centroid).top(centroidTerms);
        widen(other.first, other.last);
        other.years.forEach((y, n) -> years.merge(y, n, Integer::sum));
        other.merged = true;
    }

    /** Takes a member out again: its vector leaves the centroid and the exemplars. */
    void remove(Profile p, int centroidTerms) {
        members.remove(p);
        exemplars.removeIf(e -> e == p.vector());
        centroid = centroid.plus(p.vector().scaled(-1)).positive().top(centroidTerms);
        if (p.year() != 0) {
            years.computeIfPresent(p.year(), (y, n) -> n > 1 ? n - 1 : null);
        }
    }

    /** {@link #closeness} of a member to the story without it; its own vector is left out. */
    double closenessWithout(Profile p, int k) {
        double[] sims = new double[exemplars.size()];
        int i = 0;
        for (SparseVector e : exemplars) {
            if (e != p.vector()) {
                sims[i++] = p.vector().cosine(e);
            }
        }
        if (i == 0) {
            return p.vector().cosine(centroid.plus(p.vector().scaled(-1)).positive());
        }
        return meanOfTop(java.util.Arrays.copyOf(sims, i), k);
    }

    /** Mean cosine of {@code v} with its {@code k} most similar exemplars. */
    double closeness(SparseVector v, int k) {
        double[] sims = new double[exemplars.size()];
        int i = 0;
        for (SparseVector e : exemplars) {
            sims[i++] = v.cosine(e);
        }
        return meanOfTop(sims, k);
    }

    /** The mean of the {@code k} largest values, summed smallest first (as a full sort would). */
    private static double meanOfTop(double[] sims, int k) {
        int take = Math.min(k, sims.length);
        double[] top = new double[take]; // ascending; kept by insertion, since k is small
        int held = 0;
        for (double s : sims) {
            if (held < take) {
                int j = held++;
                while (j > 0 && top[j - 1] > s) {
                    top[j] = top[j - 1];
                    j--;
                }
                top[j] = s;
            } else if (take > 0 && s > top[0]) {
                int j = 0;
                while (j + 1 < take && top[j + 1] < s) {
                    top[j] = top[j + 1];
                    j++;
                }
                top[j] = s;
            }
        }
        double sum = 0;
        for (double s : top) {
            sum += s;
        }
        return take == 0 ? 0 : sum / take;
    }

    /** Whether the members that state a year mostly state another one than {@code year}. */
    boolean disagreesOnYear(int year) {
        if (year == 0 || years.isEmpty()) {
            return false;
        }
        int total = 0;
        for (int n : years.values()) {
            total += n;
        }
        return years.getOrDefault(year, 0) * 2 < total;
    }

    int firstOrder() {
        int min = Integer.MAX_VALUE;
        for (Profile p : members) {
            min = Math.min(min, p.order());
        }
        return min;
    }

    /** Days between {@code date} and the members' date span: 0 inside it, -1 when either is unknown. */
    long gapDays(LocalDate date) {
        if (date == null || first == null) {
            return -1;
        }
        if (date.isBefore(first)) {
            return ChronoUnit.DAYS.between(date, first);
        }
        return date.isAfter(last) ? ChronoUnit.DAYS.between(last, date) : 0;
    }

    private void widen(LocalDate from, LocalDate to) {
        if (from == null) {
            return;
        }
        first = first == null || from.isBefore(first) ? from : first;
        last = last == null || to.isAfter(last) ? to : last;
    }
}
