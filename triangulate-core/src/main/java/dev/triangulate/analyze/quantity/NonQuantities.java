package dev.triangulate.analyze.quantity;

import dev.triangulate.text.Lexicon;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which numbers are not quantities of ours: years and dates ("2024", "17 November"),
 * times of day ("10:30", "6pm"), ordinals ("1st"), decades ("the 1990s"), list numbering
 * ("1." at the start of a line), model and code designators ("F-16", "COVID-19", "A320",
 * "Article 5"), phone numbers and versions ("555-123-4567", "1.2.3"), and durations with time
 * units ("three years", "24-hour"), which the date extractor owns. Month names and time units
 * come from {@code months.txt} and {@code time-units.txt}.
 *
 * <p>Immutable; thread-safe.
 */
final class NonQuantities {

    private final Set<String> months = Lexicon.lines("analyze/quantity/months.txt");
    private final Set<String> openers = Lexicon.lines("analyze/quantity/sentence-openers.txt");
    private final Set<String> labels = Lexicon.lines("analyze/quantity/label-words.txt");
    private final SurfaceForms<Boolean> timeUnits = new SurfaceForms<>();

    NonQuantities() {
        for (String unit : Lexicon.lines("analyze/quantity/time-units.txt")) {
            timeUnits.add(unit, Boolean.TRUE, true);
        }
    }

    /** Whether a time unit follows {@code pos}, attached, after a space or after a hyphen ("24-hour"). */
    boolean durationAt(String text, int pos) {
        if (timeUnits.at(text, pos, true) != null) {
            return true;
        }
        boolean sep = pos + 1 < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '-');
        return sep && timeUnits.at(text, pos + 1, false) != null;
    }

    /** Whether the quantity from {@code first} to {@code last} (the same part unless a range) is ours. */
    boolean accepts(String text, Part first, Part last, boolean cued) {
        int start = first.start();
        int end = last.end();
        if (partOfCode(text, start) || codeAfter(text, end)) {
            return false;
        }
        boolean unitless = first.unit() == null && last.unit() == null;
        return !unitless || plainCount(text, first, last, cued);
    }

    private boolean plainCount(String text, Part first, Part last, boolean cued) {
        if (first.numeral().weak()) {
            return false;
        }
        if (!cued && (yearLike(first) || yearLike(last) || !first.numeral().words() && namedBefore(text, first.start()))) {
            return false;
        }
        String before = wordBefore(text, first.start());
        if (before != null && labels.contains(before.toLowerCase(Locale.ROOT))) {
            return false;
        }
        int end = last.end();
        return !listNumber(text, first.start(), end) && !monthNear(text, first.start(), end) && !suffixed(text, end);
    }

    private static boolean yearLike(Part p) {
        return p.numeral().yearShaped() && !p.scaled();
    }

    /** "F-16", "COVID-19", "A320", "G7", "+44", "#3", "1,2", "10:30" (the 30): the number is part of a code. */
    private static boolean partOfCode(String text, int start) {
        if (start == 0) {
            return false;
        }
        char p = text.charAt(start - 1);
        if (Character.isLetterOrDigit(p) || p == '+' || p == '#' || p == '_' || p == '@') {
            return true;
        }
        boolean joiner = p == '-' || p == '/' || p == '‑' || p == '.' || p == ',' || p == ':' || p == '–';
        return joiner && start >= 2 && Character.isLetterOrDigit(text.charAt(start - 2));
    }

    /** "10:30", "555-1234", "1.2.3", "5G", "3D": more digits or letters glued on after the number. */
    private static boolean codeAfter(String text, int end) {
        if (end >= text.length()) {
            return false;
        }
        char c = text.charAt(end);
        boolean glued = c == ':' || c == '.' || c == '/' || c == '-' || c == ',' || c == '–';
        return glued && NumeralReader.isDigit(text, end + 1) || Character.isLetterOrDigit(c);
    }

    /** "1st", "the 1990s", "'90s": ordinals and decades. */
    private static boolean suffixed(String text, int end) {
        return end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')
                && end + 1 < text.length() && text.charAt(end + 1) == 's';
    }

    /** "1. Introduction" or "2) Then" at the start of a line. */
    private static boolean listNumber(String text, int start, int end) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        boolean lineStart = i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r';
        return lineStart && end < text.length() && (text.charAt(end) == '.' || text.charAt(end) == ')')
                && (end + 1 >= text.length() || Character.isWhitespace(text.charAt(end + 1)));
    }

    /** "17 November", "November 17", "Aug. 2023": the number is a day or a year. */
    private boolean monthNear(String text, int start, int end) {
        return isMonth(wordAfter(text, end)) || isMonth(wordBefore(text, start));
    }

    private boolean isMonth(String word) {
        return word != null && !word.isEmpty() && Character.isUpperCase(word.charAt(0))
                && months.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "Article 5", "Boeing 737", "Flight 17": a capitalised word names the number, unless it opens the sentence as a function word. */
    private boolean namedBefore(String text, int start) {
        String word = wordBefore(text, start);
        if (word == null || word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        int i = start - 1 - word.length() - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        boolean opens = i < 0 || ".!?\n\"“‘(:;".indexOf(text.charAt(i)) >= 0;
        return !opens || !openers.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The letters right after one space (or period and space) following {@code end}. */
    private static String wordAfter(String text, int end) {
        int s = end < text.length() && text.charAt(end) == ' ' ? end + 1 : -1;
        if (s < 0) {
            return null;
        }
        int e = s;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(s, e);
    }

    /** The letters right before one space (and an optional period) before {@code start}. */
    private static String wordBefore(String text, int start) {
        int e = start - 1;
        if (e < 1 || text.charAt(e) != ' ') {
            return null;
        }
        if (text.charAt(e - 1) == '.') {
            e--;
        }
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return text.substring(s, e);
    }
}
