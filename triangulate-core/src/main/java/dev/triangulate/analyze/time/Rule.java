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

    static Rule of(String name, String regex, Reader reader) {
        String bounded = "(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])";
        return new Rule(name, Pattern.compile(bounded, Pattern.CASE_INSENSITIVE), reader);
    }
}
