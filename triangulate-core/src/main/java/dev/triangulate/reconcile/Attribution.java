package dev.triangulate.reconcile;

import dev.triangulate.text.Lexicon;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells which news outlet or agency a sentence passes its claim on from: "according to Reuters",
 * "Reuters reported", "told the AP", "the Boston Herald said". An outlet is a known name
 * ({@code news-outlets.txt}), a capitalised name ending in a publication word ({@code outlet-nouns.txt}),
 * or the outlet of one of the story's own reports; it counts only next to a citing cue
 * ({@code citing-cues.txt}), so a sentence that merely mentions the BBC cites nobody. Officials and
 * police are not outlets: two reports quoting the police are still two reports. Immutable, thread-safe.
 */
final class Attribution {

    static final Attribution ENGLISH = new Attribution(Lexicon.lines("reconcile/news-outlets.txt"),
            Lexicon.lines("reconcile/outlet-nouns.txt"), Lexicon.lines("reconcile/citing-cues.txt"));

    /** Lower-case words that may stand between an outlet's name and its verb: "ISNA news agency reported". */
    private static final Set<String> BETWEEN = Set.of("news", "agency", "newspaper", "has", "have", "had", "also",
            "first", "earlier", "later");

    /** Longest outlet name, in words, looked for among a story's own outlets. */
    private static final int OUTLET_WORDS = 6;
    /** How far from a name its citing cue may stand, in characters (the longest cue, "the", and a few words between). */
    private static final int CUE_REACH = 40;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['&.][\\p{L}\\p{N}]+)*");

    private final Map<String, String> canonical = new HashMap<>();
    private final Pattern names;
    private final List<String> before = new ArrayList<>();
    private final List<String> after = new ArrayList<>();

    Attribution(Collection<String> outlets, Collection<String> outletNouns, Collection<String> cues) {
        List<String> known = new ArrayList<>();
        for (String line : outlets) {
            String[] alias = line.split("\\|");
            for (String a : alias) {
                canonical.put(a.strip(), alias[0].strip());
                known.add(Pattern.quote(a.strip()));
            }
        }
        known.sort(Comparator.comparingInt(String::length).reversed());
        String nouns = String.join("|", outletNouns.stream().map(Pattern::quote).toList());
        names = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?:[A-Z][\\p{L}&'.]*[ -]){1,4}(?:" + nouns + ")|"
                + String.join("|", known) + ")(?![\\p{L}\\p{N}])");
        for (String c : cues) {
            (c.startsWith("before ") ? before : after).add(c.substring(c.indexOf(' ') + 1));
        }
    }

    /** The canonical name of a known outlet ("AP" gives "Associated Press"), else the name as given. */
    String canonical(String name) {
        String bare = name.strip().replaceFirst("^(?i)the\\s+", "");
        return canonical.getOrDefault(bare, bare);
    }

    /**
     * The outlet {@code sentence} passes its claim on from, by canonical name, or {@code null}.
     * {@code storyOutlets} maps the lower-cased outlet names of the story's reports to the names, also
     * recognised when cited; they are looked up phrase by phrase, so a story of many outlets costs no more
     * per sentence than a story of few.
     */
    String citedSource(String sentence, Map<String, String> storyOutlets) {
        Matcher m = names.matcher(sentence);
        while (m.find()) {
            if (cited(sentence, m.start(), m.end())) {
                return canonical(m.group());
            }
        }
        if (storyOutlets.isEmpty()) {
            return null;
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(sentence);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        for (int i = 0; i < words.size(); i++) {
            for (int k = i; k < Math.min(words.size(), i + OUTLET_WORDS); k++) {
                int start = words.get(i)[0];
                int end = words.get(k)[1];
                String outlet = storyOutlets.get(lower.substring(start, end));
                if (outlet != null && outlet.length() >= 3 && cited(sentence, start, end)) {
                    return canonical(outlet);
                }
            }
        }
        return null;
    }

    /** The story's outlet names keyed by their lower-cased form, for {@link #citedSource}. */
    static Map<String, String> byLowerName(Collection<String> outlets) {
        Map<String, String> out = new HashMap<>();
        for (String o : outlets) {
            out.putIfAbsent(o.strip().toLowerCase(Locale.ROOT), o.strip());
        }
        return out;
    }

    /**
     * Whether a citing cue stands right before or after the name at {@code [start, end)} of {@code text}
     * ("according to the Red Cross", "the ministry said"): the text passes something on from it. Looks only
     * {@link #CUE_REACH} characters either side.
     */
    boolean citesAt(String text, int start, int end) {
        int from = Math.max(0, start - CUE_REACH);
        int to = Math.min(text.length(), end + CUE_REACH);
        return cited(text.substring(from, to), start - from, end - from);
    }

    private boolean cited(String sentence, int start, int end) {
        String left = " " + sentence.substring(0, start).toLowerCase(Locale.ROOT).strip();
        left = left.endsWith(" the") ? left.substring(0, left.length() - 4) : left;
        for (String cue : before) {
            if (left.endsWith(" " + cue)) {
                return true;
            }
        }
        String[] words = sentence.substring(end).toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
        int i = 0;
        while (i < words.length && (words[i].isEmpty() || BETWEEN.contains(words[i]))) {
            i++;
        }
        String rest = String.join(" ", java.util.Arrays.asList(words).subList(i, words.length)) + " ";
        for (String cue : after) {
            if (rest.startsWith(cue + " ")) {
                return true;
            }
        }
        return false;
    }
}
