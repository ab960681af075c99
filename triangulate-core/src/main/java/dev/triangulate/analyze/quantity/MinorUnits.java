package dev.triangulate.analyze.quantity;

import dev.triangulate.text.Lexicon;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the minor part of a measure written in two units ("5 feet 2 inches", "13 dollars and 45 cents"), or
 * understood from the major unit ("6-foot-5", "15 dollars 50."). The pairs come from {@code compound-units.tsv}.
 *
 * <p>Immutable after construction; thread-safe.
 */
final class MinorUnits {

    private final NumeralReader numerals;
    private final Map<String, SurfaceForms<Double>> forms = new HashMap<>();
    private final Map<String, Double> perMajor = new HashMap<>();

    MinorUnits(NumeralReader numerals) {
        this.numerals = numerals;
        for (String line : Lexicon.lines("analyze/quantity/compound-units.tsv")) {
            String[] c = line.split("\t");
            SurfaceForms<Double> minor = forms.computeIfAbsent(c[0], k -> new SurfaceForms<>());
            perMajor.put(c[0], Double.valueOf(c[2]));
            for (String form : c[1].split("\\|")) {
                minor.add(form, Double.parseDouble(c[2]), false);
            }
        }
    }

    /**
     * The minor part after a major unit ending at {@code end}, as {value in the major unit, end}; else {@code null}:
     * "2 inches" of "5 feet 2 inches" (or "5 feet and 2 inches"), "45 cents" of "13 dollars and 45 cents".
     */
    double[] after(String text, int end, Unit major) {
        SurfaceForms<Double> minor = forms.get(major.symbol());
        if (minor == null) {
            return null;
        }
        double per = perMajor.get(major.symbol());
        if (text.startsWith("-", end) && !major.money() && NumeralReader.isDigit(text, end + 1)) {
            Numeral n = numerals.whole(text, end + 1); // "6-foot-5": the inches go without saying
            boolean alone = n != null && (n.end() == text.length() || !Character.isLetterOrDigit(text.charAt(n.end())) && text.charAt(n.end()) != '-');
            return alone && n.value() < per ? new double[] {n.value() / per, n.end()} : null;
        }
        int p = end + (text.startsWith(" and ", end) ? 5 : 1);
        Numeral n = text.startsWith(" ", end) ? numerals.whole(text, p) : null;
        if (n == null || n.vague() || n.value() >= per) {
            return null;
        }
        SurfaceForms.Hit<Double> unit = text.startsWith(" ", n.end()) ? minor.at(text, n.end() + 1, false) : null;
        if (unit == null) {
            unit = minor.at(text, n.end(), true);
        }
        if (unit == null) {
            return major.money() && spokenCents(text, n) ? new double[] {n.value() / per, n.end()} : null;
        }
        return new double[] {n.value() / unit.meaning(), unit.end()};
    }

    /** "15 dollars 50." or "thirteen dollars forty-five": cents understood, two digits or words closing the sentence. */
    private static boolean spokenCents(String text, Numeral n) {
        boolean whole = n.value() >= 1 && n.value() == Math.rint(n.value()) && (n.words() || n.end() - n.start() == 2 && n.plain());
        int e = n.end();
        return whole && (e == text.length() || "!?".indexOf(text.charAt(e)) >= 0 || text.charAt(e) == '.' && !NumeralReader.isDigit(text, e + 1));
    }
}
