package dev.triangulate.model;

import java.util.Locale;

/** How precisely a date is stated, finest first. */
public enum Granularity {
    TIME, DAY, WEEK, MONTH, SEASON, QUARTER, HALF, YEAR, DECADE, CENTURY;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
