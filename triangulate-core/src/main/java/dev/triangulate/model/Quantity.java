package dev.triangulate.model;

import java.util.Map;
import java.util.Objects;

/**
 * A number with its unit, as stated, and normalised.
 *
 * <pre>{@code "up to 300 km" -> value 300, unit "km", si 300000 m, modifier UP_TO, counts "range"}</pre>
 *
 * @param span       the characters of the whole expression, modifier included
 * @param text       the exact source characters
 * @param value      the stated number (the lower bound of a range)
 * @param upper      the upper bound of a range ("between 20 and 30"), else {@code null}
 * @param unit       the unit as a short symbol ({@code km}, {@code mi}, {@code USD}, {@code %}), empty for counts
 * @param si         the value in a normalised unit, {@code null} when unitless
 * @param modifier   how the value relates to the truth
 * @param counts     what is counted or measured ("North Korean troops", "range"), else {@code null}
 */
public record Quantity(Span span, String text, double value, Double upper, String unit, Measure si,
                       Modifier modifier, String counts) implements Fact {

    public Quantity {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        unit = unit == null ? "" : unit;
        modifier = modifier == null ? Modifier.EXACT : modifier;
    }

    /**
     * Units whose normalised form is shifted as well as scaled (kelvin from degrees Celsius or
     * Fahrenheit), by how many normalised units one stated unit spans: a range's upper bound is
     * normalised from its distance to the lower one, never by the lower bound's ratio.
     */
    private static final Map<String, Double> AFFINE_STEPS = Map.of("°C", 1.0, "°F", 5.0 / 9.0);

    /** The stated value in the normalised unit; the value itself when unitless. */
    public double normalValue() {
        return si != null ? si.value() : value;
    }

    /** A range's upper bound in the normalised unit; {@code null} for a single figure, or when the scale is unknown (a range from 0). */
    public Double normalUpper() {
        if (upper == null || si == null) {
            return upper;
        }
        Double step = AFFINE_STEPS.get(unit);
        if (step != null) {
            return si.value() + (upper - value) * step;
        }
        return value == 0 ? null : si.value() * upper / value;
    }

    /** The normalised value for display: {@code 300000 m}, {@code 10000}. */
    public String normalized() {
        if (si != null) {
            Double top = normalUpper();
            String range = top == null ? "" : "-" + Numbers.plain(top);
            return Numbers.plain(si.value()) + range + " " + si.unit();
        }
        String base = Numbers.plain(value) + (upper == null ? "" : "-" + Numbers.plain(upper));
        return unit.isEmpty() ? base : base + " " + unit;
    }
}
