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

    static boolean isWord(String key) {
        return key.startsWith("w:");
    }
}
