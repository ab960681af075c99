package dev.triangulate.model;

import java.util.Objects;

/**
 * A value in a normalised unit: SI units for physical quantities ({@code m}, {@code kg},
 * {@code m²}, {@code s}), ISO 4217 codes for money, {@code %} for percentages.
 */
public record Measure(double value, String unit) {

    public Measure {
        Objects.requireNonNull(unit, "unit");
    }

    /** For example {@code 300000 m} or {@code 2.5E9 USD}: the {@code value} field of JSON evidence. */
    public String display() {
        return Numbers.plain(value) + " " + unit;
    }
}
