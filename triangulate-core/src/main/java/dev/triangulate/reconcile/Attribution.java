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
     * {@code storyOutlets} are the outlet names of the story's reports, also recognised when cited.
     */
    String citedSource(String sentence, Collection<String> storyOutlets) {
        Matcher m = names.matcher(sentence);
        while (m.find()) {
            if (cited(sentence, m.start(), m.end())) {
                return canonical(m.group());
            }
        }
        for (String outlet : storyOutlets) {
            int at = outlet.length() < 3 ? -1 : sentence.toLowerCase(Locale.ROOT).indexOf(outlet.toLowerCase(Locale.ROOT));
            if (at >= 0 && cited(sentence, at, at + outlet.length())) {
                return canonical(outlet);
            }
        }
        return null;
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
