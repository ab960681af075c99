package dev.triangulate.reconcile;

import dev.triangulate.internal.Stems;
import dev.triangulate.model.Evidence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence read for polarity: its words split into clauses, and the word each negation cue governs.
 *
 * <p>A cue governs only the first word after it in its own clause ("did not formally <em>authorise</em> the
 * strikes"), not every word in reach: "would not say what the film star was treated for" negates saying,
 * not the film star. Auxiliaries and adverbs in -ly are stepped over; when the word reached is a stop word
 * ("say", "that") or an article ("does not have a deal": the absence of a thing, which another report's
 * mention of the thing does not contradict) the cue governs no content word. A name is no predicate
 * ("this was not Smith"), so a cue whose first content word is capitalised inside a sentence
 * governs nothing; headlines, where every word is capitalised, are read without that test. "Not only" and
 * "not just" add rather than deny. A clause ends at , ; : and at "but", so "would not comment, but Jones
 * said" leaves Jones's statement affirmed. A word is affirmed only in a clause with no negation at all:
 * "I feel we were not executing the plan" does not affirm feeling the plan was executed.
 *
 * @param evidence  the cited sentence
 * @param words     its words, lower case
 * @param stems     their stems
 * @param clause    the clause number of each word
 * @param negatedAt the indexes of the words a cue governs
 * @param cueAt     the indexes of the negation cues
 */
record PolarReading(Evidence evidence, List<String> words, List<String> stems, List<Integer> clause,
                    List<Integer> negatedAt, List<Integer> cueAt) {

    /** How many words after a negation cue it still looks for its word: "did not formally authorise". */
    static final int REACH = 4;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[,;:()\\[\\]]");
    /** What stands between a cue and its word: auxiliaries and particles ("has not yet been signed"). */
    private static final Set<String> BETWEEN = Set.of("be", "been", "being", "have", "has", "had", "yet", "even",
            "ever", "to", "so", "too", "also", "still", "quite", "all", "one");
    /**
     * The cues that are particles; the others are verbs of refusal, which deny an act ("refused to comment",
     * "denied sending"), while with a noun they report a party's stance ("the man denies arson" beside "the
     * man was charged with arson").
     */
    private static final Set<String> PARTICLES = Set.of("not", "never", "cannot");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "any");
    private static final Set<String> ADDITIVE = Set.of("only", "just", "merely", "simply");
    /** Words that deny a noun rather than a verb: a clause holding one affirms nothing ("no suspects were held"). */
    private static final Set<String> DENYING = Set.of("no", "nothing", "none", "nobody", "neither", "nor", "without");
    /** Words after which a denial is a time condition, not a denial: "will not be named until charged". */
    private static final Set<String> UNTIL = Set.of("until", "till", "before");
    private static final Pattern NOT = Pattern.compile("n\\s?['’]\\s?t\\b");
    /** A web address, even when split into tokens ("http : / / www . example . com"): no statement to read. */
    private static final Pattern ADDRESS = Pattern.compile("(?i)\\bhttps?\\s?:\\s?/\\s?/|\\bwww\\s?\\.");
    private static final Set<String> CLAUSE_WORDS = Set.of("but", "while", "whereas", "although", "though");

    static PolarReading read(Evidence e, Cues cues) {
        String text = NOT.matcher(e.text()).replaceAll(" not");
        List<String> raw = new ArrayList<>();
        List<Integer> clause = new ArrayList<>();
        int c = 0;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            if (!Character.isLetterOrDigit(t.charAt(0))) {
                c++;
                continue;
            }
            if (CLAUSE_WORDS.contains(t.toLowerCase(Locale.ROOT))) {
                c++;
            }
            raw.add(t);
            clause.add(c);
        }
        List<String> words = raw.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        List<String> stems = words.stream().map(Stems::of).toList();
        boolean headline = headline(raw);
        List<Integer> cues0 = new ArrayList<>();
        List<Integer> negated = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (isCue(i, words, cues)) {
                cues0.add(i);
                int at = governed(i, raw, words, clause, cues, headline);
                if (at >= 0) {
                    negated.add(at);
                }
            }
        }
        return new PolarReading(e, words, stems, clause, negated, cues0);
    }

    /** A negation word, or "yet" before "to" ("had yet to regain" is "had not regained"). */
    private static boolean isCue(int i, List<String> words, Cues cues) {
        String w = words.get(i);
        return cues.negations().contains(w) || DENYING.contains(w)
                || w.equals("yet") && i + 1 < words.size() && words.get(i + 1).equals("to");
    }

    /** The word the cue at {@code i} governs, or -1. */
    private static int governed(int i, List<String> raw, List<String> words, List<Integer> clause, Cues cues,
                                boolean headline) {
        if (DENYING.contains(words.get(i)) || i + 1 < words.size() && ADDITIVE.contains(words.get(i + 1))
                || timeCondition(i, words, clause)) {
            return -1;
        }
        for (int j = i + 1; j < words.size() && j <= i + REACH && clause.get(j).equals(clause.get(i)); j++) {
            String w = words.get(j);
            if (ARTICLES.contains(w)) {
                return -1; // "does not have a deal": the absence of a thing, not the denial of an act
            }
            if (BETWEEN.contains(w) || w.endsWith("ly") && w.length() > 4) {
                continue;
            }
            boolean name = !headline && Character.isUpperCase(raw.get(j).charAt(0));
            boolean act = PARTICLES.contains(words.get(i)) || words.get(j - 1).equals("to") || w.endsWith("ing");
            return name || !act || !isContent(w, cues) ? -1 : j;
        }
        return -1;
    }

    /** Whether "until", "till" or "before" follows the cue in its clause. */
    private static boolean timeCondition(int i, List<String> words, List<Integer> clause) {
        for (int j = i + 1; j < words.size() && clause.get(j).equals(clause.get(i)); j++) {
            if (UNTIL.contains(words.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** Most words capitalised: a headline, where capitals say nothing about names. */
    private static boolean headline(List<String> raw) {
        long letters = raw.stream().filter(w -> Character.isLetter(w.charAt(0)) && w.length() > 3).count();
        long capitals = raw.stream().filter(w -> w.length() > 3 && Character.isUpperCase(w.charAt(0))).count();
        return letters > 0 && capitals * 10 >= letters * 7;
    }

    /** Whether the cited text is (or holds) a web address, whose words are a slug, not a statement. */
    boolean isAddress() {
        return ADDRESS.matcher(evidence.text()).find();
    }

    static boolean isContent(String word, Cues cues) {
        return word.length() > 2 && Character.isLetter(word.charAt(0)) && !cues.isStopword(word)
                && !cues.negations().contains(word);
    }

    boolean negates(String stem) {
        return negatedAt.stream().anyMatch(i -> stems.get(i).equals(stem));
    }

    /** Whether the word stands in a clause with no negation ("did not feel we were executing" does not). */
    boolean affirms(String stem) {
        for (int k = 0; k < stems.size(); k++) {
            if (stems.get(k).equals(stem) && !negatedAt.contains(k) && !deniedInClause(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word is affirmed in the same mood as the negated word at {@code at} of {@code neg}: an
     * infinitive states a plan ("scheduled to face"), a finite verb a fact ("could not face"), and a plan
     * does not contradict a denied fact. A refusal ("refused to name") contradicts the act in either mood.
     */
    boolean affirmsAsIn(PolarReading neg, int at) {
        String stem = neg.stems().get(at);
        boolean plan = neg.infinitive(at) && !neg.words().get(at - 2).equals("yet"); // "has yet to revise": a fact
        boolean refusal = plan && neg.refusalAt(at - 2); // "refused to name" meets "agreed to name" or "named"
        for (int k = 0; k < stems.size(); k++) {
            if (stems.get(k).equals(stem) && !negatedAt.contains(k) && !deniedInClause(k)
                    && (refusal || infinitive(k) == plan)) {
                return true;
            }
        }
        return false;
    }

    private boolean refusalAt(int k) {
        return cueAt.contains(k) && !PARTICLES.contains(words.get(k)) && !words.get(k).equals("yet");
    }

    private boolean infinitive(int k) {
        return k > 0 && words.get(k - 1).equals("to");
    }

    private boolean deniedInClause(int k) {
        return cueAt.stream().anyMatch(c -> clause.get(c).equals(clause.get(k)));
    }

    /** The content stems of the clause around the negated word at {@code at}, the word itself left out. */
    Set<String> clauseContext(int at, Cues cues) {
        Set<String> out = new HashSet<>();
        for (int k = 0; k < words.size(); k++) {
            if (k != at && clause.get(k).equals(clause.get(at)) && isContent(words.get(k), cues)) {
                out.add(stems.get(k));
            }
        }
        out.remove(stems.get(at));
        return out;
    }

    /** Whether the sentence shares a content stem with {@code context}. */
    boolean sharesAny(Set<String> context) {
        return stems.stream().anyMatch(context::contains);
    }
}
