package dev.triangulate.analyze.time;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What a rule may consult to read a match: the text around it, the anchor date and the tense of
 * its clause.
 *
 * @param text   the whole article text
 * @param anchor the publication date, or {@code null} when unknown
 * @param tense  the tense of the clause the match sits in
 * @param words  the word lists
 */
record Context(String text, LocalDate anchor, Tense tense, TimeWords words) {

    /** The word just before {@code pos} on the same line, lower-cased, or "" when none. */
    String wordBefore(int pos) {
        int e = pos;
        while (e > 0 && isSpace(text.charAt(e - 1))) {
            e--;
        }
        return text.substring(wordStartBefore(pos), e).toLowerCase(Locale.ROOT);
    }

    /** Where the word just before {@code pos} starts (so the word before that can be read). */
    int wordStartBefore(int pos) {
        int s = pos;
        while (s > 0 && isSpace(text.charAt(s - 1))) {
            s--;
        }
        while (s > 0 && (Character.isLetterOrDigit(text.charAt(s - 1)) || text.charAt(s - 1) == '\'')) {
            s--;
        }
        return s;
    }

    /** The word just after {@code pos} on the same line, lower-cased, or "" when none. */
    String wordAfter(int pos) {
        int s = pos;
        while (s < text.length() && isSpace(text.charAt(s))) {
            s++;
        }
        int e = s;
        while (e < text.length() && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '-')) {
            e++;
        }
        return text.substring(s, e).toLowerCase(Locale.ROOT);
    }

    /** True when the character at {@code pos} starts a sentence or line (so its capital letter says nothing). */
    boolean startsSentence(int pos) {
        int i = pos;
        while (i > 0 && isSpace(text.charAt(i - 1))) {
            i--;
        }
        if (i == 0) {
            return true;
        }
        char c = text.charAt(i - 1);
        return c == '\n' || c == '.' || c == '!' || c == '?' || c == '"' || c == '“' || c == ':';
    }

    boolean capitalised(int pos) {
        return pos < text.length() && Character.isUpperCase(text.charAt(pos));
    }

    boolean known() {
        return anchor != null;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }
}
