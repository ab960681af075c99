package dev.triangulate.analyze.quantity;

import dev.triangulate.text.Lexicon;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a number at a position: digits ("10,000", "1.5", "10 1/2", "½") or words ("two dozen",
 * "three hundred and fifty", "half a million"), or a vague plural ("tens of thousands of").
 * Word values, roles and vague amounts come from {@code number-words.tsv} and {@code vague-amounts.tsv}.
 *
 * <p>Immutable after construction; thread-safe.
 */
final class NumeralReader {

    private enum Role { ARTICLE, UNIT, TEEN, TENS, HUNDRED, SCALE, DOZEN, HALF }

    private record Word(double value, Role role) {
    }

    private static final String VULGAR = "½¼¾⅓⅔⅛";
    /** Thousands separators: comma, no-break space, narrow no-break space, thin space. */
    private static final String GROUPING = ",\u00a0\u202f\u2009";
    private static final java.util.Set<Integer> FRACTION_DENOMINATORS = java.util.Set.of(2, 3, 4, 5, 8, 10, 16);
    private static final double[] VULGAR_VALUES = {0.5, 0.25, 0.75, 1 / 3.0, 2 / 3.0, 0.125};

    private final Map<String, Word> words = new HashMap<>();
    private final SurfaceForms<double[]> vague = new SurfaceForms<>();
    private final Shares shares = new Shares(new NonQuantities());

    NumeralReader() {
        for (String line : Lexicon.lines("analyze/quantity/number-words.tsv")) {
            String[] c = line.split("\t");
            words.put(c[0], new Word(Double.parseDouble(c[1]), Role.valueOf(c[2].toUpperCase(Locale.ROOT))));
        }
        for (String line : Lexicon.lines("analyze/quantity/vague-amounts.tsv")) {
            String[] c = line.split("\t");
            vague.add(c[0], new double[] {Double.parseDouble(c[1]), Double.parseDouble(c[2])}, true);
        }
    }

    /** The number starting at {@code pos}, or {@code null}; a share of a whole ("two-thirds", "one in five") when one is written there. */
    Numeral read(String text, int pos) {
        if (pos >= text.length()) {
            return null;
        }
        Numeral article = Character.isLetter(text.charAt(pos)) ? shares.article(text, pos) : null;
        if (article != null) {
            return article;
        }
        Numeral whole = whole(text, pos);
        Numeral share = whole == null ? null : shares.extend(text, whole, this);
        return share != null ? share : whole;
    }

    /** The number starting at {@code pos} as written, never a share, or {@code null}. */
    Numeral whole(String text, int pos) {
        if (pos >= text.length()) {
            return null;
        }
        char c = text.charAt(pos);
        if (c >= '0' && c <= '9') {
            return digits(text, pos);
        }
        if (VULGAR.indexOf(c) >= 0) {
            return new Numeral(pos, pos + 1, VULGAR_VALUES[VULGAR.indexOf(c)], null, false, false);
        }
        Numeral v = vagueAmount(text, pos);
        return v != null ? v : words(text, pos);
    }

    private Numeral vagueAmount(String text, int pos) {
        SurfaceForms.Hit<double[]> hit = vague.at(text, pos, false);
        if (hit == null || !text.regionMatches(true, hit.end(), " of ", 0, 4)) {
            return null;
        }
        return new Numeral(pos, hit.end(), hit.meaning()[0], hit.meaning()[1], true, false);
    }

    private static Numeral digits(String text, int pos) {
        int j = integerEnd(text, pos);
        if (text.charAt(pos) == '0' && j - pos > 1) {
            return null; // "007", "000": a code, or the tail of a number grouped with spaces
        }
        boolean grouped = j - pos > integerLength(text, pos);
        int end = j;
        if (end + 1 < text.length() && text.charAt(end) == '.' && isDigit(text, end + 1)) {
            end++;
            while (isDigit(text, end)) {
                end++;
            }
        }
        double value = Double.parseDouble(text.substring(pos, end).replaceAll("[,\u00a0\u202f\u2009]", ""));
        if (end == j && !grouped) {
            Numeral fraction = fraction(text, pos, end, value);
            if (fraction != null) {
                return fraction;
            }
        }
        return new Numeral(pos, end, value, null, false, end == j && !grouped);
    }

    /**
     * End of "10,000", "10 000" (no-break or thin space) or "2024"; separators count only between groups of exactly
     * three digits. A plain space never groups: "on March 5 100 people" is a day and a count.
     */
    private static int integerEnd(String text, int pos) {
        int j = pos;
        while (isDigit(text, j)) {
            j++;
        }
        int lakh = lakhEnd(text, pos, j);
        if (lakh > 0) {
            return lakh;
        }
        while (j < text.length() && GROUPING.indexOf(text.charAt(j)) >= 0 && isDigit(text, j + 1) && isDigit(text, j + 2)
                && isDigit(text, j + 3) && !isDigit(text, j + 4)) {
            j += 4;
        }
        return j;
    }

    /**
     * End of "12,34,567" or "1,00,000" (Indian grouping: pairs of digits, then a last group of three), else -1. Read only
     * when the last group closes the number, so that a list such as "1,20,30" stays three numbers.
     */
    private static int lakhEnd(String text, int pos, int digitsEnd) {
        int j = digitsEnd;
        if (j - pos > 2 || j >= text.length() || text.charAt(j) != ',') {
            return -1;
        }
        int pairs = 0;
        while (text.startsWith(",", j) && isDigit(text, j + 1) && isDigit(text, j + 2) && text.startsWith(",", j + 3)) {
            j += 3;
            pairs++;
        }
        boolean closes = pairs > 0 && text.startsWith(",", j) && isDigit(text, j + 1) && isDigit(text, j + 2)
                && isDigit(text, j + 3) && !isDigit(text, j + 4);
        return closes ? j + 4 : -1;
    }

