package dev.triangulate.reconcile;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.triangulate.model.Evidence;
import dev.triangulate.model.FactKind;
import dev.triangulate.model.Finding;
import dev.triangulate.model.Span;
import dev.triangulate.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a negation cue governs: the first content word of its clause, not a name, not a word of another
 * clause; and an affirmation counts only when its clause is free of negation and it shares the negated
 * clause's other words.
 */
class PolarityScopeTest {

    private final Polarity polarity = new Polarity(Cues.ENGLISH);

    @Test
    void theVerbAfterTheCueIsNegated() {
        assertConflict("The council approved the new bridge over the river on Tuesday.",
                "The council did not approve the new bridge over the river.");
        assertConflict("The singer will direct the film about the river town.",
                "The Singer Will Not Direct The Film About The River Town");
    }

    @Test
    void aNounFurtherOnIsNotNegated() {
        assertNoConflict("The actress is known for her roles in comedy films about summer camps.",
                "Her agent would not say what the comedy films actress was being treated for.");
    }

    @Test
    void negationStopsAtItsClause() {
        assertNoConflict("Garcia said the jurors refused to deliberate with the others.",
                "The three holdouts would not comment, but Garcia said the jurors refused to deliberate.");
    }

    @Test
    void aNameIsNoPredicate() {
        assertNoConflict("Marlow was the coach dismissed after the losing streak this season.",
                "This was not Marlow, whose losing streak this season sank his chances.");
    }

    @Test
    void notOnlyAdds() {
        assertNoConflict("The troops repulsed the attack on the convoy.",
                "The troops not only repulsed the attack on the convoy but also seized the boat.");
    }

    @Test
    void aWordUnderAnEarlierNegationIsNotAffirmed() {
        assertNoConflict("I did not feel on the court we were executing the plan we wanted.",
                "I feel on the court we were not executing the plan that we want.");
    }

    @Test
    void theSameVerbWithOtherWordsIsAnotherStatement() {
        assertNoConflict("I want people to remember me as I was, she said in an interview in 1998.",
                "I do not want to be photographed in my old age, she said in 1998.");
    }

    private void assertConflict(String yes, String no) {
        assertInstanceOf(Verdict.Conflicting.class, polarity.judge(statement(yes, no)).verdict());
    }

    private void assertNoConflict(String yes, String no) {
        Finding f = polarity.judge(statement(yes, no));
        assertInstanceOf(Verdict.Corroborated.class, f.verdict(), f::statement);
    }

    private static Finding statement(String... sentences) {
        List<Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            evidence.add(new Evidence(new Span("a" + i, 0, sentences[i].length()), sentences[i], null, null));
        }
        return new Finding("f1", FactKind.STATEMENT, "", "statement", sentences[0], new Verdict.Corroborated(2),
                evidence, "aligned");
    }
}
