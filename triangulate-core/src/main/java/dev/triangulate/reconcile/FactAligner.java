package dev.triangulate.reconcile;

import static dev.triangulate.reconcile.SameHappening.intersects;
import static dev.triangulate.reconcile.SameHappening.qualifiersAgree;
import static dev.triangulate.reconcile.SameHappening.quantityContext;
import static dev.triangulate.reconcile.SameHappening.sameMonths;
import static dev.triangulate.reconcile.SameHappening.sameScope;
import static dev.triangulate.reconcile.SameHappening.sharedContext;
import static dev.triangulate.reconcile.SameHappening.subjectless;
import static dev.triangulate.reconcile.SameHappening.unqualified;

import dev.triangulate.internal.DisjointSets;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.FactKind;
import dev.triangulate.model.Finding;
import dev.triangulate.model.Quantity;
import dev.triangulate.model.Story;
import dev.triangulate.model.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Aligns quantity and date claims into findings.
 *
 * <ol>
 *   <li>Claims are compared only within one key (same dimension and counted thing, or same kind of date).
 *       Counts of one kind ({@link CountedKinds}: "residents" and "people"; "Somali pirates" and
 *       "pirates") are aligned too, but only to agree: they join when equal and stated about the same
 *       happening, and never conflict.</li>
 *   <li>Two claims that may be compared ({@link #alignable}) and whose value intervals overlap state the
 *       same thing: their connected groups become candidate findings.</li>
 *   <li>Two groups conflict when some pair across them may be compared, does not overlap, is not
 *       hypothetical, and shares context (for quantities: a verb in each clause, the same one, a word of the
 *       clause beyond the subject or an owner entity, and the same months named or none; the subject near
 *       both dates for dates). Conflicting
 *       groups become one finding with one side per group.</li>
 *   <li>A measure or rating whose sentence does not say what it measures has an empty subject: it joins
 *       only a claim with the same predicate and two shared context words, never conflicts, and alone
 *       makes no finding.</li>
 * </ol>
 * Claims whose verbs name different happenings ({@link EventVerbs}: "killed", "injured") never join,
 * even under one key. Plain event dates (not start or end dates) only ever corroborate: too many different events share a
 * subject for a difference in their dates to mean a disagreement.
 */
final class FactAligner {

    private final Map<String, String> outlets = new HashMap<>();
    private final CountedKinds kinds;

    FactAligner(Story story) {
        this(story, CountedKinds.ENGLISH);
    }

    FactAligner(Story story, CountedKinds kinds) {
        this.kinds = kinds;
        for (var c : story.members()) {
            outlets.putIfAbsent(c.id(), c.article().outletOrId());
        }
    }

    List<Finding> align(List<Claim> claims) {
        Map<String, List<Claim>> byKey = new LinkedHashMap<>();
        for (Claim c : claims) {
            byKey.computeIfAbsent(kinds.kind(c.fact() instanceof Quantity ? unqualified(c.key()) : c.key()), k -> new ArrayList<>()).add(c);
        }
        List<Finding> out = new ArrayList<>();
        for (List<Claim> group : byKey.values()) {
            out.addAll(alignKey(group));
        }
        return out;
    }

    private List<Finding> alignKey(List<Claim> claims) {
        DisjointSets same = joinSame(claims);
        List<List<Claim>> groups = same.groups(claims);
        DisjointSets conflicts = new DisjointSets(groups.size());
        boolean eventDates = "date".equals(claims.get(0).attribute()); // one key, one attribute
        for (int a = 0; a < groups.size() && !eventDates; a++) {
            for (int b = a + 1; b < groups.size(); b++) {
                if (!conflicts.same(a, b) && conflict(groups.get(a), groups.get(b))) {
                    conflicts.join(a, b);
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (List<List<Claim>> sides : conflicts.groups(groups)) {
            Finding f = sides.size() > 1 ? conflicting(sides) : agreeing(sides.get(0));
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Joins the claims that may be compared and overlap. A pair already in one group cannot change the
     * grouping and is skipped; dates are only tried against dates sharing a subject key, without which
     * {@link #alignable} refuses them. The groups are those of trying every pair.
     */
    private static DisjointSets joinSame(List<Claim> claims) {
        DisjointSets same = new DisjointSets(claims.size());
        Map<String, List<Integer>> bySubject = new HashMap<>();
        boolean quantities = claims.get(0).fact() instanceof Quantity; // a key holds quantities or dates
        for (int i = 0; i < claims.size() && !quantities; i++) {
            for (String key : claims.get(i).subjects().keySet()) {
                bySubject.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        if (quantities) {
            joinOverlapping(claims, same);
            return same;
        }
        int[] triedBy = new int[claims.size()];
        java.util.Arrays.fill(triedBy, -1);
        for (int i = 0; i < claims.size(); i++) {
            for (String key : claims.get(i).subjects().keySet()) {
                for (int j : bySubject.get(key)) {
                    if (j > i && triedBy[j] != i) {
                        triedBy[j] = i;
                        tryJoin(claims, same, i, j);
                    }
                }
            }
        }
        return same;
    }

    /**
     * Quantities join only when their intervals overlap, so each is tried only against those that start
     * before it ends (a sweep over the claims ordered by lower end), not against every other claim.
     */
    private static void joinOverlapping(List<Claim> claims, DisjointSets same) {
        Integer[] order = new Integer[claims.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> claims.get(i).lo()));
        for (int x = 0; x < order.length; x++) {
            Claim a = claims.get(order[x]);
            for (int y = x + 1; y < order.length && claims.get(order[y]).lo() <= a.hi(); y++) {
                tryJoin(claims, same, Math.min(order[x], order[y]), Math.max(order[x], order[y]));
            }
        }
    }

    private static void tryJoin(List<Claim> claims, DisjointSets same, int i, int j) {
        Claim a = claims.get(i);
        Claim b = claims.get(j);
        if (!same.same(i, j) && a.compatibleWith(b) && alignable(a, b) && !EventVerbs.ENGLISH.differentClasses(a.predicate(), b.predicate())
                && (subjectless(a) ? quantityContext(a, b) && sharedContext(a, b) >= 2
                        : a.key().equals(b.key()) || qualifiersAgree(a, b) && quantityContext(a, b))) {
            same.join(i, j);
        }
    }

    /** Whether two claims of one key are about the same subject, so that their values may be compared. */
    static boolean alignable(Claim a, Claim b) {
        if (a.fact() instanceof Quantity) {
            return a.owners().isEmpty() || b.owners().isEmpty() || intersects(a.owners(), b.owners());
        }
        boolean shareSubject = intersects(a.subjects().keySet(), b.subjects().keySet());
        if (!"date".equals(a.attribute())) {
            return shareSubject;
        }
        return shareSubject && sharedContext(a, b) >= 2;
    }

    private static boolean conflict(List<Claim> left, List<Claim> right) {
        for (Claim a : left) {
            for (Claim b : right) {
                // cheapest tests first; all are side-effect free, so the order does not change the answer
                if (a.key().equals(b.key()) && !subjectless(a) && !a.compatibleWith(b) && !a.speculative() && !b.speculative() && !a.original().equals(b.original())
                        && !"date".equals(a.attribute()) && alignable(a, b)
                        && (a.fact() instanceof Quantity ? disputable(a, b) : true)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether two figures are stated about one happening firmly enough to dispute each other: both clauses
     * say what happened, in the same words (a figure with no verb of its own, "around 20 more people", may
     * count anyone), share context, name the same months and are both totals or neither.
     */
    static boolean disputable(Claim a, Claim b) {
        return a.predicate() != null && b.predicate() != null && quantityContext(a, b) && sameMonths(a, b)
                && sameScope(a, b);
    }

    private Finding agreeing(List<Claim> group) {
        Claim first = group.get(0);
        Set<String> originals = group.stream().map(Claim::original).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        if (originals.size() < 2 && (!(first.fact() instanceof Quantity) || subjectless(first))) {
            return null; // a date only one report gives belongs to the timeline; an unnamed measure says too little alone
        }
        Verdict verdict = originals.size() >= 2 ? new Verdict.Corroborated(originals.size())
                : new Verdict.SingleSource(first.article());
        String stated = group.stream().map(c -> c.evidence().text()).distinct().collect(Collectors.joining("; "));
        String statement = originals.size() >= 2
                ? capitalise(describe(first)) + ": " + stated + " — " + originals.size() + " independent reports agree (" + first.value() + ")."
                : capitalise(describe(first)) + ": " + stated + " — reported only by " + outlet(first.article()) + ".";
        return finding(first, statement, verdict, evidence(group), rationale(group, "values overlap"));
    }

    private Finding conflicting(List<List<Claim>> sides) {
        Claim first = sides.get(0).get(0);
        List<Verdict.Side> out = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        List<Evidence> all = new ArrayList<>();
        for (List<Claim> side : sides) {
            out.add(new Verdict.Side(side.get(0).value(), evidence(side)));
            all.addAll(evidence(side));
            String outlets = side.stream().map(c -> outlet(c.article())).distinct().collect(Collectors.joining(", "));
            parts.add("“" + side.get(0).evidence().text() + "” (" + outlets + ")");
        }
        String statement = "Reports disagree on the " + describe(first) + ": " + String.join(" vs ", parts) + ".";
        List<Claim> flat = sides.stream().flatMap(List::stream).toList();
        return finding(first, statement, new Verdict.Conflicting(out), all, rationale(flat, "value intervals do not overlap"));
    }

    private static Finding finding(Claim first, String statement, Verdict verdict, List<Evidence> evidence, String rationale) {
        FactKind kind = first.fact() instanceof Quantity ? FactKind.QUANTITY : FactKind.DATE;
        return new Finding("", kind, first.subject(), first.attribute(), statement, verdict, evidence, rationale);
    }

    private static String describe(Claim c) {
        if (c.fact() instanceof Quantity) {
            return c.subject().isEmpty() ? c.attribute() : ("count".equals(c.attribute()) ? "number of " : "") + c.subject();
        }
        if ("date".equals(c.attribute())) {
            return "date" + (c.subject().isEmpty() ? "" : " (" + c.subject() + ")");
        }
        return c.attribute() + (c.subject().isEmpty() ? "" : " of " + c.subject());
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static List<Evidence> evidence(List<Claim> claims) {
        return claims.stream().map(Claim::evidence).toList();
    }

    private String outlet(String articleId) {
        return outlets.getOrDefault(articleId, articleId);
    }

    private static String rationale(List<Claim> claims, String verdictReason) {
        String intervals = claims.stream()
                .map(c -> c.article() + " “" + c.evidence().text() + "” → [" + round(c.lo()) + ", " + round(c.hi()) + "]")
                .collect(Collectors.joining("; "));
        return "aligned on " + claims.get(0).key() + " (subject “" + claims.get(0).subject() + "”); " + verdictReason + ": " + intervals;
    }

    private static String round(double v) {
        return Math.abs(v) >= 100 ? Long.toString(Math.round(v)) : String.format(java.util.Locale.ROOT, "%.3g", v);
    }
}
