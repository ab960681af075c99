package dev.triangulate.analyze.quantity;

import dev.triangulate.model.Modifier;

/**
 * A quantity as read from the characters, before its counted noun is found.
 *
 * @param start       first character, modifier cue included
 * @param end         last character, exclusive
 * @param numberStart first character of the number itself (or its currency sign)
 * @param value       the value, scale applied (the lower bound of a range)
 * @param upper       the upper bound of a range, else {@code null}
 * @param unit        the unit, or {@code null} for a plain count
 * @param modifier    from the cue words around the number
 * @param vague       a vague plural ("thousands of")
 * @param scaled      a scale word or suffix applied to its last number ("10 million", "$2bn")
 */
record Reading(int start, int end, int numberStart, double value, Double upper, Unit unit,
               Modifier modifier, boolean vague, boolean scaled) {
}
