package dev.triangulate.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Joins sentences into groups pair by pair, strongest pair first, never letting a group hold two
 * sentences of one article: a pair whose groups share an article is passed over.
 *
 * <p>Groups keep the set of their articles, the smaller group is merged into the larger, and two groups
 * found to share an article are remembered (groups only grow, so they always will), so a story with
 * millions of similar pairs is grouped in time close to linear in the pairs. Not thread-safe: one
 * instance per grouping.
 */
final class SentenceGroups {

    private final int[] articleOf;
    private final int[] groupOf;
    private final List<List<Integer>> members = new ArrayList<>();
    private final List<Set<Integer>> articles = new ArrayList<>();
    private final Set<Long> apart = new HashSet<>();

    /** {@code articleOf[i]}: the article of sentence {@code i}. */
    SentenceGroups(int[] articleOf) {
        this.articleOf = articleOf;
        this.groupOf = new int[articleOf.length];
        java.util.Arrays.fill(groupOf, -1);
    }

    /** The groups of two or more the pairs make, each in ascending order, ordered by their first sentence. */
    List<List<Integer>> group(List<TermVectors.Pair> strongestFirst) {
        for (TermVectors.Pair p : strongestFirst) {
            join(p.a(), p.b());
        }
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> g : members) {
            if (g != null && g.size() > 1) {
                List<Integer> sorted = new ArrayList<>(g);
                sorted.sort(null);
                out.add(sorted);
            }
        }
        out.sort(Comparator.comparingInt(g -> g.get(0)));
        return out;
    }

    private void join(int a, int b) {
        int ga = groupOf[a] >= 0 ? groupOf[a] : single(a);
        int gb = groupOf[b] >= 0 ? groupOf[b] : single(b);
        if (ga == gb) {
            return;
        }
        long key = (long) Math.min(ga, gb) << 32 | Math.max(ga, gb);
        if (apart.contains(key)) {
            return;
        }
        if (shareArticle(articles.get(ga), articles.get(gb))) {
            apart.add(key);
            return;
        }
        int into = members.get(ga).size() >= members.get(gb).size() ? ga : gb;
        int from = into == ga ? gb : ga;
        for (int i : members.get(from)) {
            groupOf[i] = into;
        }
        members.get(into).addAll(members.get(from));
        articles.get(into).addAll(articles.get(from));
        members.set(from, null);
        articles.set(from, null);
    }

    /** A new group of one sentence. */
    private int single(int i) {
        groupOf[i] = members.size();
        members.add(new ArrayList<>(List.of(i)));
        articles.add(new HashSet<>(Set.of(articleOf[i])));
        return groupOf[i];
    }

    private static boolean shareArticle(Set<Integer> x, Set<Integer> y) {
        Set<Integer> small = x.size() <= y.size() ? x : y;
        Set<Integer> large = small == x ? y : x;
        for (int a : small) {
            if (large.contains(a)) {
                return true;
            }
        }
        return false;
    }
}
