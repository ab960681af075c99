package dev.triangulate.reconcile;

import dev.triangulate.model.Evidence;
import dev.triangulate.model.Fact;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A fact turned into something comparable: what it is about, which property, and the value as an
 * interval in normalised units, with the context that decides whether two claims may be compared.
 *
 * @param fact        the fact it rests on
 * @param original    the article whose evidence this counts as (a syndicated copy counts as its original)
 * @param attribute   which property: "count", "length", "start date", "date" ...
 * @param key         alignment key: only claims with equal keys are ever compared
 * @param subject     what it is about, for display ("North Korean troops", "range")
 * @param lo          lower end of the value interval, in normalised units (epoch days for dates)
 * @param hi          upper end
 * @param value       the normalised value for display and JSON ({@code 300000 m}, {@code 2024-10})
 * @param evidence    the cited passage
 * @param subjects    subject keys near the fact (entity ids, noun-phrase keys) mapped to their surface form
 * @param owners      non-place entity ids in the fact's clause (who or what the value belongs to)
 * @param context     content-word stems of the fact's clause
 * @param speculative whether the clause makes it hypothetical (could, may, potentially...)
 * @param predicate   stem of the verb that says what happened to the subject ("kill"), or {@code null}
 */
record Claim(Fact fact, String original, String attribute, String key, String subject, double lo, double hi,
             String value, Evidence evidence, Map<String, String> subjects, Set<String> owners,
             Set<String> context, boolean speculative, String predicate) {

    Claim {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(key, "key");
        subjects = Map.copyOf(subjects);
        owners = Set.copyOf(owners);
        context = Set.copyOf(context);
    }

    String article() {
        return evidence.article();
    }

    /** Whether the two claims say what happened in the same words, or either does not say. */
    boolean samePredicate(Claim other) {
        return predicate == null || other.predicate == null || predicate.equals(other.predicate);
    }

    /** Whether the two value intervals overlap. */
    boolean compatibleWith(Claim other) {
        return lo <= other.hi && other.lo <= hi;
    }
}
