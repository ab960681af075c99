package dev.triangulate.story;

import dev.triangulate.model.Coverage;
import dev.triangulate.model.Granularity;
import dev.triangulate.model.Mention;
import dev.triangulate.model.Quantity;
import dev.triangulate.model.Sentence;
import dev.triangulate.model.Token;
import dev.triangulate.model.When;
import dev.triangulate.text.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns one {@link Coverage} into {@link ArticleTerms}: content-word stems from the tokens, named
 * things from {@link Mention} facts (or, when an article has none, from runs of capitalised tokens),
 * event dates from {@link When} facts at day or month granularity, and quantities that say what they
 * count. Facts only add features; an article without facts still gets words and capitalised runs.
 *
 * <p>Immutable and thread-safe.
 */
final class TermExtractor {

    private static final Set<String> CONTENT_POS = Set.of("NOUN", "PROPN", "VERB", "ADJ");
    private static final int MAX_RUN = 4;

    private final ClusterSettings settings;
    private final Set<String> stopwords;

    TermExtractor(ClusterSettings settings, Set<String> stopwords) {
        this.settings = settings;
        this.stopwords = Set.copyOf(stopwords);
    }

    static TermExtractor english(ClusterSettings settings) {
        return new TermExtractor(settings, Lexicon.lines("story/stopwords.txt"));
    }

    ArticleTerms extract(Coverage c) {
        Map<String, Double> counts = new LinkedHashMap<>();
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, String> surfaces = new HashMap<>();
        addWords(c, counts, surfaces);
        sublinear(counts, settings.wordWeight(), weights);
        counts.clear();
        List<Mention> mentions = c.facts(Mention.class);
        if (mentions.isEmpty()) {
            addCapitalisedRuns(c, counts, surfaces);
        } else {
            addMentions(mentions, counts, surfaces);
        }
        sublinear(counts, settings.entityWeight(), weights);
        counts.clear();
        addDates(c.facts(When.class), counts, surfaces);
        sublinear(counts, settings.dateWeight(), weights);
        counts.clear();
        for (When w : c.facts(When.class)) {
            addCalendarDay(w, counts, surfaces);
        }
        sublinear(counts, settings.calendarWeight(), weights);
        counts.clear();
        addQuantities(c.facts(Quantity.class), counts, surfaces);
        addNumbers(c, counts, surfaces);
        sublinear(counts, settings.quantityWeight(), weights);
        int year = statedYear(c);
        if (year != 0 && settings.yearWeight() > 0) {
            weights.merge("y:" + year, settings.yearWeight(), Double::sum);
            surfaces.putIfAbsent("y:" + year, Integer.toString(year));
        }
        return new ArticleTerms(weights, surfaces);
    }

    /**
     * The year the article most often states (the first stated on ties), or 0: from placed {@code When}
     * facts when there are any, else from four-digit numbers between 1900 and 2099 in the tokens.
     */
    static int statedYear(Coverage c) {
        Map<Integer, Integer> years = new LinkedHashMap<>();
        for (When w : c.facts(When.class)) {
            if (w.placed()) {
                years.merge(w.begin().getYear(), 1, Integer::sum);
            }
        }
        if (years.isEmpty()) {
            for (Sentence s : c.sentences()) {
                for (Token t : s.tokens()) {
                    String x = t.text();
                    if (x.length() == 4 && (x.startsWith("19") || x.startsWith("20")) && x.chars().allMatch(Character::isDigit)) {
                        years.merge(Integer.parseInt(x), 1, Integer::sum);
                    }
                }
            }
        }
        int best = 0;
        int count = 0;
        for (Map.Entry<Integer, Integer> e : years.entrySet()) {
            if (e.getValue() > count) {
                best = e.getKey();
                count = e.getValue();
            }
        }
        return best;
    }

