package dev.triangulate.analyze.time;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * One pattern of the date grammar and how to read its matches.
 *
 * @param name    for diagnostics and tests
 * @param pattern matched case-insensitively against the whole text
 * @param reader  turns a match into a value in context, or {@code null} to reject the match
 */
record Rule(String name, Pattern pattern, Reader reader) {

    /** Reads one match; returns {@code null} when the match is not a time after all ("may" the verb). */
    @FunctionalInterface
    interface Reader {
        TimeValue read(MatchResult m, Context c);
    }

    /**
     * A rule matched only where a word starts and ends. Refuses a look-behind with an unbounded repetition
     * ({@code +} or {@code *}): Java tries such a look-behind at every length back to the start of the text, so
     * one of them makes a rule quadratic in the length of the article.
     */
    static Rule of(String name, String regex, Reader reader) {
        if (unboundedLookBehind(regex)) {
            throw new IllegalArgumentException("date rule '" + name + "' has an unbounded look-behind; use a bounded space like {1,3}");
        }
        String bounded = "(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])";
        return new Rule(name, Pattern.compile(bounded, Pattern.CASE_INSENSITIVE), reader);
    }

    /** Whether a look-behind group of {@code regex} holds an unescaped {@code +} or {@code *} outside a character class. */
    static boolean unboundedLookBehind(String regex) {
        for (int at = regex.indexOf("(?<"); at >= 0; at = regex.indexOf("(?<", at + 3)) {
            char kind = at + 3 < regex.length() ? regex.charAt(at + 3) : ' ';
            if ((kind == '=' || kind == '!') && repeatsFreely(regex, at + 4)) {
                return true;
            }
        }
        return false;
    }

    private static boolean repeatsFreely(String regex, int from) {
        int depth = 1;
        boolean inClass = false;
        for (int i = from; i < regex.length() && depth > 0; i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '+' || c == '*') {
                return true;
            }
        }
        return false;
    }
}
