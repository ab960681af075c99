package dev.triangulate.model;

import java.util.Locale;

/** How a sentence places its event against a stated time: "in", "since", "until", "before", "after". */
public enum Relation {
    AT, SINCE, UNTIL, BEFORE, AFTER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
