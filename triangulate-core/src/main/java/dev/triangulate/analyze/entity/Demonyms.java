package dev.triangulate.analyze.entity;

import dev.triangulate.text.Lexicon;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Demonyms ("Russian", "North Korean", "Ukrainians") and the places they refer to. Demonyms are
 * adjectives, not mentions: {@link MentionExtractor} never reports "Russian forces" as a mention of
 * Russia, but later stages may use {@link #place} to tie "North Korean troops" to North Korea.
 *
 * <pre>{@code
 * Demonyms.english().place("North Korean")   // Optional[North Korea]
 * Demonyms.english().place("Ukrainians")     // Optional[Ukraine]
 * }</pre>
 *
 * <p>Data: {@code analyze/entity/demonyms.txt}, one {@code demonym<TAB>place} per line. Immutable and thread-safe.
 */
public final class Demonyms {

    private final Map<String, String> places;

    private Demonyms(Map<String, String> places) {
        this.places = Map.copyOf(places);
    }

    /** The bundled English table, loaded once. */
    public static Demonyms english() {
        return Holder.ENGLISH;
    }

    /** The place a demonym (singular or plural, any case) refers to. */
    public Optional<String> place(String demonym) {
        String key = demonym.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        String place = places.get(key);
        if (place == null && key.endsWith("s")) {
            place = places.get(key.substring(0, key.length() - 1));
        }
        return Optional.ofNullable(place);
    }

    public boolean isDemonym(String word) {
        return place(word).isPresent();
    }

    private static Demonyms load() {
        Map<String, String> m = new HashMap<>();
        for (String line : Lexicon.lines("analyze/entity/demonyms.txt")) {
            String[] f = line.split("\t");
            if (f.length == 2) {
                m.put(f[0].strip().toLowerCase(Locale.ROOT), f[1].strip());
            }
        }
        return new Demonyms(m);
    }

    private static final class Holder {
        static final Demonyms ENGLISH = load();
    }
}
