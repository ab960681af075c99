package dev.triangulate.analyze.quantity;

import dev.triangulate.model.Modifier;
import dev.triangulate.text.Lexicon;

/**
 * Reads the quantity starting at a position: currency, number, scale and unit, a second part
 * for a range ("20-30 km", "between $2bn and $3bn"), and the modifier cues around it. Returns
 * {@code null} when the characters there are not a quantity we own (dates, times, model names,
 * durations...): {@link NonQuantities} decides those.
 *
 * <p>Immutable; thread-safe.
 */
final class QuantityParser {

    private static final String DIR = "analyze/quantity/";
    /** A share of a whole as written ("two-thirds", "one in five"): no unit of its own, compared as a percentage. */
    private static final Unit SHARE = new Unit("", "%", v -> v * 100, false);

    private final NumeralReader numerals = new NumeralReader();
    private final UnitCatalog units = UnitCatalog.english();
    private final SurfaceForms<double[]> scales = new SurfaceForms<>();
    private final SurfaceForms<Modifier> cuesBefore = new SurfaceForms<>();
    private final SurfaceForms<Modifier> cuesAfter = new SurfaceForms<>();
    private final NonQuantities guards = new NonQuantities();
    private final Rates rates = new Rates();
    private final java.util.Map<String, SurfaceForms<Double>> minorUnits = new java.util.HashMap<>();

    QuantityParser() {
        for (String line : Lexicon.lines(DIR + "scales.tsv")) {
            String[] c = line.split("\t");
            double mode = switch (c[2]) {
                case "word" -> 0;
                case "attached" -> 1;
                default -> 2;
            };
            scales.add((mode > 0 ? "^" : "") + c[0], new double[] {Double.parseDouble(c[1]), mode}, false);
        }
        for (String line : Lexicon.lines(DIR + "compound-units.tsv")) {
            String[] c = line.split("\t");
            SurfaceForms<Double> minor = minorUnits.computeIfAbsent(c[0], k -> new SurfaceForms<>());
            for (String form : c[1].split("\\|")) {
                minor.add(form, Double.parseDouble(c[2]), false);
            }
        }
        for (String line : Lexicon.lines(DIR + "modifiers.tsv")) {
            String[] c = line.split("\t");
            (c[2].equals("after") ? cuesAfter : cuesBefore).add(c[0], Modifier.valueOf(c[1]), true);
        }
    }

    /** The quantity at {@code pos}, or {@code null}; {@code pos} is where a number or currency sign starts. */
    Reading read(String text, int pos) {
        Part first = part(text, pos);
        if (first == null || first.duration()) {
            return null;
        }
        Part second = rangeEnd(text, first);
        Modifier cue = cueBefore(text, pos);
        boolean between = second != null && precededBy(text, pos, "between");
        if (!guards.accepts(text, first, second == null ? first : second, cue != null)) {
            return null;
        }
        int start = second == null ? pos : rangeStart(text, pos, between);
        Cue c = cue == null ? null : cueAt(text, start);
        return assemble(text, first, second, c == null ? start : c.start, c == null ? null : c.modifier);
    }

    private Reading assemble(String text, Part first, Part second, int start, Modifier before) {
        Unit unit = first.unit() != null ? first.unit() : second == null ? null : second.unit();
        double lower = first.value();
        if (second != null && !first.scaled() && second.scaled()) {
            lower *= second.value() / second.numeral().value();
        }
        int end = second == null ? first.end() : second.end();
        int numberStart = first.start();
        if (unit != null && unit.signed() && signBefore(text, numberStart)) {
            lower = -lower;
            numberStart--;
            start = Math.min(start, numberStart);
        }
        Modifier modifier = before;
        SurfaceForms.Hit<Modifier> after = cuesAfter.at(text, end + (text.startsWith(" ", end) ? 1 : 0), true);
        if (after != null && modifier == null) {
            modifier = after.meaning();
            end = after.end();
        }
        Double upper = second == null ? first.numeral().upper() : Double.valueOf(second.value());
        if (first.numeral().vague() && modifier == null) {
            modifier = Modifier.ABOUT;
        }
        return new Reading(start, end, numberStart, lower, upper, unit, modifier, first.numeral().vague(),
                second == null ? first.scaled() : second.scaled());
    }