    /** The same light suffix stripping for every word: "checked", "checking", "checks" all read "check". */
    static String stem(String lower) {
        String w = lower;
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ing") && w.length() > 6) {
            return w.substring(0, w.length() - 3);
        }
        if (w.endsWith("ed") && w.length() > 5) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("es") && w.length() > 5 && "sxz".indexOf(w.charAt(w.length() - 3)) >= 0) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && w.length() > 3 && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    boolean isStopword(String lower) {
        return stopwords.contains(lower);
    }

    private void addWords(Coverage c, Map<String, Double> counts, Map<String, String> surfaces) {
        for (Sentence s : c.sentences()) {
            for (Token t : s.tokens()) {
                String lower = normal(t.text());
                if (CONTENT_POS.contains(t.pos()) && lower.length() > 1 && hasLetter(lower) && !isStopword(lower)) {
                    String key = "w:" + stem(lower);
                    counts.merge(key, 1.0, Double::sum);
                    surfaces.putIfAbsent(key, lower);
                }
            }
        }
    }

    /** Maximal runs of proper nouns or mid-sentence capitalised words; a lone surname joins its full name. */
    private void addCapitalisedRuns(Coverage c, Map<String, Double> counts, Map<String, String> surfaces) {
        List<List<Token>> runs = new ArrayList<>();
        for (Sentence s : c.sentences()) {
            List<Token> run = new ArrayList<>();
            for (int i = 0; i < s.tokens().size(); i++) {
                Token t = s.tokens().get(i);
                if (isNameToken(t, i == 0) && run.size() < MAX_RUN) {
                    run.add(t);
                } else {
                    flush(run, runs);
                    run = new ArrayList<>();
                    if (isNameToken(t, i == 0)) {
                        run.add(t);
                    }
                }
            }
            flush(run, runs);
        }
        Map<String, String> fullByLast = fullNamesByLastWord(runs);
        for (List<Token> run : runs) {
            String surface = run.stream().map(Token::text).collect(Collectors.joining(" "));
            String key = entityKey(surface);
            if (run.size() == 1) {
                String full = fullByLast.get(key);
                key = full == null ? key : full;
            }
            if (key.length() <= 3) {
                continue;
            }
            counts.merge(key, 1.0, Double::sum);
            surfaces.merge(key, surface, (a, b) -> a.length() >= b.length() ? a : b);
        }
    }

    private Map<String, String> fullNamesByLastWord(List<List<Token>> runs) {
        Map<String, String> out = new HashMap<>();
        for (List<Token> run : runs) {
            if (run.size() > 1) {
                String last = entityKey(run.get(run.size() - 1).text());
                out.putIfAbsent(last, entityKey(run.stream().map(Token::text).collect(Collectors.joining(" "))));
            }
        }
        return out;
    }

    private boolean isNameToken(Token t, boolean sentenceStart) {
        String text = t.text();
        if (text.isEmpty() || !Character.isUpperCase(text.codePointAt(0)) || isStopword(normal(text))) {
            return false;
        }
        return t.isProperNoun() || (!sentenceStart && !"PUNCT".equals(t.pos()) && hasLetter(text));
    }

    private static void flush(List<Token> run, List<List<Token>> runs) {
        if (!run.isEmpty()) {
            runs.add(run);
        }
    }

    private void addMentions(List<Mention> mentions, Map<String, Double> counts, Map<String, String> surfaces) {
        for (Mention m : mentions) {
            String key = entityKey(m.canonical());
            if (key.length() > 2) {
                counts.merge(key, 1.0, Double::sum);
                surfaces.putIfAbsent(key, m.canonical());
            }
        }
    }

    private static void addDates(List<When> whens, Map<String, Double> counts, Map<String, String> surfaces) {
        for (When w : whens) {
            if (!w.placed()) {
                continue;
            }
            Granularity g = w.granularity();
            if (g == Granularity.DAY || g == Granularity.TIME) {
                counts.merge("d:" + w.begin(), 2.0, Double::sum);
                surfaces.putIfAbsent("d:" + w.begin(), w.begin().toString());
            }
            if (g == Granularity.DAY || g == Granularity.TIME || g == Granularity.MONTH) {
                String month = "d:" + w.begin().toString().substring(0, 7);
                counts.merge(month, 1.0, Double::sum);
                surfaces.putIfAbsent(month, month.substring(2));
            }
        }
    }

    private static void addQuantities(List<Quantity> qs, Map<String, Double> counts, Map<String, String> surfaces) {
        for (Quantity q : qs) {
            String counted = q.counts() == null ? "" : headWord(q.counts());
            String unit = q.si() != null ? q.si().unit() : q.unit();
            double value = q.si() != null ? q.si().value() : q.value();
            if ((counted.isEmpty() && unit.isEmpty()) || !Double.isFinite(value)) {
                continue;
            }
            String key = "q:" + unit + ":" + counted + ":" + roughly(value);
            counts.merge(key, 1.0, Double::sum);
            surfaces.putIfAbsent(key, q.text());
        }
    }

    /**
     * Month and day of the year with or without a year ("November 27" reads {@code XXXX-11-27}): with no
     * publication date to place it, the day of the year still tells two events of one kind apart.
     */
    private static void addCalendarDay(When w, Map<String, Double> counts, Map<String, String> surfaces) {
        if (w.value() == null || w.type() != dev.triangulate.model.TimeType.DATE) {
            return;
        }
        java.util.regex.Matcher m = CALENDAR_VALUE.matcher(w.value());
        if (!m.matches()) {
            return;
        }
        String month = "c:" + m.group(1);
        counts.merge(month, 1.0, Double::sum);
        surfaces.putIfAbsent(month, month);
        if (m.group(2) != null) {
            String day = month + "-" + m.group(2);
            counts.merge(day, 1.0, Double::sum);
            surfaces.putIfAbsent(day, day);
        }
    }

    private static final java.util.regex.Pattern CALENDAR_VALUE =
            java.util.regex.Pattern.compile("(?:\\d{4}|XXXX)-(\\d{2})(?:-(\\d{2}))?");

    /** Numbers written in digits (years, ages, scores, tolls) name the event more than the topic. */
    private static void addNumbers(Coverage c, Map<String, Double> counts, Map<String, String> surfaces) {
        for (Sentence s : c.sentences()) {
            for (Token t : s.tokens()) {
                String digits = t.text().replace(",", "");
                if ("NUM".equals(t.pos()) && digits.length() >= 2 && digits.chars().allMatch(Character::isDigit)) {
                    counts.merge("n:" + digits, 1.0, Double::sum);
                    surfaces.putIfAbsent("n:" + digits, t.text());
                }
            }
        }
    }

    /** Two significant digits, so that 10,000 and 10,200 meet but 10,000 and 50,000 do not. */
    static String roughly(double v) {
        if (v == 0) {
            return "0";
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(2)).stripTrailingZeros().toPlainString();
    }

    private static String headWord(String phrase) {
        String[] words = phrase.toLowerCase(Locale.ROOT).trim().split("\\s+");
        return words.length == 0 ? "" : stem(words[words.length - 1]);
    }

    static String entityKey(String name) {
        return "e:" + normal(name).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static boolean hasLetter(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }

    private static void sublinear(Map<String, Double> counts, double weight, Map<String, Double> out) {
        if (weight <= 0) {
            return;
        }
        counts.forEach((k, n) -> out.merge(k, weight * (1 + Math.log(n)), Double::sum));
    }
}
