package dev.triangulate.analyze.time;

import dev.triangulate.model.Relation;
import dev.triangulate.model.When;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads how a sentence relates its event to a time from the words just before the expression
 * ("since", "until", "prior to", "after"; word list {@code relations.txt}); the second end of a
 * range ("from May to July", "between 2019 and 2021") is UNTIL. Stateless apart from the word lists.
 */
final class RelationReader {

    private static final int MAX_CUE_WORDS = 3;

    private final TimeWords words;

    RelationReader(TimeWords words) {
        this.words = words;
    }

    /** The relation of the expression at {@code [start, end)}, given the expressions already read before it. */
    Relation relation(String text, int start, int end, List<When> before) {
        Relation open = OpenEnds.relation(text.substring(start, end));
        if (open != null) {
            return open; // "2012 or later": the words in the expression say it
        }
        List<String> preceding = wordsBefore(text, start);
        if (!before.isEmpty() && closesRange(text, before.get(before.size() - 1), start, preceding)) {
            return Relation.UNTIL;
        }
        if (!preceding.isEmpty() && preceding.get(preceding.size() - 1).equals("between")) {
            return Relation.SINCE;
        }
        for (int n = Math.min(MAX_CUE_WORDS, preceding.size()); n >= 1; n--) {
            String cue = String.join(" ", preceding.subList(preceding.size() - n, preceding.size()));
            String rel = words.relations().get(cue);
            if (rel != null) {
                return Relation.valueOf(rel);
            }
        }
        return Relation.AT;
    }

    private static boolean closesRange(String text, When previous, int start, List<String> preceding) {
        if (previous.relation() != Relation.SINCE || previous.span().end() > start) {
            return false;
        }
        String gap = text.substring(previous.span().end(), start).strip().toLowerCase(Locale.ROOT);
        return gap.equals("to") || gap.equals("and") || gap.equals("-") || gap.equals("–") || gap.equals("through");
    }

    /** Up to three lower-case words before {@code pos} on the same line, in text order. */
    private static List<String> wordsBefore(String text, int pos) {
        List<String> out = new ArrayList<>();
        int i = pos;
        while (out.size() < MAX_CUE_WORDS) {
            while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                i--;
            }
            int e = i;
            while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '\'')) {
                i--;
            }
            if (e == i) {
                break;
            }
            out.add(0, text.substring(i, e).toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
