package dev.triangulate.analyze.quote;

import dev.triangulate.model.EntityType;
import dev.triangulate.text.Lexicon;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists that decide who said a quote, kept as data apart from the algorithm.
 *
 * @param reportingVerbs     inflected reporting verbs ("said", "telling", "warned"), lower case
 * @param sourcePhrases      phrases followed by their source ("according to"), each as lower-case tokens
 * @param titles             office and title words that precede a name ("President", "spokesman")
 * @param clauseBreakers     words that open a new clause after a comma ("but", "while")
 * @param passiveAuxiliaries forms of "be" that make a following participle passive
 * @param pronouns           subject pronouns and the kind of named speaker each may stand for
 * @param nameConnectors     lower-case words allowed inside a name ("of", "von")
 * @param skipWords          words allowed between a speaker and the verb ("quoted as", "later")
 * @param notSpeakers        capitalised words that never name a speaker ("Tuesday", "May")
 * @param femaleNames        given names borne mostly by women, lower case (no antecedent of "he")
 * @param maleNames          given names borne mostly by men, lower case (no antecedent of "she")
 * @param questionVerbs      reporting verbs whose object is asked and answers next ("asked Lind")
 */
public record QuoteCues(Set<String> reportingVerbs, List<List<String>> sourcePhrases, Set<String> titles,
                        Set<String> clauseBreakers, Set<String> passiveAuxiliaries,
                        Map<String, EntityType> pronouns, Set<String> nameConnectors, Set<String> skipWords,
                        Set<String> notSpeakers, Set<String> femaleNames, Set<String> maleNames,
                        Set<String> questionVerbs) {

    private static final String DIR = "analyze/quote/";

    public QuoteCues {
        reportingVerbs = Set.copyOf(reportingVerbs);
        sourcePhrases = sourcePhrases.stream().map(List::copyOf).toList();
        titles = Set.copyOf(titles);
        clauseBreakers = Set.copyOf(clauseBreakers);
        passiveAuxiliaries = Set.copyOf(passiveAuxiliaries);
        pronouns = Map.copyOf(pronouns);
        nameConnectors = Set.copyOf(nameConnectors);
        skipWords = Set.copyOf(skipWords);
        notSpeakers = Set.copyOf(notSpeakers);
        femaleNames = Set.copyOf(femaleNames);
        maleNames = Set.copyOf(maleNames);
        questionVerbs = Set.copyOf(questionVerbs);
    }

    /** The bundled English lists under {@code dev/triangulate/analyze/quote/}. */
    public static QuoteCues english() {
        return new QuoteCues(
                Lexicon.lines(DIR + "reporting-verbs.txt"),
                phrases(Lexicon.lines(DIR + "source-phrases.txt")),
                Lexicon.lines(DIR + "titles.txt"),
                Lexicon.lines(DIR + "clause-breakers.txt"),
                Lexicon.lines(DIR + "passive-auxiliaries.txt"),
                pronounKinds(Lexicon.lines(DIR + "pronouns.txt")),
                Lexicon.lines(DIR + "name-connectors.txt"),
                Lexicon.lines(DIR + "skip-words.txt"),
                Lexicon.lines(DIR + "not-speakers.txt"),
                Lexicon.lines(DIR + "female-given-names.txt"),
                Lexicon.lines(DIR + "male-given-names.txt"),
                Lexicon.lines(DIR + "question-verbs.txt"));
    }

    private static List<List<String>> phrases(Set<String> lines) {
        List<List<String>> out = new ArrayList<>();
        for (String line : lines) {
            out.add(List.of(line.toLowerCase(Locale.ROOT).split("\\s+")));
        }
        return out;
    }

    private static Map<String, EntityType> pronounKinds(Set<String> lines) {
        Map<String, EntityType> out = new LinkedHashMap<>();
        for (String line : lines) {
            String[] parts = line.split("\\s+");
            if (parts.length != 2) {
                throw new IllegalStateException("pronouns.txt: expected 'pronoun TYPE', got '" + line + "'");
            }
            out.put(parts[0], EntityType.valueOf(parts[1]));
        }
        return out;
    }
}
