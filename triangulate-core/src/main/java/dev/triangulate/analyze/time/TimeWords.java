package dev.triangulate.analyze.time;

import dev.triangulate.text.Lexicon;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
                 Map<String, String> holidays, Set<String> lengthCues, Set<String> presentRefs) {

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
                table("day-parts.txt"), table("sets.txt"), table("holidays.txt"),
                words("length-cues.txt"), words("present-refs.txt"));
    }

    /**
     * A regex matching any of the keys, built as a trie ("j(?:an(?:uary)?|une)") so that the matcher
     * tries each character once instead of every word in turn; greedy optional tails prefer the longest
     * key ("sept" over "sep"). A space in a key matches any run of spaces or tabs.
     */
    static String alternation(Set<String> keys) {
        Trie root = new Trie();
        keys.forEach(k -> root.add(k, 0));
        return "(?:" + root.regex() + ")";
    }

    /** A character trie of lower-case keys, emitted as a regex. */
    private static final class Trie {
        private final java.util.TreeMap<Character, Trie> children = new java.util.TreeMap<>();
        private boolean terminal;

        void add(String key, int i) {
            if (i == key.length()) {
                terminal = true;
                return;
            }
            children.computeIfAbsent(key.charAt(i), c -> new Trie()).add(key, i + 1);
        }

        String regex() {
            List<String> branches = new ArrayList<>();
            children.forEach((c, child) -> branches.add(escape(c) + child.regex()));
            if (branches.isEmpty()) {
                return "";
            }
            String body = branches.size() == 1 ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
            return terminal ? "(?:" + body + ")?" : body;
        }

        private static String escape(char c) {
            if (c == ' ') {
                return "[^\\S\\n]+";
            }
            return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
        }
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** The lookup form of a word: lower case, single spaces, straight apostrophes. */
    static String key(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        return lower.indexOf(' ') < 0 && lower.indexOf('\t') < 0 ? lower : SPACES.matcher(lower).replaceAll(" ");
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
        return java.util.Collections.unmodifiableMap(out);
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
