package dev.triangulate.reconcile;

import dev.triangulate.model.Modifier;

/**
 * How far a stated value may be from the truth, by modifier: "about 300" covers 255 to 345,
 * "over 10,000" covers 10,000 to 15,000, "up to 300" covers 150 to 300. Two claims agree when
 * their intervals overlap. The widths are data about how news rounds numbers, kept in one place.
 */
final class Intervals {

    /** Rounding slack of a bare number: "190 miles" for 305.8 km still agrees with "300 km". */
    static final double EXACT = 0.03;
    static final double ABOUT = 0.15;
    static final double OPEN_END = 0.5;

    private Intervals() {
    }

    /** {lo, hi} for a value (or range) with a modifier. */
    static double[] of(double value, Double upper, Modifier modifier) {
        double lo = Math.min(value, upper == null ? value : upper);
        double hi = Math.max(value, upper == null ? value : upper);
        return switch (modifier) {
            case EXACT -> new double[] {lo * (1 - EXACT), hi * (1 + EXACT)};
            case ABOUT -> new double[] {lo * (1 - ABOUT), hi * (1 + ABOUT)};
            case NEARLY -> new double[] {lo * (1 - ABOUT), hi};
            case MORE_THAN, AT_LEAST -> new double[] {lo, hi * (1 + OPEN_END)};
            case LESS_THAN, UP_TO -> new double[] {lo * (1 - OPEN_END), hi};
        };
    }
}
