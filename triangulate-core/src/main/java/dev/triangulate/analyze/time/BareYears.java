package dev.triangulate.analyze.time;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * When a four-digit number standing alone is a year: after a time preposition ("in 1999") or "year of", a temporal
 * comparative ("no later than 2020"), in a list of years ("of 2007 and 2009"), or before a noun of dated events
 * ("the 2024 election"); never before a plural noun that makes it a count ("of 1500 workers"). Stateless.
 */
final class BareYears {

    /** Comparatives of time: after them "than" introduces a time as a preposition would ("earlier than 1990"). */
    private static final Set<String> TEMPORAL_COMPARATIVES = Set.of("later", "earlier", "sooner");

    /** What follows a year listed with another: "and 2009", "or 2010". */
    private static final Pattern LISTED_YEAR = Pattern.compile(
            "[^\\S\\n]+(?:and|or)[^\\S\\n]+(?:1[0-9]\\d\\d|20\\d\\d)(?![\\d,.:]\\d|[^\\S\\n]+[a-z]+s\\b)");

    private BareYears() {
    }

    /** A bare four-digit number is a year after a time preposition or before a noun of dated events. */
    static boolean isYear(TimeWords w, Context c, int start, int end) {
        String before = c.wordBefore(start);
        String after = c.wordAfter(end);
        if (after.matches("[a-z]+s") && !w.yearNouns().contains(after)) {
            return false; // "to 2024 points", "of 1500 workers": a count
        }
        if (w.prepositions().contains(before) && !before.equals("of") && !before.equals("at")) {
            return true;
        }
        if (before.equals("of") && LISTED_YEAR.matcher(c.text()).region(end, Math.min(c.text().length(), end + 12))
                .useTransparentBounds(true).lookingAt()) {
            return true; // "sales of 2007 and 2009": a year listed with a year
        }
        if (before.equals("of") && c.wordBefore(c.wordStartBefore(start)).equals("year")) {
            return true; // "in the year of 2008": the year named
        }
        if (before.equals("than")) {
            return TEMPORAL_COMPARATIVES.contains(c.wordBefore(c.wordStartBefore(start))); // "no later than 2020"
        }
        return (before.equals("the") || before.equals("of") || before.endsWith("'s")) && w.yearNouns().contains(after);
    }
}
