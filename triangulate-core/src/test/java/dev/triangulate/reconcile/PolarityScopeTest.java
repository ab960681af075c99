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

    @Test
    void apostrophesWithSpacesStillNegate() {
        assertConflict("The council approved the new bridge over the river on Tuesday.",
                "The council didn ’ t approve the new bridge over the river.");
        assertNoConflict("The council said the bridge plan had not been submitted as of Tuesday.",
                "The council said the bridge plan hadn ’ t been submitted as of Tuesday.");
    }

    @Test
    void aRefusalOfANounIsAStanceNotADenial() {
        assertNoConflict("A man has been charged with arson after a fire at the school.",
                "A man has denied arson after a fire at the school.");
        assertConflict("The minister agreed to name the new envoy to the talks.",
                "The minister refused to name the new envoy to the talks.");
    }

    @Test
    void noAndNothingLeaveTheirClauseUnaffirmed() {
        assertNoConflict("The region has had no working hospital since the flood of 1991.",
                "The region has not had a working hospital since the flood of 1991.");
    }

    @Test
    void yetToIsNot() {
        assertNoConflict("The driver had yet to regain consciousness on Monday, police said.",
                "The driver had not yet regained consciousness on Monday.");
    }

    @Test
    void notUntilIsATimeCondition() {
        assertNoConflict("The name of the driver would be released after he is charged.",
                "The name of the driver will not be released until he is charged.");
    }

    @Test
    void aSentenceThatStatesAndDeniesTheWordTakesNoSide() {
        assertNoConflict("I am usually nervous before big games, he said.",
                "I am usually not nervous at big games, and I was nervous tonight, he said.");
    }

    @Test
    void aPlanDoesNotContradictADeniedFact() {
        assertNoConflict("The champion was scheduled to face the challenger in the title fight in Berlin.",
                "The challenger was injured and could not face the champion in the title fight in Berlin.");
    }

    @Test
    void theAbsenceOfAThingIsNoDenialOfItsMention() {
        assertNoConflict("The studio says the deal with the director likely hinges on money.",
                "The director does not have a deal with the studio yet.");
    }

    @Test
    void aWebAddressIsNoStatement() {
        assertNoConflict("http : / / www . example . com / news / mayor - will - open - the - new - bridge",
                "http : / / news . example . org / mayor - will - not - open - the - new - bridge");
    }

    @Test
    void yetToIsNoRefusal() {
        assertNoConflict("There is the problem of the writer taking time to revise the script for the sequel.",
                "The studio has a script for the sequel that the writer has yet to revise.");
    }

    @Test
    void oddTextNeverThrows() {
        java.util.Random random = new java.util.Random(6);
        String alphabet = "not n't n ’ t yet to no , ; : ( ) but A a the refused denied until http www . / x\n";
        String[] parts = alphabet.split(" ");
        for (int i = 0; i < 2_000; i++) {
            StringBuilder a = new StringBuilder();
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                a.append(parts[random.nextInt(parts.length)]).append(random.nextBoolean() ? " " : "");
                b.append(parts[random.nextInt(parts.length)]).append(random.nextBoolean() ? " " : "");
            }
            polarity.judge(statement(a.toString(), b.toString()));
        }
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
