package dev.triangulate.model;

import java.util.Locale;

/** The type of a named thing. {@code OTHER} covers weapons, products, events, laws and the like. */
public enum EntityType {
    PERSON, ORGANIZATION, PLACE, OTHER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
