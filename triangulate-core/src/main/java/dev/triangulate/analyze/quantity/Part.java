package dev.triangulate.analyze.quantity;

/**
 * One side of a quantity: optional currency sign, number, optional scale, optional unit.
 *
 * @param start     first character
 * @param end       last character, exclusive
 * @param numeral   the number as written
 * @param value     the number times its scale
 * @param scaled    a scale word or suffix applied ("million", "bn", "k")
 * @param unit      the unit or currency, else {@code null}
 * @param duration  followed by a time unit ("three years", "24-hour"): not ours, the date extractor's
 */
record Part(int start, int end, Numeral numeral, double value, boolean scaled, Unit unit, boolean duration) {
}
