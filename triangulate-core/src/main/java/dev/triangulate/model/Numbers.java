package dev.triangulate.model;

import java.math.BigDecimal;

/** Number formatting shared by the model's display methods. */
final class Numbers {

    private Numbers() {
    }

    /** {@code 300000.0} as {@code 300000}, {@code 0.5} as {@code 0.5}: no exponent, no trailing zeros. */
    static String plain(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(Double.toString(v)).round(new java.math.MathContext(10)).stripTrailingZeros().toPlainString();
    }
}
