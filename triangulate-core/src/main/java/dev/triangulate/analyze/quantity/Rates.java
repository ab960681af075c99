package dev.triangulate.analyze.quantity;

import dev.triangulate.text.Lexicon;

/**
 * Reads what an amount is given per, right after its unit: "$80 a barrel", "$15 an hour", "€350 per kg",
 * "$15.4/hour", "$1,000-a-month". The rate's unit is the amount's unit over the denominator ({@code USD/bbl}); its normal form
 * keeps the amount's normaliser over the same denominator, so a price per barrel is never compared with a
 * total. Denominators come from {@code rate-denominators.tsv}.
 *
 * <p>Immutable after construction; thread-safe.
 */
final class Rates {

    private static final String[] JOINS = {"/", " per ", " a ", " an ", "-a-", "-an-", "-per-"};
    /** Words after "a year", "a day" that make it a time phrase ("$2bn a year ago"), not a rate. */
    private static final java.util.Set<String> TIME_PHRASE = java.util.Set.of("ago", "earlier", "later", "before", "after",
            "since", "prior", "from");

    private final SurfaceForms<String> denominators = new SurfaceForms<>();

    Rates() {
        for (String line : Lexicon.lines("analyze/quantity/rate-denominators.tsv")) {
            String[] c = line.split("\t");
            for (String form : c[1].split("\\|")) {
                denominators.add(form, c[0], false);
            }
        }
    }

    /** The rate after a unit ending at {@code end}, as {unit over the denominator, end of the denominator}; else {@code null}. */
    Rate after(String text, int end, Unit unit) {
        for (String join : JOINS) {
            if (text.startsWith(join, end)) {
                SurfaceForms.Hit<String> d = denominators.at(text, end + join.length(), false);
                boolean article = join.startsWith(" a") || join.startsWith("-a");
                if (d != null && !(join.equals("/") && d.meaning().equals(unit.symbol())) && !(article && timePhrase(text, d.end()))) {
                    String over = "/" + d.meaning();
                    return new Rate(new Unit(unit.symbol() + over, unit.normalUnit() + over, unit.normaliser(), unit.money()), d.end());
                }
            }
        }
        return null;
    }

    private static boolean timePhrase(String text, int end) {
        int s = end + 1;
        int e = s;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return end < text.length() && text.charAt(end) == ' ' && TIME_PHRASE.contains(text.substring(s, e).toLowerCase(java.util.Locale.ROOT));
    }

    /** A rate unit and where its denominator ends. */
    record Rate(Unit unit, int end) {
    }
}
