package dev.triangulate.analyze.quantity;

/**
 * A number as written, before scale words and units.
 *
 * @param start  first character
 * @param end    last character, exclusive
 * @param value  its value (the lower bound for a vague amount)
 * @param upper  the upper bound of a vague amount ("thousands of": 10,000), else {@code null}
 * @param words  written in words ("two dozen") rather than digits
 * @param plain  digits only, no separators, decimals or fractions ("2024"): could be a year or a code
 * @param share  a share of a whole written as a fraction or ratio ("two-thirds of", "one in five"): the value is
 *               that share (0.2), reported as a proportion
 */
record Numeral(int start, int end, double value, Double upper, boolean words, boolean plain, boolean share) {

    Numeral(int start, int end, double value, Double upper, boolean words, boolean plain) {
        this(start, end, value, upper, words, plain, false);
    }

    boolean vague() {
        return upper != null;
    }

    /** A lone "one" is a pronoun or article far more often than a count; "half a" counts only before a unit. */
    boolean weak() {
        return words && (value == 1 && end - start <= 3 || value < 1 && !share);
    }

    /** Four plain digits between 1000 and 2100: a year unless the context says otherwise. */
    boolean yearShaped() {
        return plain && end - start == 4 && value >= 1000 && value <= 2100;
    }
}
