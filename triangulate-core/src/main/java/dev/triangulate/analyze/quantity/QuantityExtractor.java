package dev.triangulate.analyze.quantity;

import dev.triangulate.analyze.FactExtractor;
import dev.triangulate.model.Document;
import dev.triangulate.model.Modifier;
import dev.triangulate.model.Quantity;
import dev.triangulate.text.Lexicon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds numbers with units, money, percentages and counts in a document, with their modifier
 * ("about", "up to") and what they count or measure.
 *
 * <pre>{@code
 * List<Quantity> qs = QuantityExtractor.english().extract(document);
 * // "a range of up to 300 km (186 miles)" ->
 * //   300 km, si 300000 m, UP_TO, counts "range";  186 mi, si 299338.9 m, UP_TO, counts "range"
 * }</pre>
 *
 * <p>Contract: quantities come in position order, never overlap, and {@code text()} equals the
 * source characters at {@code span()}; the span includes the modifier cue and, for ranges, the
 * "between"/"from". A parenthesised conversion right after a quantity with a unit is a quantity
 * of its own that inherits the counted noun and, when it has none of its own, the modifier.
 * Physical units are normalised to SI with Indriya; money stays in its ISO currency (no exchange
 * rates); percentages stay in %; plain counts have no normalised value. Vague plurals ("tens of
 * thousands of") become intervals with modifier ABOUT (see {@code vague-amounts.tsv}). Years,
 * dates, times, ordinals, list numbers, designators ("F-16") and durations are left out.
 *
 * <p>Immutable and thread-safe: build once (tables load from class-path data) and share.
 */
public final class QuantityExtractor implements FactExtractor<Quantity> {

    private static final int MAX_WORD = 12;

    private final QuantityParser parser;
    private final SubjectFinder subjects;
    private final Set<String> numberWords;
    private final Set<String> prefixWords;

    private QuantityExtractor(QuantityParser parser, SubjectFinder subjects, Set<String> numberWords, Set<String> prefixWords) {
        this.parser = parser;
        this.subjects = subjects;
        this.numberWords = numberWords;
        this.prefixWords = prefixWords;
    }

    /** The English extractor with the bundled unit, currency, number-word and cue tables. */
    public static QuantityExtractor english() {
        QuantityParser parser = new QuantityParser();
        return new QuantityExtractor(parser, new SubjectFinder(), candidateWords(List.of("number-words.tsv", "vague-amounts.tsv")),
                candidateWords(List.of("currencies.tsv", "units.tsv")));
    }

    /**
     * Lower-case words that may start a quantity, from the given tables: number words and vague amounts, or the
     * letters opening units and currencies written before numbers ("USD", "R$", "MUSD", "magnitude").
     */
    private static Set<String> candidateWords(List<String> files) {
        Set<String> words = new HashSet<>();
        for (String file : files) {
            for (String line : Lexicon.lines("analyze/quantity/" + file)) {
                String[] c = line.split("\t");
                String forms = switch (file) {
                    case "currencies.tsv" -> c[3].startsWith("before") ? c[4] + "|M" + c[1] : "";
                    case "units.tsv" -> String.join("|", java.util.Arrays.stream(c[3].split("\\|"))
                            .filter(f -> f.startsWith("<")).map(f -> f.substring(1)).toList());
                    default -> c[0];
                };
                for (String f : forms.split("\\|")) {
                    int end = 0;
                    while (end < f.length() && Character.isLetter(f.charAt(end))) {
                        end++;
                    }
                    if (end > 0) {
                        words.add(f.substring(0, end).toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return Set.copyOf(words);
    }

    /**
     * The next position at or after {@code from} where a quantity may start: the first digit of a run,
     * a fraction or currency sign, a number word, or the letters of a prefix ("USD", "R$") with a digit close after.
     * A hand scan, not a regex alternation, so that the cost per character stays constant however long the word
     * lists grow.
     */
    private int nextCandidate(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (i == 0 || !NumeralReader.isDigit(text, i - 1)) {
                    return i;
                }
                i++;
            } else if (Character.getType(c) == Character.CURRENCY_SYMBOL || "½¼¾⅓⅔⅛".indexOf(c) >= 0) {
                return i;
            } else if (Character.isLetter(c)) {
                int end = i;
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
                String word = wordStart && end - i <= MAX_WORD ? text.substring(i, end).toLowerCase(Locale.ROOT) : null;
                if (word != null && (numberWords.contains(word) || prefixWords.contains(word) && digitNear(text, end))) {
                    return i;
                }
                i = end;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** A digit within a few characters after a prefix's letters, one space allowed: "R$3", "U.S.$5", "US $5", "Rs. 500". */
    private static boolean digitNear(String text, int end) {
        int i = end;
        boolean spaced = false;
        while (i < text.length() && i - end < 6 && !NumeralReader.isDigit(text, i)) {
            char c = text.charAt(i);
            if (c == ' ' ? spaced : Character.isWhitespace(c) || spaced && Character.isLetter(c)) {
                return false;
            }
            spaced |= c == ' ';
            i++;
        }
        return NumeralReader.isDigit(text, i);
    }

    @Override
    public List<Quantity> extract(Document document) {
        String text = document.text();
        List<Reading> readings = new ArrayList<>();
        int at = nextCandidate(text, 0);
        while (at >= 0) {
            Reading r = parser.read(text, at);
            if (r == null || (!readings.isEmpty() && r.start() < readings.get(readings.size() - 1).end())) {
                at = nextCandidate(text, skip(text, at));
                continue;
            }
            readings.add(r);
            at = nextCandidate(text, r.end());
        }
        shareUnits(text, readings);
        List<Quantity> out = new ArrayList<>(readings.size());
        for (Reading r : readings) {
            out.add(quantity(document, r, out.isEmpty() ? null : out.get(out.size() - 1)));
        }
        return out;
    }

    /**
     * "45 and 50 mg", "10, 20 and 30 km": numbers listed right before a number with a unit take its unit.
     * Walks back from the end so that a whole list is filled from its last member.
     */
    private static void shareUnits(String text, List<Reading> readings) {
        for (int i = readings.size() - 2; i >= 0; i--) {
            Reading r = readings.get(i);
            Reading next = readings.get(i + 1);
            String between = text.substring(r.end(), next.start());
            boolean listed = between.equals(" and ") || between.equals(" or ") || between.equals(", ") || between.equals(", and ");
            if (listed && r.unit() == null && !r.vague() && r.upper() == null && next.unit() != null && !next.scaled()
                    && r.start() == r.numberStart()) {
                readings.set(i, new Reading(r.start(), r.end(), r.numberStart(), r.value(), null, next.unit(), r.modifier(), false, false));
            }
        }
    }

    /** Past the candidate at {@code at}: its whole word or digit run, so that "2024" is not retried as "024". */
    private static int skip(String text, int at) {
        int i = at + 1;
        while (i < text.length() && Character.isLetterOrDigit(text.charAt(i)) && Character.isLetterOrDigit(text.charAt(at))) {
            i++;
        }
        return i;
    }

    private Quantity quantity(Document doc, Reading r, Quantity previous) {
        String text = doc.text();
        boolean conversion = previous != null && !previous.unit().isEmpty() && r.unit() != null
                && parenthesisedAfter(text, previous.span().end(), r.start());
        String counts = conversion ? previous.counts() : subjects.find(doc, r);
        Modifier modifier = r.modifier() != null ? r.modifier() : conversion ? previous.modifier() : Modifier.EXACT;
        String unit = r.unit() == null ? "" : r.unit().symbol();
        return new Quantity(doc.span(r.start(), r.end()), text.substring(r.start(), r.end()), r.value(), r.upper(),
                unit, r.unit() == null ? null : r.unit().normalise(r.value()), modifier, counts);
    }

    /** "300 km (186 miles)": only spaces and one opening bracket between the two. */
    private static boolean parenthesisedAfter(String text, int previousEnd, int start) {
        String between = text.substring(previousEnd, start).strip();
        return between.equals("(") || between.equals("[");
    }
}
