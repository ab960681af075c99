package dev.triangulate.analyze.time;

import dev.triangulate.text.Lexicon;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The English word lists behind the date grammar, read once from
 * {@code dev/triangulate/analyze/time/*.txt}. Entries are {@code word = value}; a trailing {@code *}
 * marks a word that is also an ordinary word ("may", "fall") and needs corroborating context.
 *
 * <p>Immutable and thread-safe.
 */
record TimeWords(Map<String, Integer> months, Set<String> ambiguousMonths,
                 Map<String, Integer> weekdays, Set<String> ambiguousWeekdays,
                 Map<String, String> seasons, Set<String> ambiguousSeasons,
                 Map<String, String> numbers, Map<String, Integer> ordinals,
                 Map<String, String> units, Map<String, String> relations,
                 Set<String> prepositions, Set<String> yearNouns,
                 Set<String> futureCues, Set<String> pastCues,
                 Map<String, String> dayParts, Map<String, String> sets,
                 Map<String, String> holidays) {

    private static final String DIR = "analyze/time/";

    static TimeWords english() {
        Map<String, String> months = table("months.txt");
        Map<String, String> weekdays = table("weekdays.txt");
        Map<String, String> seasons = table("seasons.txt");
        return new TimeWords(
                integers(months), starred(months),
                integers(weekdays), starred(weekdays),
                unstarred(seasons), starred(seasons),
                table("numbers.txt"), integers(table("ordinals.txt")),
                table("units.txt"), table("relations.txt"),
                words("prepositions.txt"), words("year-nouns.txt"),
                words("future-cues.txt"), words("past-cues.txt"),
                table("day-parts.txt"), table("sets.txt"), table("holidays.txt"));
    }

    /** A regex alternation of the keys, longest first so that "sept" wins over "sep". */
    static String alternation(Set<String> keys) {
        return keys.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(k -> java.util.regex.Pattern.quote(k).replace(" ", "\\E[^\\S\\n]+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace('’', '\'');
    }

    private static Set<String> words(String file) {
        return Lexicon.lines(DIR + file).stream().map(TimeWords::key).collect(Collectors.toUnmodifiableSet());
    }

    private static Map<String, String> table(String file) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Lexicon.lines(DIR + file)) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalStateException("expected 'word = value' in " + file + ": " + line);
            }
            out.put(key(line.substring(0, eq).strip()), line.substring(eq + 1).strip());
        }
        return out;
    }

    private static Map<String, Integer> integers(Map<String, String> table) {
        Map<String, Integer> out = new LinkedHashMap<>();
        table.forEach((k, v) -> out.put(k, Integer.parseInt(v.replace("*", "").strip())));
        return Map.copyOf(out);
    }

    private static Map<String, String> unstarred(Map<String, String> table) {
        Map<String, String> out = new LinkedHashMap<>();
        table.forEach((k, v) -> out.put(k, v.replace("*", "").strip()));
        return Map.copyOf(out);
    }

    private static Set<String> starred(Map<String, String> table) {
        return table.entrySet().stream().filter(e -> e.getValue().endsWith("*"))
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }
}
