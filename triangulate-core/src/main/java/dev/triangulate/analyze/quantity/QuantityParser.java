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
    private final UnitCues unitCues = new UnitCues(units);
    private final Scales scales = new Scales(units);
    private final SurfaceForms<Modifier> cuesBefore = new SurfaceForms<>();
    private final SurfaceForms<Modifier> cuesAfter = new SurfaceForms<>();
    private final NonQuantities guards = new NonQuantities();
    private final Rates rates = new Rates();
    private final MinorUnits minorUnits = new MinorUnits(numerals);

    QuantityParser() {
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
        int start = second == null ? pos : rangeStart(text, signBefore(text, pos) ? pos - 1 : pos, between);
        Cue c = cue == null ? null : cueAt(text, start);
        return assemble(text, first, second, c == null ? start : c.start, c == null ? null : c.modifier);
    }

    private Reading assemble(String text, Part first, Part second, int start, Modifier before) {
        // "$15,000 to $50,000 per minute": the rate after the second amount is the unit of both
        Unit unit = second != null && second.unit() != null ? second.unit() : first.unit();
        double lower = first.value();
        if (second != null && !first.scaled() && second.scaled()) {
            lower *= second.value() / second.numeral().value();
        }
        int end = second == null ? first.end() : second.end();
        int numberStart = first.start();
        int sign = unit != null && unit.signed() ? signLength(text, numberStart) : 0;
        if (sign > 0) {
            lower = -lower;
            numberStart -= sign;
            start = Math.min(start, numberStart);
        }
        Modifier modifier = before;
        SurfaceForms.Hit<Modifier> after = cuesAfter.at(text, end + (text.startsWith(" ", end) ? 1 : 0), true);
        if (after != null && modifier == null) {
            modifier = after.meaning();
            end = after.end();
        }
        Double upper = second == null ? first.numeral().upper() : Double.valueOf(second.value());
        if (second != null && unit != null && unit.signed() && signBefore(text, second.start())) {
            upper = -upper; // "from -18 °C to -34 °C": the range is [-34, -18]
        }
        if (upper != null && upper < lower) {
            double swap = lower;
            lower = upper;
            upper = swap;
        }
        if (first.numeral().vague() && modifier == null) {
            modifier = Modifier.ABOUT;
        }
        return new Reading(start, end, numberStart, lower, upper, unit, modifier, first.numeral().vague(),
                second == null ? first.scaled() : second.scaled());
    }

    /** A currency or unit written before the number, its scale factor ("MUSD"), whether a scale must follow, its end. */
    private record Prefix(Unit unit, double factor, boolean scaleNeeded, int end) {
    }

    /** Currency or unit, number, scale, unit starting at {@code pos}. */
    Part part(String text, int pos) {
        Prefix prefix = prefixAt(text, pos);
        int p = prefix == null ? pos : prefix.end() + (text.startsWith(" ", prefix.end()) ? 1 : 0);
        if (prefix != null && !NumeralReader.isDigit(text, p)) {
            return null;
        }
        Numeral n = numerals.read(text, p);
        if (n == null) {
            return null;
        }
        if (prefix != null && p == prefix.end() && n.plain() && codeLetters(text, pos, p)
                && !UnitCatalog.unambiguousCode(text.substring(pos, p))) {
            // "ESP32", "COP27": such letters glued to a whole number name a thing; "USD115", "ESP1.2bn" are money
            prefix = new Prefix(prefix.unit(), prefix.factor(), true, prefix.end());
        }
        return prefix != null ? prefixed(text, pos, n, prefix) : measure(text, pos, n);
    }

    /** Whether the characters from {@code start} to {@code end} are three or more capital letters, as a code is. */
    private static boolean codeLetters(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) < 'A' || text.charAt(i) > 'Z') {
                return false;
            }
        }
        return end - start >= 3;
    }

    private Prefix prefixAt(String text, int pos) {
        SurfaceForms.Hit<Unit> before = units.before.at(text, pos, false, true);
        if (before != null) {
            return new Prefix(before.meaning(), 1, false, before.end());
        }
        SurfaceForms.Hit<UnitCatalog.ScaledCode> code = units.scaledCodes.at(text, pos, false, true);
        if (code != null) {
            return new Prefix(code.meaning().unit(), code.meaning().factor(), false, code.end());
        }
        SurfaceForms.Hit<Unit> scaled = units.beforeScale.at(text, pos, false, true);
        return scaled == null ? null : new Prefix(scaled.meaning(), 1, true, scaled.end());
    }

    /** "$2.5bn", "USD 40", "MEUR 120", "magnitude 7.8", "R50 billion": a currency or unit written before the number. */
    private Part prefixed(String text, int pos, Numeral n, Prefix prefix) {
        Unit unit = prefix.unit();
        SurfaceForms.Hit<double[]> scale = prefix.factor() == 1 ? scales.after(text, n, unit.money()) : null;
        if (scale == null && prefix.scaleNeeded()) {
            return null;
        }
        int end = scale == null ? n.end() : scale.end();
        double value = scale == null ? n.value() * prefix.factor() : n.value() * scale.meaning()[0];
        boolean scaled = scale != null || prefix.factor() != 1;
        Rates.Rate rate = rates.after(text, end, unit);
        return rate == null ? new Part(pos, end, n, value, scaled, unit, false)
                : new Part(pos, rate.end(), n, value, scaled, rate.unit(), false);
    }

    private Part measure(String text, int pos, Numeral n) {
        SurfaceForms.Hit<double[]> scale = n.words() ? null : scales.after(text, n, false);
        int e = scale == null ? n.end() : scale.end();
        double value = scale == null ? n.value() : n.value() * scale.meaning()[0];
        if (guards.durationAt(text, e)) {
            return new Part(pos, e, n, value, scale != null, null, true);
        }
        SurfaceForms.Hit<UnitCatalog.ScaledCode> code = n.vague() || scale != null ? null : scaledCodeAt(text, e);
        if (code != null) {
            return new Part(pos, code.end(), n, value * code.meaning().factor(), true, code.meaning().unit(), false);
        }
        SurfaceForms.Hit<Unit> unit = n.vague() ? null : unitAt(text, e, scale != null);
        Unit inches = unit == null && !n.vague() ? unitCues.inchesAt(text, e) : null;
        if (inches != null) {
            return new Part(pos, e + 3, n, value, scale != null, inches, false);
        }
        if (unit == null && n.share()) {
            return new Part(pos, e, n, value, false, SHARE, false);
        }
        if (unit == null) {
            return new Part(pos, e, n, value, scale != null, null, false);
        }
        return afterUnit(text, pos, n, value, scale != null, unit);
    }

    /** What may follow a unit: a minor unit ("5 feet 2 inches"), a scale ("75 USD million") or a rate ("$80 a barrel"). */
    private Part afterUnit(String text, int pos, Numeral n, double value, boolean scaled, SurfaceForms.Hit<Unit> hit) {
        Unit unit = unitCues.degrees(text, pos, hit.meaning());
        double[] minor = minorUnits.after(text, hit.end(), unit);
        if (minor != null) {
            return new Part(pos, (int) minor[1], n, value + minor[0], scaled, unit, false);
        }
        SurfaceForms.Hit<double[]> scale = !scaled && unit.money() && text.startsWith(" ", hit.end())
                ? scales.word(text, hit.end() + 1) : null;
        if (scale != null) {
            return new Part(pos, scale.end(), n, value * scale.meaning()[0], true, unit, false);
        }
        Rates.Rate rate = rates.after(text, hit.end(), unit);
        return rate == null ? new Part(pos, hit.end(), n, value, scaled, unit, false)
                : new Part(pos, rate.end(), n, value, scaled, rate.unit(), false);
    }

    /** "30 MUSD", "500kEUR": a currency code with a scale letter, after a space or attached. */
    private SurfaceForms.Hit<UnitCatalog.ScaledCode> scaledCodeAt(String text, int pos) {
        SurfaceForms.Hit<UnitCatalog.ScaledCode> attached = units.scaledCodes.at(text, pos, true);
        return attached != null || !text.startsWith(" ", pos) ? attached : units.scaledCodes.at(text, pos + 1, false);
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
        return money != null ? money : sep == ' ' ? spacedUnit(text, pos + 1) : units.after.at(text, pos + 1, false);
    }

    /** "20 kg", or the unit alone in brackets as in tables and forms: "20 (kg)", "20 [kg]". */
    private SurfaceForms.Hit<Unit> spacedUnit(String text, int pos) {
        int kind = "([{<".indexOf(text.charAt(pos));
        if (kind < 0) {
            return units.after.at(text, pos, false);
        }
        SurfaceForms.Hit<Unit> inside = units.after.at(text, pos + 1, true);
        boolean closed = inside != null && inside.end() < text.length() && text.charAt(inside.end()) == ")]}>".charAt(kind);
        return closed ? new SurfaceForms.Hit<>(inside.form(), pos, inside.end() + 1) : null;
    }

    /** The second part of "20-30 km", "20 to 30 km", "between 20 and 30", when it is larger than the first. */
    private Part rangeEnd(String text, Part first) {
        int p = first.end();
        int q = connector(text, p, precededBy(text, first.start(), "between"));
        if (q < 0) {
            return null;
        }
        boolean minus = q + 1 < text.length() && (text.charAt(q) == '-' || text.charAt(q) == '−') && NumeralReader.isDigit(text, q + 1);
        Part second = part(text, minus ? q + 1 : q);
        if (second == null || second.duration() || second.numeral().vague()) {
            return null;
        }
        boolean sameUnit = first.unit() == null || second.unit() == null || first.unit().symbol().equals(second.unit().symbol())
                || second.unit().symbol().startsWith(first.unit().symbol() + "/");
        Unit unit = first.unit() != null ? first.unit() : second.unit();
        if (unit != null && unit.signed() && (minus || signBefore(text, first.start()))) {
            double from = signBefore(text, first.start()) ? -first.value() : first.value();
            return sameUnit && (minus ? -second.value() : second.value()) != from ? second : null;
        }
        if (minus) {
            return null;
        }
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

    /** Characters of the minus sign right before {@code pos}: 1 for "-5C", 6 for "minus 5 degrees", else 0. */
    private static int signLength(String text, int pos) {
        if (signBefore(text, pos)) {
            return 1;
        }
        return precededBy(text, pos, "minus") ? 6 : 0;
    }

    private static boolean signBefore(String text, int pos) {
        return pos > 0 && (text.charAt(pos - 1) == '-' || text.charAt(pos - 1) == '−')
                && (pos == 1 || !Character.isLetterOrDigit(text.charAt(pos - 2)));
    }
}