    /** Currency, number, scale, unit starting at {@code pos}. */
    Part part(String text, int pos) {
        SurfaceForms.Hit<Unit> currency = units.before.at(text, pos, false, true);
        int p = pos;
        if (currency != null) {
            p = currency.end() + (text.startsWith(" ", currency.end()) ? 1 : 0);
            if (!NumeralReader.isDigit(text, p)) {
                return null;
            }
        }
        Numeral n = numerals.read(text, p);
        if (n == null) {
            return null;
        }
        return currency != null ? money(text, pos, n, currency.meaning()) : measure(text, pos, n);
    }

    private Part money(String text, int pos, Numeral n, Unit currency) {
        SurfaceForms.Hit<double[]> scale = scale(text, n, true);
        int end = scale == null ? n.end() : scale.end();
        double value = scale == null ? n.value() : n.value() * scale.meaning()[0];
        Rates.Rate rate = rates.after(text, end, currency);
        return rate == null ? new Part(pos, end, n, value, scale != null, currency, false)
                : new Part(pos, rate.end(), n, value, scale != null, rate.unit(), false);
    }

    private Part measure(String text, int pos, Numeral n) {
        SurfaceForms.Hit<double[]> scale = n.words() ? null : scale(text, n, false);
        int e = scale == null ? n.end() : scale.end();
        double value = scale == null ? n.value() : n.value() * scale.meaning()[0];
        if (guards.durationAt(text, e)) {
            return new Part(pos, e, n, value, scale != null, null, true);
        }
        SurfaceForms.Hit<Unit> unit = n.vague() ? null : unitAt(text, e, scale != null);
        if (unit == null && n.share()) {
            return new Part(pos, e, n, value, false, SHARE, false);
        }
        if (unit == null) {
            return new Part(pos, e, n, value, scale != null, null, false);
        }
        double[] minor = minorAfter(text, unit.end(), unit.meaning());
        if (minor != null) {
            return new Part(pos, (int) minor[1], n, value + minor[0], scale != null, unit.meaning(), false);
        }
        Rates.Rate rate = rates.after(text, unit.end(), unit.meaning());
        return rate == null ? new Part(pos, unit.end(), n, value, scale != null, unit.meaning(), false)
                : new Part(pos, rate.end(), n, value, scale != null, rate.unit(), false);
    }

    /** "2 inches" of "5 feet 2 inches" (or "5 feet and 2 inches"), as {value in the major unit, end}; else {@code null}. */
    private double[] minorAfter(String text, int end, Unit major) {
        SurfaceForms<Double> minor = minorUnits.get(major.symbol());
        int p = end + (text.startsWith(" and ", end) ? 5 : 1);
        if (minor == null || !text.startsWith(" ", end) || !NumeralReader.isDigit(text, p)) {
            return null;
        }
        Numeral n = numerals.read(text, p);
        SurfaceForms.Hit<Double> unit = n != null && text.startsWith(" ", n.end()) ? minor.at(text, n.end() + 1, false) : null;
        if (unit == null) {
            unit = n == null ? null : minor.at(text, n.end(), true);
        }
        return unit == null || n.value() >= unit.meaning() ? null : new double[] {n.value() / unit.meaning(), unit.end()};
    }

    /** "million" after a space, "bn" or "k" attached; "m" and "b" only next to a currency ("£40m", "5m euros"). */
    private SurfaceForms.Hit<double[]> scale(String text, Numeral n, boolean money) {
        int e = n.end();
        SurfaceForms.Hit<double[]> attached = scales.at(text, e, true);
        if (attached != null && (attached.meaning()[1] < 2 || money || currencyAfter(text, attached.end()))) {
            return attached;
        }
        boolean spaced = e < text.length() && (text.charAt(e) == ' ' || text.charAt(e) == '-');
        SurfaceForms.Hit<double[]> word = spaced ? scales.at(text, e + 1, false) : null;
        return word != null && word.meaning()[1] == 0 ? word : null;
    }

