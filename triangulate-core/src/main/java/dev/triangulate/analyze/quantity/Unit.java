package dev.triangulate.analyze.quantity;

import dev.triangulate.model.Measure;
import java.util.function.DoubleUnaryOperator;

/**
 * A unit the extractor knows: its short symbol and how a value in it is normalised.
 *
 * @param symbol     the short symbol reported on a quantity ({@code km}, {@code USD}, {@code %})
 * @param normalUnit the normalised unit ({@code m}, {@code USD}), or {@code -} when there is none
 * @param normaliser value in this unit to value in {@code normalUnit}, or {@code null}
 * @param money      whether the unit is a currency
 */
record Unit(String symbol, String normalUnit, DoubleUnaryOperator normaliser, boolean money) {

    /** The normalised value, or {@code null} when this unit has no normal form. */
    Measure normalise(double value) {
        if (normaliser == null) {
            return null;
        }
        double v = normaliser.applyAsDouble(value);
        return Double.isFinite(v) ? new Measure(v, normalUnit) : null;
    }

    /** Temperatures (of a stated scale or not) may be negative; other quantities in news are read without a sign. */
    boolean signed() {
        return "K".equals(normalUnit) || "°".equals(normalUnit);
    }
}
