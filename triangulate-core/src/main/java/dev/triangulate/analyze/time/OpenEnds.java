package dev.triangulate.analyze.time;

import dev.triangulate.analyze.time.DateExtractor.Reading;
import dev.triangulate.model.Relation;
import dev.triangulate.model.TimeType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes into a date the words that leave it open at one end ("2012 or later", "1/1/2016 and after", "May 2019 or
 * earlier"), as a TIMEX3 extent takes the words of its {@code mod} (ON_OR_AFTER, ON_OR_BEFORE): the value stays the
 * date, the relation says which side is open ({@link #relation}). The words must close the phrase, so "in 2018
 * and after the war" keeps "2018" alone. Stateless.
 */
final class OpenEnds {

    /** Farthest an open end may reach past its date. */
    private static final int REACH = 24;
    private static final Pattern TRAIL = Pattern.compile(
            "(?i),?[^\\S\\n]+(?:or|and)[^\\S\\n]+(?<cue>later|after|afterwards|onwards?|beyond|greater|earlier|before|sooner)"
                    + "(?=[^\\S\\n]*(?:$|[.,;:!?)\\n]))");
    private static final Pattern OPEN_END = Pattern.compile(
            "(?i).*[^\\S\\n](?:or|and)[^\\S\\n]+(?<cue>later|after|afterwards|onwards?|beyond|greater|earlier|before|sooner)");

    private OpenEnds() {
    }

    static List<Reading> join(String text, List<Reading> readings) {
        List<Reading> out = new ArrayList<>(readings.size());
        for (Reading r : readings) {
            Matcher m = TRAIL.matcher(text).region(r.end(), Math.min(text.length(), r.end() + REACH))
                    .useTransparentBounds(true).useAnchoringBounds(false);
            boolean open = r.value().type() == TimeType.DATE && r.value().begin() != null && r.range() == null && m.lookingAt();
            out.add(open ? new Reading(r.start(), m.end(), r.rule(), r.kind(), r.value(), null) : r);
        }
        return out;
    }

    /** SINCE for a date open towards the future ("or later"), UNTIL towards the past ("or earlier"), else {@code null}. */
    static Relation relation(String expression) {
        Matcher m = OPEN_END.matcher(expression);
        if (!m.matches()) {
            return null;
        }
        String cue = m.group("cue").toLowerCase(java.util.Locale.ROOT);
        return cue.equals("earlier") || cue.equals("before") || cue.equals("sooner") ? Relation.UNTIL : Relation.SINCE;
    }
}
