package dev.triangulate.model;

import java.util.Locale;

/** What a fact or finding is about. {@link #label()} is the JSON spelling. */
public enum FactKind {
    ENTITY, QUANTITY, DATE, QUOTE, STATEMENT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
