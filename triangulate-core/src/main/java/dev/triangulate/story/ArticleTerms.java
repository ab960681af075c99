package dev.triangulate.story;

import java.util.Map;

/**
 * The features of one article before weighting by rarity: namespaced keys ({@code w:} word stems,
 * {@code e:} named things, {@code d:} event dates, {@code q:} quantities) with their signal-weighted,
 * sublinear term frequencies, and how each key reads to a person.
 *
 * @param weights  feature key to weight, in first-occurrence order
 * @param surfaces feature key to its readable form ("Betty Ford Center", "rehab")
 */
record ArticleTerms(Map<String, Double> weights, Map<String, String> surfaces) {

    ArticleTerms {
        weights = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(weights));
        surfaces = Map.copyOf(surfaces);
    }

    static boolean isEntity(String key) {
        return key.startsWith("e:");
    }

    /**
     * Whether the feature names which event a report is about rather than what kind of event: a named
     * thing, a number, a counted quantity. Dates are left out: one event's reports date its
     * developments to different days, while the year shows among the numbers.
     */
    static boolean isIdentity(String key) {
        return key.startsWith("e:") || key.startsWith("n:") || key.startsWith("q:");
    }

    static boolean isWord(String key) {
        return key.startsWith("w:");
    }
}
