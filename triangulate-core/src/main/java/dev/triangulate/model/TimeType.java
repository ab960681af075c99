package dev.triangulate.model;

import java.util.Locale;

/** TIMEX3 types: a point or period on the calendar, a clock time, a length of time, a recurrence. */
public enum TimeType {
    DATE, TIME, DURATION, SET;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
