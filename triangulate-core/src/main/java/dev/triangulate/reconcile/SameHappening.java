package dev.triangulate.reconcile;

import dev.triangulate.internal.Stems;
import dev.triangulate.model.Quantity;
import dev.triangulate.text.Lexicon;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether two claims are stated about the same happening, so that {@link FactAligner} may join or set
 * them against each other: predicates, shared clause words, owners, the months named, qualifiers of the
 * counted noun, and claims whose subject is unnamed.
 *
 * <p>Stateless; thread-safe.
 */
final class SameHappening {

    /** Stems of the month names ({@code reconcile/month-words.txt}). */
    private static final Set<String> MONTHS = Lexicon.lines("reconcile/month-words.txt").stream()
            .map(Stems::of).collect(Collectors.toUnmodifiableSet());

    /** Stems of the words that make a figure a total ({@code reconcile/total-words.txt}). */
    private static final Set<String> TOTALS = Lexicon.lines("reconcile/total-words.txt").stream()
            .map(Stems::of).collect(Collectors.toUnmodifiableSet());

    private SameHappening() {
    }

    /**
     * Whether two figures for one subject are stated about the same happening: the same predicate (or
     * one unstated: "10 people were killed" is never set against "50 people were injured") and some
     * shared context or owner.
     */
    static boolean quantityContext(Claim a, Claim b) {
        return a.samePredicate(b) && (sharedContext(a, b) >= 1 || intersects(a.owners(), b.owners()));
    }

    /**
     * A quantity key without the words that qualify its head ("count|somali pirat" → "count|pirat"): a
     * count of Somali pirates is a count of pirates, one kind, to agree with but never to dispute.
     */
    static String unqualified(String key) {
        int bar = key.indexOf('|');
        int space = key.lastIndexOf(' ');
        return space > bar ? key.substring(0, bar + 1) + key.substring(space + 1) : key;
    }

    /** Whether one key is unqualified or both carry the same qualifier: "Russian" and "North Korean" troops never join. */
    static boolean qualifiersAgree(Claim a, Claim b) {
        String qa = qualifier(a.key());
        String qb = qualifier(b.key());
        return qa.isEmpty() || qb.isEmpty() || qa.equals(qb);
    }

    static String qualifier(String key) {
        int bar = key.indexOf('|');
        int space = key.lastIndexOf(' ');
        return space > bar ? key.substring(bar + 1, space) : "";
    }

    /**
     * Whether the two clauses name the same months, or neither names one: "injured almost 50 in
     * September" is about another happening than "injured five" and never disputes it.
     */
    static boolean sameMonths(Claim a, Claim b) {
        Set<String> left = new HashSet<>(a.context());
        left.retainAll(MONTHS);
        Set<String> right = new HashSet<>(b.context());
        right.retainAll(MONTHS);
        return left.equals(right) || intersects(left, right);
    }

    /**
     * Whether both clauses give a total or neither does: "a total of 14 rifles seized in five operations"
     * is a whole, "six rifles seized" one of its parts, and the two never dispute each other.
     */
    static boolean sameScope(Claim a, Claim b) {
        return intersects(a.context(), TOTALS) == intersects(b.context(), TOTALS);
    }

    /**
     * Whether the claim is a measure whose sentence does not say what it measures: it may only agree with
     * the same figure stated about the same happening in shared words, since two unnamed lengths may
     * measure different things.
     */
    static boolean subjectless(Claim c) {
        return c.fact() instanceof Quantity && c.subject().isEmpty();
    }

    /** Content words both clauses use, beyond the words of the subject itself. */
    static int sharedContext(Claim a, Claim b) {
        Set<String> shared = new HashSet<>(a.context());
        shared.retainAll(b.context());
        for (String key : a.subjects().keySet()) {
            for (String w : key.split(" ")) {
                shared.remove(w);
            }
        }
        return shared.size();
    }

    static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
