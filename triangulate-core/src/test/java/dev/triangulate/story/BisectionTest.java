package dev.triangulate.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BisectionTest {

    /**
     * Features 1-3 are the kind both events share; 100+ and 200+ are each event's own; 1000+ are one
     * report's. Every feature counts as naming the event (a named thing, a number).
     */
    private static Profile report(int order, String id, int... features) {
        int[] ids = features.clone();
        java.util.Arrays.sort(ids);
        return report(order, id, ids, ids);
    }

    /** A report whose features below 100 and from 1000 up are words; the rest name the event. */
    private static Profile wordsAndNames(int order, String id, int... features) {
        int[] ids = features.clone();
        java.util.Arrays.sort(ids);
        return report(order, id, ids, java.util.Arrays.stream(ids).filter(f -> f >= 100 && f < 1000).toArray());
    }

    private static Profile report(int order, String id, int[] ids, int[] identity) {
        double[] w = new double[ids.length];
        java.util.Arrays.fill(w, 1.0);
        long[] mask = new long[(ids.length + 63) / 64];
        for (int i = 0; i < ids.length; i++) { // ids are sorted, as the vector's entries are
            if (java.util.Arrays.binarySearch(identity, ids[i]) >= 0) {
                mask[i >>> 6] |= 1L << i;
            }
        }
        return new Profile(order, id, "", null, SparseVector.of(ids, w).unit(), new long[0], 0, mask);
    }

    private static List<Profile> twoEvents() {
        List<Profile> out = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            out.add(report(2 * i, "a" + i, 1, 2, 3, 101, 102, 103, 104, 1000 + i, 1100 + i % 3));
            out.add(report(2 * i + 1, "b" + i, 1, 2, 3, 201, 202, 203, 204, 2000 + i, 1100 + (i + 1) % 3));
        }
        return out;
    }

    @Test
    void tellsApartTwoEventsThatShareTheirKindWords() {
        Bisection.Split split = Bisection.defaults().split(twoEvents());
        assertNotNull(split);
        Set<Character> first = split.first().stream().map(p -> p.id().charAt(0)).collect(Collectors.toSet());
        Set<Character> second = split.second().stream().map(p -> p.id().charAt(0)).collect(Collectors.toSet());
        assertEquals(1, first.size());
        assertEquals(1, second.size());
        assertEquals(2, Bisection.defaults().parts(twoEvents(), 2).size());
    }

    @Test
    void keepsOneEventWhoseReportsDifferOnlyInPassing() {
        List<Profile> one = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            // each report shares the event's words and a few details with some of the others, none with a half
            one.add(report(i, "r" + i, 1, 2, 3, 101, 102, 300 + i % 4, 400 + i % 5, 500 + i % 3, 1000 + i));
        }
        assertNull(Bisection.defaults().split(one));
        assertEquals(1, Bisection.defaults().parts(one, 2).size());
    }

    @Test
    void toleratesALaterReportThatRecallsTheEarlierEvent() {
        List<Profile> reports = new ArrayList<>(twoEvents());
        reports.set(1, report(1, "b0", 1, 2, 3, 101, 201, 202, 203, 204, 2000, 1101)); // names event a's 101 too
        Bisection.Split split = Bisection.defaults().split(reports);
        assertNotNull(split);
        assertEquals(7, split.first().size());
    }

    @Test
    void keepsHalvesThatDifferOnlyInWords() {
        List<Profile> reports = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // each half has its own words (1000+), but both name the same things (100-103)
            reports.add(wordsAndNames(2 * i, "a" + i, 1, 2, 100, 101, 102, 103, 1001, 1002, 1003, 1004));
            reports.add(wordsAndNames(2 * i + 1, "b" + i, 1, 2, 100, 101, 102, 103, 2001, 2002, 2003, 2004));
        }
        assertNull(Bisection.defaults().split(reports));
    }

    @Test
    void neverSplitsAStoryTooSmallForTwoHalves() {
        assertNull(Bisection.defaults().split(twoEvents().subList(0, 10)));
    }
}