    private boolean currencyAfter(String text, int pos) {
        int p = pos + (text.startsWith(" ", pos) ? 1 : 0);
        SurfaceForms.Hit<Unit> u = units.after.at(text, p, false);
        return (u != null && u.meaning().money()) || units.afterScale.at(text, p, false) != null;
    }

    /** A unit attached ("10km"), after a space ("10 km") or a hyphen ("190-mile"). */
    private SurfaceForms.Hit<Unit> unitAt(String text, int pos, boolean scaled) {
        SurfaceForms.Hit<Unit> attached = units.after.at(text, pos, true);
        if (attached != null || pos + 1 >= text.length()) {
            return attached;
        }
        char sep = text.charAt(pos);
        if (sep != ' ' && sep != '-' && sep != '\u00a0') {
            return null;
        }
        SurfaceForms.Hit<Unit> money = scaled ? units.afterScale.at(text, pos + 1, false) : null;
        return money != null ? money : units.after.at(text, pos + 1, false);
    }

    /** The second part of "20-30 km", "20 to 30 km", "between 20 and 30", when it is larger than the first. */
    private Part rangeEnd(String text, Part first) {
        int p = first.end();
        int q = connector(text, p, precededBy(text, first.start(), "between"));
        if (q < 0) {
            return null;
        }
        Part second = part(text, q);
        if (second == null || second.duration() || second.numeral().vague()) {
            return null;
        }
        boolean sameUnit = first.unit() == null || second.unit() == null || first.unit().symbol().equals(second.unit().symbol());
        double lower = !first.scaled() && second.scaled()
                ? first.value() * second.value() / second.numeral().value() : first.value();
        return sameUnit && second.value() > lower ? second : null;
    }

    private static int connector(String text, int p, boolean between) {
        for (String c : between ? new String[] {" and ", " to ", "- and "} : new String[] {"- to ", "-", "–", "—", " - ", " – ", " — ", " to "}) {
            if (text.startsWith(c, p)) {
                return p + c.length();
            }
        }
        return -1;
    }

    private static int rangeStart(String text, int pos, boolean between) {
        for (String w : between ? new String[] {"between"} : new String[] {"from"}) {
            if (precededBy(text, pos, w)) {
                return pos - w.length() - 1;
            }
        }
        return pos;
    }

    /** Whether {@code word} and one space come right before {@code pos}, as a whole word. */
    static boolean precededBy(String text, int pos, String word) {
        int s = pos - word.length() - 1;
        return s >= 0 && text.charAt(pos - 1) == ' ' && text.regionMatches(true, s, word, 0, word.length())
                && (s == 0 || !Character.isLetter(text.charAt(s - 1)));
    }

    private record Cue(int start, Modifier modifier) {
    }

    private Modifier cueBefore(String text, int pos) {
        Cue c = cueAt(text, pos);
        return c == null ? null : c.modifier;
    }

    /** The cue ending one space (or nothing, for "~") before {@code pos}. */
    private Cue cueAt(String text, int pos) {
        SurfaceForms.Hit<Modifier> hit = pos > 0 && text.charAt(pos - 1) == '~' ? cuesBefore.endingAt(text, pos) : null;
        if (hit == null && pos > 1 && Character.isWhitespace(text.charAt(pos - 1))) {
            hit = cuesBefore.endingAt(text, pos - 1);
        }
        return hit == null ? null : new Cue(hit.start(), hit.meaning());
    }

    private static boolean signBefore(String text, int pos) {
        return pos > 0 && (text.charAt(pos - 1) == '-' || text.charAt(pos - 1) == '−')
                && (pos == 1 || !Character.isLetterOrDigit(text.charAt(pos - 2)));
    }
}
