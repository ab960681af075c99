package dev.triangulate.analyze.quantity;

import dev.triangulate.text.Lexicon;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads shares of a whole written in words or as ratios: "two-thirds", "three quarters", "one-half",
 * "a third of", "half of", "one in five", "1 in 10", "nine out of ten", "one in every four". The value
 * is the share itself (0.2 for "one in five"); {@link QuantityParser} reports it as a proportion so that
 * it lines up with a percentage ("20%") of the same thing. Denominator words come from
 * {@code share-words.tsv}.
 *
 * <p>Immutable after construction; thread-safe.
 */
final class Shares {

    private static final String[] RATIO_JOINS = {" in every ", " out of every ", " out of ", " in "};

    private final Map<String, Integer> denominators = new HashMap<>();
    private final NonQuantities guards;

    Shares(NonQuantities guards) {
        this.guards = guards;
        for (String line : Lexicon.lines("analyze/quantity/share-words.tsv")) {
            String[] c = line.split("\t");
            denominators.put(c[0], Integer.valueOf(c[1]));
        }
    }

    /** "a third of", "an eighth of", "half of" at {@code pos}, else {@code null}. */
    Numeral article(String text, int pos) {
        int wordEnd = wordEnd(text, pos);
        String first = text.substring(pos, wordEnd).toLowerCase(Locale.ROOT);
        if (first.equals("half") && ofAfter(text, wordEnd)) {
            return share(pos, wordEnd, 0.5, true);
        }
        if (!(first.equals("a") || first.equals("an")) || wordEnd >= text.length() || text.charAt(wordEnd) != ' ') {
            return null;
        }
        int end = wordEnd(text, wordEnd + 1);
        Integer d = denominators.get(text.substring(wordEnd + 1, end).toLowerCase(Locale.ROOT));
        return d != null && ofAfter(text, end) ? share(pos, end, 1.0 / d, true) : null;
    }

    /**
     * A whole number read at the start of a share, extended by its denominator word ("two" + "-thirds") or
     * ratio ("one" + " in five"); {@code null} when neither follows.
     */
    Numeral extend(String text, Numeral whole, NumeralReader reader) {
        if (whole.vague() || whole.value() != Math.rint(whole.value()) || whole.value() < 1) {
            return null;
        }
        Numeral fraction = whole.words() ? denominator(text, whole) : null;
        return fraction != null ? fraction : ratio(text, whole, reader);
    }

    private Numeral denominator(String text, Numeral whole) {
        int p = whole.end();
        if (p + 1 >= text.length() || (text.charAt(p) != ' ' && text.charAt(p) != '-') || whole.value() > 20) {
            return null;
        }
        int end = wordEnd(text, p + 1);
        Integer d = denominators.get(text.substring(p + 1, end).toLowerCase(Locale.ROOT));
        return d == null || whole.value() >= 10 * d ? null : share(whole.start(), end, whole.value() / d, true);
    }

    /** "one in five", "1 in 10", "nine out of ten": a smaller whole number over a larger one, not "2 in 90 minutes". */
    private Numeral ratio(String text, Numeral whole, NumeralReader reader) {
        for (String join : RATIO_JOINS) {
            if (text.regionMatches(true, whole.end(), join, 0, join.length())) {
                int p = whole.end() + join.length();
                Numeral of = reader.whole(text, p);
                boolean fits = of != null && !of.vague() && of.value() == Math.rint(of.value()) && of.value() > whole.value()
                        && of.value() <= 1000 && !of.yearShaped() && of.words() == whole.words();
                boolean ends = fits && !continues(text, of.end()) && !guards.durationAt(text, of.end());
                return ends ? share(whole.start(), of.end(), whole.value() / of.value(), whole.words()) : null;
            }
        }
        return null;
    }

    /** A number or a unit-like word glued on after the ratio ("1 in 10,000"-style groups are read whole already). */
    private static boolean continues(String text, int end) {
        return end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == ':');
    }

    private static boolean ofAfter(String text, int end) {
        return text.regionMatches(true, end, " of ", 0, 4);
    }

    private static Numeral share(int start, int end, double value, boolean words) {
        return new Numeral(start, end, value, null, words, false, true);
    }

    private static int wordEnd(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return j;
    }
}
