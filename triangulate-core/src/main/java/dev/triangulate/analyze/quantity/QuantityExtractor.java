package dev.triangulate.analyze.quantity;

import dev.triangulate.analyze.FactExtractor;
import dev.triangulate.model.Document;
import dev.triangulate.model.Modifier;
import dev.triangulate.model.Quantity;
import dev.triangulate.text.Lexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private final QuantityParser parser;
    private final SubjectFinder subjects;
    private final Pattern candidates;

    private QuantityExtractor(QuantityParser parser, SubjectFinder subjects, Pattern candidates) {
        this.parser = parser;
        this.subjects = subjects;
        this.candidates = candidates;
    }

    /** The English extractor with the bundled unit, currency, number-word and cue tables. */
    public static QuantityExtractor english() {
        QuantityParser parser = new QuantityParser();
        return new QuantityExtractor(parser, new SubjectFinder(), candidatePattern());
    }

    /** Where a quantity may start: a digit run, a fraction sign, a currency sign, or a word from the tables. */
    private static Pattern candidatePattern() {
        List<String> words = new ArrayList<>();
        for (String file : List.of("number-words.tsv", "vague-amounts.tsv", "currencies.tsv")) {
            for (String line : Lexicon.lines("analyze/quantity/" + file)) {
                String[] c = line.split("\t");
                String forms = file.equals("currencies.tsv") ? (c[3].equals("before") ? c[4] : "") : c[0];
                for (String f : forms.split("\\|")) {
                    if (!f.isEmpty() && Character.isLetter(f.charAt(0))) {
                        words.add(f.split(" ")[0].replaceAll("[^\\p{L}]+$", ""));
                    }
                }
            }
        }
        words.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder();
        for (String w : words) {
            alt.append(alt.isEmpty() ? "" : "|").append(Pattern.quote(w));
        }
        return Pattern.compile("(?<![0-9])[0-9]|[½¼¾⅓⅔⅛]|\\p{Sc}|(?<![\\p{L}\\p{N}])(?i:" + alt + ")(?![\\p{L}])");
    }

    @Override
    public List<Quantity> extract(Document document) {
        String text = document.text();
        List<Quantity> out = new ArrayList<>();
        Matcher m = candidates.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            Reading r = parser.read(text, m.start());
            if (r == null || (!out.isEmpty() && r.start() < out.get(out.size() - 1).span().end())) {
                from = m.end();
                continue;
            }
            out.add(quantity(document, r, out.isEmpty() ? null : out.get(out.size() - 1)));
            from = r.end();
        }
        return out;
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
