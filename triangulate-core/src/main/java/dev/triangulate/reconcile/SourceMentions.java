package dev.triangulate.reconcile;

import dev.triangulate.model.Span;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the entity a clause cites from the entities it is about. In "Nearly 50 people were killed,
 * the Red Cross said" the Red Cross is where the figure comes from, not whose figure it is: two
 * outlets citing different sources for one death toll disagree about the same thing. A mention is a
 * source when a reporting verb follows it ("the ministry said", "officials estimated") or stands just
 * before it ("said the ministry"), or when "according to" introduces it. Stateless.
 */
final class SourceMentions {

    /** The first word after a mention, past spaces and commas. */
    private static final Pattern NEXT_WORD = Pattern.compile("^[\\s,]{0,3}(\\p{L}[\\p{L}']*)");
    /** The last one or two words before a mention, with an optional article. */
    private static final Pattern WORDS_BEFORE = Pattern.compile("(?:(\\p{L}+)\\s+)?(\\p{L}+)\\s+(?:(?:the|a|an)\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final int LOOK_BACK = 40;

    private SourceMentions() {
    }

    static boolean isSource(String text, Span mention, Cues cues) {
        Matcher next = NEXT_WORD.matcher(text.substring(mention.end(), Math.min(text.length(), mention.end() + 20)));
        if (next.find() && reporting(next.group(1), cues)) {
            return true;
        }
        String before = text.substring(Math.max(0, mention.start() - LOOK_BACK), mention.start());
        Matcher m = WORDS_BEFORE.matcher(before);
        if (!m.find()) {
            return false;
        }
        String last = m.group(2).toLowerCase(Locale.ROOT);
        String first = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        return "according".equals(first) && "to".equals(last) || isSaid(last);
    }

    /** A reporting verb in the past or present ("said", "says", "estimated"), not "report" the noun after an article. */
    private static boolean reporting(String word, Cues cues) {
        return Cues.stemIn(word.toLowerCase(Locale.ROOT), cues.reportingStems()) && !"according".equalsIgnoreCase(word);
    }

    /** Only saying verbs invert ("said the ministry"); "told the ministry" names who was told. */
    private static boolean isSaid(String lower) {
        return "said".equals(lower) || "says".equals(lower);
    }
}