    /** "1/4", "10 1/2", "2½": simple fractions with a small denominator; anything else stays a whole number. */
    private static Numeral fraction(String text, int pos, int end, double whole) {
        if (end < text.length() && VULGAR.indexOf(text.charAt(end)) >= 0) {
            return new Numeral(pos, end + 1, whole + VULGAR_VALUES[VULGAR.indexOf(text.charAt(end))], null, false, false);
        }
        double[] f = slash(text, end);
        if (f != null && whole < f[2]) {
            return new Numeral(pos, (int) f[1], whole / f[2], null, false, false);
        }
        if (end + 1 < text.length() && text.charAt(end) == ' ') {
            double[] tail = slash(text, end + 1 + integerLength(text, end + 1));
            int n = integerLength(text, end + 1);
            if (n > 0 && n <= 2 && tail != null) {
                double num = Double.parseDouble(text.substring(end + 1, end + 1 + n));
                if (num < tail[2]) {
                    return new Numeral(pos, (int) tail[1], whole + num / tail[2], null, false, false);
                }
            }
        }
        return null;
    }

    /** "/d" at {@code pos} with a usual denominator (not "9/11" or "24/7"): {0, end, denominator}; {@code null} for dates like 12/05/2024. */
    private static double[] slash(String text, int pos) {
        if (pos >= text.length() || text.charAt(pos) != '/') {
            return null;
        }
        int n = integerLength(text, pos + 1);
        if (n == 0 || n > 2 || (pos + 1 + n < text.length() && "/.".indexOf(text.charAt(pos + 1 + n)) >= 0)) {
            return null;
        }
        int d = Integer.parseInt(text.substring(pos + 1, pos + 1 + n));
        return FRACTION_DENOMINATORS.contains(d) ? new double[] {0, pos + 1 + n, d} : null;
    }

    private static int integerLength(String text, int pos) {
        int j = pos;
        while (isDigit(text, j)) {
            j++;
        }
        return j - pos;
    }

    /** "two dozen", "three hundred and fifty", "twenty-five thousand", "a million", "half a million". */
    private Numeral words(String text, int pos) {
        double total = 0;
        double current = 0;
        double half = 1;
        Role last = null;
        int end = -1;
        int i = pos;
        while (true) {
            int wordEnd = wordEnd(text, i);
            Word w = wordEnd > i ? words.get(text.substring(i, wordEnd).toLowerCase(Locale.ROOT)) : null;
            if (w == null || !follows(last, w.role())) {
                break;
            }
            switch (w.role()) {
                case HALF -> half = w.value();
                case ARTICLE -> current = 1;
                case UNIT, TEEN, TENS -> current += w.value();
                case HUNDRED -> current = Math.max(current, 1) * 100;
                case DOZEN -> current = Math.max(current, 1) * 12;
                case SCALE -> {
                    total += Math.max(current, 1) * w.value();
                    current = 0;
                }
            }
            last = w.role();
            end = wordEnd;
            i = nextWord(text, wordEnd, last);
            if (i < 0 || last == Role.DOZEN) {
                break;
            }
        }
        // "half a" and "a quarter" are numbers only before a unit ("half a percentage point"): Numeral.weak() says so
        boolean part = last == Role.ARTICLE || last == Role.HALF;
        boolean complete = last != null && (!part || half != 1 && current == 1);
        boolean andAHalf = text.regionMatches(true, end, " and a half", 0, 11) || text.regionMatches(true, end, "-and-a-half", 0, 11);
        if (complete && half == 1 && andAHalf && wordEnd(text, end + 11) == end + 11) {
            current += 0.5; // "two and a half miles", "three-and-a-half years"
            end += 11;
        }
        return complete ? new Numeral(pos, end, (total + current) * half, null, true, false) : null;
    }

    /** Which word may follow which: "twenty five", "five hundred", "a dozen", not "five twenty" or "a five". */
    private static boolean follows(Role last, Role next) {
        if (last == null) {
            return next != Role.SCALE && next != Role.HUNDRED && next != Role.DOZEN;
        }
        return switch (last) {
            case HALF -> next == Role.ARTICLE || next == Role.SCALE;
            case ARTICLE -> next == Role.HALF || next == Role.HUNDRED || next == Role.SCALE || next == Role.DOZEN;
            case UNIT, TEEN -> next == Role.HUNDRED || next == Role.SCALE || next == Role.DOZEN;
            case TENS -> next == Role.UNIT || next == Role.HUNDRED || next == Role.SCALE || next == Role.DOZEN;
            case HUNDRED -> next == Role.UNIT || next == Role.TEEN || next == Role.TENS || next == Role.SCALE;
            case SCALE -> next == Role.UNIT || next == Role.TEEN || next == Role.TENS;
            case DOZEN -> false;
        };
    }

    private static int wordEnd(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /** Start of the next word after a space or hyphen, or after " and " following hundreds; -1 if none. */
    private static int nextWord(String text, int end, Role last) {
        if (end + 1 >= text.length() || (text.charAt(end) != ' ' && text.charAt(end) != '-')) {
            return -1;
        }
        boolean afterLarge = last == Role.HUNDRED || last == Role.SCALE;
        if (afterLarge && text.regionMatches(true, end, " and ", 0, 5)) {
            return end + 5;
        }
        return end + 1;
    }

    static boolean isDigit(String text, int i) {
        return i >= 0 && i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }
}
