package dev.triangulate.analyze.quantity;

import dev.triangulate.text.Lexicon;

/**
 * Reads the scale after a number: "million" and "lakh crore" after a space, "bn" and "k" attached, and "m" or "b"
 * only next to a currency ("£40m", "5m euros", while "48m" is metres). The forms come from {@code scales.tsv}; each
 * means {factor, mode}, mode 0 for a word, 1 for an attached suffix, 2 for a suffix of money only.
 *
 * <p>Immutable after construction; thread-safe.
 */
final class Scales {

    private final SurfaceForms<double[]> forms = new SurfaceForms<>();
    private final UnitCatalog units;

    Scales(UnitCatalog units) {
        this.units = units;
        for (String line : Lexicon.lines("analyze/quantity/scales.tsv")) {
            String[] c = line.split("\t");
            double mode = switch (c[2]) {
                case "word" -> 0;
                case "attached" -> 1;
                default -> 2;
            };
            forms.add((mode > 0 ? "^" : "") + c[0], new double[] {Double.parseDouble(c[1]), mode}, false);
        }
    }

    /** A scale word starting at {@code pos} ("75 USD million"), else {@code null}. */
    SurfaceForms.Hit<double[]> word(String text, int pos) {
        SurfaceForms.Hit<double[]> hit = forms.at(text, pos, false);
        return hit != null && hit.meaning()[1] == 0 ? hit : null;
    }

    /** "million" after a space, "bn" or "k" attached; "m" and "b" only next to a currency ("£40m", "5m euros"). */
    SurfaceForms.Hit<double[]> after(String text, Numeral n, boolean money) {
        int e = n.end();
        SurfaceForms.Hit<double[]> attached = forms.at(text, e, true);
        if (attached != null && (attached.meaning()[1] < 2 || money || currencyAfter(text, attached.end()))) {
            return attached;
        }
        boolean spaced = e < text.length() && (text.charAt(e) == ' ' || text.charAt(e) == '-');
        SurfaceForms.Hit<double[]> word = spaced ? word(text, e + 1) : null;
        if (word == null) {
            return null;
        }
        SurfaceForms.Hit<double[]> next = text.startsWith(" ", word.end()) ? word(text, word.end() + 1) : null;
        if (next != null && next.meaning()[0] > word.meaning()[0]) {
            // "2.5 lakh crore", "5,000 thousand crore": a scale of a scale
            return new SurfaceForms.Hit<>(new SurfaceForms.Form<>(next.form().text(), new double[] {word.meaning()[0] * next.meaning()[0], 0},
                    true, false), word.start(), next.end());
        }
        return word;
    }

    private boolean currencyAfter(String text, int pos) {
        int p = pos + (text.startsWith(" ", pos) ? 1 : 0);
        SurfaceForms.Hit<Unit> u = units.after.at(text, p, false);
        return (u != null && u.meaning().money()) || units.afterScale.at(text, p, false) != null;
    }
}
