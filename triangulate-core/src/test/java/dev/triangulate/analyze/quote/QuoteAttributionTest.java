package dev.triangulate.analyze.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.TestDocs;
import dev.triangulate.analyze.entity.MentionExtractor;
import dev.triangulate.model.Document;
import dev.triangulate.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The attribution mechanisms measured by {@link QuoteGoldTest}, each on a fixture of our own, with
 * the mention stage in front as in the pipeline.
 */
class QuoteAttributionTest {

    private static final QuoteExtractor QUOTES = QuoteExtractor.english();
    private static final MentionExtractor MENTIONS = MentionExtractor.english();

    private static List<Quote> quotes(String text) {
        Document doc = TestDocs.doc(text);
        return QUOTES.extract(doc, MENTIONS.extract(doc));
    }

    private static Quote quote(String text, String startingWith) {
        return quotes(text).stream().filter(q -> q.text().startsWith(startingWith)).findFirst().orElseThrow();
    }

    @Test
    void linksASurnameToTheFullNameTheArticleWroteFirst() {
        String text = """
                Harbour pilot Ilse Marrow brought the ferry in after midnight.
                “The swell was worse than forecast,” Marrow said.
                """;
        assertEquals("Ilse Marrow", quote(text, "The swell").speaker());
    }

    @Test
    void linksAFirstNameToTheFullName() {
        String text = """
                Tobin Ashgrove rowed the last leg for the club.
                “I could not feel my arms,” Tobin said.
                """;
        assertEquals("Tobin Ashgrove", quote(text, "I could not").speaker());
    }

    @Test
    void readsAnAbbreviatedTitleTheTokenizerSplitOff() {
        String text = """
                Dorran Vale, a baker on the same street, heard the alarm.
                “We ran outside at once,” Mr. Vale said.
                """;
        assertEquals("Dorran Vale", quote(text, "We ran").speaker());
    }

    @Test
    void resolvesAPronounToTheNearerSentenceSubjectOverAnEarlierSpeaker() {
        String text = """
                “The bridge will reopen in May,” Hesper Quill said.
                Odo Brannick was waiting at the barrier with his bicycle.
                “I have heard that before,” he said.
                """;
        assertEquals("Odo Brannick", quote(text, "I have heard").speaker());
    }

    @Test
    void takesTheReportingClauseTheSplitterMovedToTheNextSentence() {
        String text = """
                The coach spoke after the match.
                "Would we have won without him?" Corwen Alby asked.
                """;
        assertEquals("Corwen Alby", quote(text, "Would we").speaker());
    }

    @Test
    void namesTheSpeakerWrittenAloneBeforeAColon() {
        String text = """
                The minutes record the exchange.
                Treasurer Marta Velland: “We cannot pay for both.”
                """;
        assertEquals("Marta Velland", quote(text, "We cannot").speaker());
    }

    @Test
    void takesTheSubjectOfTheWritersSentenceBeforeAColonNotItsLastName() {
        String text = """
                Velland posted the following message on Fernbook:
                “We cannot pay for both.”
                """;
        assertEquals("Velland", quote(text, "We cannot").speaker());
    }

    @Test
    void letsAParticipleAfterAThingSpeakForTheSubjectOfItsClause() {
        String text = """
                Mira Tann resigned in a letter to the board stating, “I can no longer do this job.”
                """;
        assertEquals("Mira Tann", quote(text, "I can no").speaker());
    }

    @Test
    void takesTheReportingVerbOfASentenceEndingInACommaBeforeTheQuote() {
        String text = """
                Ada Brook was asked whether she would stay. To which she replied,
                “I already know my answer.”
                """;
        assertEquals("Ada Brook", quote(text, "I already").speaker());
    }

    @Test
    void resolvesAPronounAlongAChainOfPronounReports() {
        String text = """
                Ivo Dane spoke first. He said the plan was late. He said the costs had doubled.
                He said the board was told. He said nothing changed. He said the vote was close.
                He said the town would wait. He stated that “We will not pay.”
                """;
        assertEquals("Ivo Dane", quote(text, "We will not").speaker());
    }

    @Test
    void findsTheNameBeforeARelativeClauseInCommas() {
        String text = """
                Senator Alma Rusk, who chairs the budget committee where the plan stalled, said “The numbers do not add up.”
                """;
        assertEquals("Alma Rusk", quote(text, "The numbers").speaker());
    }

    @Test
    void treatsACapitalisedSentenceAfterAVerbAsAFullStatement() {
        Quote q = quote("Tilde Horn said in an interview “We took a big swing and it worked.”\n", "We took");
        assertFalse(q.partial());
        assertEquals("Tilde Horn", q.speaker());
    }

    @Test
    void keepsAQuoteTheWritersSentenceRunsOnFromAsAFragment() {
        Quote q = quote("“Everyone must stay alert” to the flood risk, Ansel Day said.\n", "Everyone");
        assertTrue(q.partial());
    }
    @Test
    void skipsASpeakerOfTheOtherSexForSheOrHe() {
        String text = """
                Anna Holm met the mayor. Later, Tom Brack joined them.
                “We can still win this,” she told the council.
                """;
        assertEquals("Anna Holm", quote(text, "We can still").speaker());
    }

    @Test
    void doesNotResolveAPronounToSomeoneTheQuoteNames() {
        String text = """
                Ivo Dane testified first. They drove to the port, he testified, and Pavel Lind fired.
                “Pavel fired the shot,” he said.
                """;
        assertEquals("Ivo Dane", quote(text, "Pavel fired").speaker());
    }

    @Test
    void letsThePersonAskedAnswerNext() {
        String text = """
                At one point, Lena Ost asked Pavel Lind, “Did you see the car?”
                “Yes,” he responded.
                """;
        assertEquals("Pavel Lind", quote(text, "Yes").speaker());
    }

    @Test
    void keepsAMiddleInitialInsideTheName() {
        String text = """
                “The plan is late,” City Councilman Mira D. Tann said later.
                """;
        assertEquals("Mira D. Tann", quote(text, "The plan").speaker());
    }
}
