package dev.triangulate.analyze.quantity;

import dev.triangulate.text.Lexicon;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Settles units that the characters after a number leave open, from the words around it: a bare "in" before a
 * dimension word is inches ("2 1/2 in thick"), and "degrees" with a temperature word earlier in the sentence is a
 * temperature of unstated scale ("temperatures reached 40 degrees"), not an angle. The words come from
 * {@code dimension-words.tsv} (those that measure an object, not a distance away) and {@code temperature-words.txt}.
 *
 * <p>Immutable after construction; thread-safe.
 */
final class UnitCues {

    /** A temperature whose scale the text does not say: no normal form, so it is never compared with °C or °F. */
    static final Unit TEMPERATURE_DEGREE = new Unit("°", "°", null, false);
    /** How far back a temperature word may sit, so that the look-back stays bounded. */
    private static final int LOOK_BACK = 120;

    private final Set<String> measureWords = new HashSet<>();
    private final Set<String> temperatureWords = Lexicon.lines("analyze/quantity/temperature-words.txt");
    private final Unit inch;

    UnitCues(UnitCatalog units) {
        for (String line : Lexicon.lines("analyze/quantity/dimension-words.tsv")) {
            String[] c = line.split("\t");
            if (!c[1].equals("distance")) {
                measureWords.add(c[0]);
            }
        }
        inch = units.after.at("inch", 0, false).meaning();
    }

    /**
     * The inch unit when " in " and a dimension word closing the phrase follow {@code end} ("2 in thick,", "2 in long
     * and 3 in wide"), else {@code null}: "2 in high school" is a count.
     */
    Unit inchesAt(String text, int end) {
        if (!text.startsWith(" in ", end)) {
            return null;
        }
        int s = end + 4;
        int e = s;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        boolean closes = e == text.length() || ".,;:)!?".indexOf(text.charAt(e)) >= 0
                || text.startsWith(" and ", e) || text.startsWith(" or ", e) || text.startsWith(" by ", e);
        return closes && measureWords.contains(text.substring(s, e).toLowerCase(Locale.ROOT)) ? inch : null;
    }

    /** {@code unit}, or a temperature of unstated scale when it is the angle degree and a temperature word comes before. */
    Unit degrees(String text, int pos, Unit unit) {
        if (!unit.symbol().equals("°") || !"rad".equals(unit.normalUnit())) {
            return unit;
        }
        int i = pos - 1;
        int stop = Math.max(0, pos - LOOK_BACK);
        while (i >= stop && ".!?\n".indexOf(text.charAt(i)) < 0) {
            if (Character.isLetter(text.charAt(i)) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                int e = i;
                while (e < pos && Character.isLetter(text.charAt(e))) {
                    e++;
                }
                if (temperatureWords.contains(text.substring(i, e).toLowerCase(Locale.ROOT))) {
                    return TEMPERATURE_DEGREE;
                }
            }
            i--;
        }
        return unit;
    }
}
