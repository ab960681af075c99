package dev.triangulate.analyze.time;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * One pattern of the date grammar and how to read its matches.
 *
 * @param name    for diagnostics and tests
 * @param pattern matched case-insensitively against the whole text
 * @param reader  turns a match into a value in context, or {@code null} to reject the match
 * @param opens   for each ASCII character, the ASCII characters that may follow it at the start of a match
 *                ({@code null}: none may start one), found by trying the pattern on those two characters alone:
 *                it matches, or the engine ran out of input still hoping. Other characters are not checked.
 */
record Rule(String name, Pattern pattern, Reader reader, boolean[][] opens) {

    /** Whether a match may start at {@code from}, judged by its first two characters. */
    boolean mayOpen(String text, int from) {
        char first = text.charAt(from);
        if (first >= opens.length) {
            return true;
        }
        if (opens[first] == null) {
            return false;
        }
        char second = from + 1 < text.length() ? text.charAt(from + 1) : Character.MAX_VALUE;
        return second >= opens.length || opens[first][second];
    }

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
        Pattern pattern = Pattern.compile(bounded, Pattern.CASE_INSENSITIVE);
        return new Rule(name, pattern, reader, opens(pattern, regex.contains("(?<=")));
    }

    /**
     * The ASCII pairs a match of {@code pattern} may start with. A rule that needs text before its match (a
     * positive look-behind) cannot be tried on two characters alone, so every pair is allowed for it.
     */
    private static boolean[][] opens(Pattern pattern, boolean needsTextBefore) {
        boolean[][] opens = new boolean[128][];
        java.util.regex.Matcher m = pattern.matcher("");
        for (char a = 0; a < opens.length; a++) {
            m.reset(String.valueOf(a));
            if (!needsTextBefore && !m.lookingAt() && !m.hitEnd()) {
                continue;
            }
            opens[a] = new boolean[128];
            for (char b = 0; b < opens.length; b++) {
                m.reset(new String(new char[] {a, b}));
                opens[a][b] = needsTextBefore || m.lookingAt() || m.hitEnd();
            }
        }
        return opens;
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
