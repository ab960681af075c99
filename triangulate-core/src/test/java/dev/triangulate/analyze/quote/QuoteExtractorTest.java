package dev.triangulate.analyze.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.TestDocs;
import dev.triangulate.model.Document;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Mention;
import dev.triangulate.model.Quote;
import dev.triangulate.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {

    private static final QuoteExtractor QUOTES = QuoteExtractor.english();

    private static List<Quote> quotes(String text) {
        return QUOTES.withoutMentions().extract(TestDocs.doc(text));
    }

    private static Quote only(String text) {
        List<Quote> found = quotes(text);
        assertEquals(1, found.size(), () -> "quotes: " + found);
        return found.get(0);
    }

    /** Mentions built by hand: each {@code name=canonical/TYPE} marks every occurrence of name. */
    private static List<Mention> mentions(Document doc, String... specs) {
        List<Mention> out = new ArrayList<>();
        for (String spec : specs) {
            String[] nameRest = spec.split("=");
            String[] canonicalType = nameRest[1].split("/");
            String text = doc.text();
            for (int i = text.indexOf(nameRest[0]); i >= 0; i = text.indexOf(nameRest[0], i + 1)) {
                Span span = doc.span(i, i + nameRest[0].length());
                out.add(new Mention(span, nameRest[0], EntityType.valueOf(canonicalType[1]), canonicalType[0]));
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    @Test
    void quotesTheWordsWithoutTheMarks() {
        String text = "“We will respond,” he said.";
        Quote q = only(text);
        assertEquals("We will respond", q.text());
        assertEquals(q.text(), q.span().of(text));
    }

    @Test
    void treatsAStatementBeforeItsReportingClauseAsFull() {
        Quote q = only("“We will respond in kind,” said Marta Lind.");
        assertFalse(q.partial());
        assertEquals("Marta Lind", q.speaker());
        assertEquals("said", q.cue());
    }

    @Test
    void treatsAStatementAfterAColonAsFull() {
        Quote q = only("Marta Lind told the council: \"We will not pay for the bridge.\"");
        assertFalse(q.partial());
        assertEquals("Marta Lind", q.speaker());
        assertEquals("told", q.cue());
    }

    @Test
    void treatsAFragmentInsideTheWritersSentenceAsPartial() {
        Quote q = only("Marta Lind said the move was “a whole new level of risk for the port”.");
        assertTrue(q.partial());
        assertEquals("Marta Lind", q.speaker());
    }

    @Test
    void keepsScareQuotesUnattributed() {
        Quote q = only("Its two-page “harbour plan” was published on Friday, months late.");
        assertTrue(q.partial());
        assertNull(q.speaker());
        assertNull(q.cue());
    }

    @Test
    void attributesAQuoteAfterItsSubjectAndAnApposition() {
        Quote q = only("“We are ready,” Tomas Berg, the port authority chief, said on Monday.");
        assertEquals("Tomas Berg", q.speaker());
        assertEquals("said", q.cue());
    }

    @Test
    void preferresTheAppositionOverAPossessiveNameBeforeARole() {
        String text = "The reaction was sharp, with Mayor Anna Holm’s spokesman, Ivo Dane, telling reporters on"
                + " 3 May that Holm’s decision “changes everything about this vote”, adding that her rivals"
                + " were “playing with fire and hoping nobody notices”.";
        List<Quote> found = quotes(text);
        assertEquals(2, found.size());
        assertEquals("Ivo Dane", found.get(0).speaker());
        assertEquals("telling", found.get(0).cue());
        assertEquals("Ivo Dane", found.get(1).speaker());
        assertEquals("adding", found.get(1).cue());
        assertTrue(found.get(0).partial() && found.get(1).partial());
    }

    @Test
    void namesTheSourceOfAccordingTo() {
        Quote q = only("According to former Deputy Minister of Energy Lena Ost, the grid is “close to breaking point”.");
        assertEquals("Lena Ost", q.speaker());
        assertEquals("according to", q.cue());
    }

    @Test
    void stripsTitlesFromTheSpeakersName() {
        Quote q = only("Northern Foreign Minister Lena Ost has warned that the treaty is “a dead letter”.");
        assertEquals("Lena Ost", q.speaker());
        assertEquals("warned", q.cue());
    }

    @Test
    void usesTheCanonicalNameOfTheOverlappingMention() {
        Document doc = TestDocs.doc("Lena Ost spoke first.\n“We need time,” Ost said.");
        List<Quote> found = QUOTES.extract(doc, mentions(doc, "Lena Ost=Lena Ost/PERSON", "Ost=Lena Ost/PERSON"));
        Quote q = found.get(0);
        assertEquals("Lena Ost", q.speaker());
        assertEquals("Ost", q.speakerSpan().of(doc.text()).substring(q.speakerSpan().length() - 3));
    }

    @Test
    void resolvesAPronounToThePreviousReportingSubjectBeforeANearerPerson() {
        Document doc = TestDocs.doc("""
                Ivo Dane met the governor on Monday. Dane said the talks with Sara Lund were useful.
                “We agreed on almost everything,” he said.""");
        List<Mention> given = mentions(doc, "Ivo Dane=Ivo Dane/PERSON", "Sara Lund=Sara Lund/PERSON");
        given = new ArrayList<>(given);
        int dane = doc.text().indexOf("Dane said");
        given.add(new Mention(doc.span(dane, dane + 4), "Dane", EntityType.PERSON, "Ivo Dane"));
        given.sort((a, b) -> a.span().compareTo(b.span()));
        Quote q = QUOTES.extract(doc, given).get(0);
        assertEquals("Ivo Dane", q.speaker());
        assertEquals(dane, q.speakerSpan().start());
        assertFalse(q.partial());
    }

    @Test
    void resolvesAPronounToTheNearestPersonMentionWhenNoOneReportedBefore() {
        Document doc = TestDocs.doc("Sara Lund arrived late.\n“Nothing is settled,” she said.");
        Quote q = QUOTES.extract(doc, mentions(doc, "Sara Lund=Sara Lund/PERSON")).get(0);
        assertEquals("Sara Lund", q.speaker());
    }

    @Test
    void leavesARoleWithoutANameUnattributedButKeepsTheRole() {
        String text = "“The missiles are not yet in use,” a senior defense official said.";
        AttributedQuote a = QUOTES.attribute(TestDocs.doc(text), List.of()).get(0);
        assertNull(a.quote().speaker());
        assertEquals("said", a.quote().cue());
        assertEquals("a senior defense official", a.role().of(text));
        assertEquals("a senior defense official", a.quote().role());
    }

    @Test
    void keepsNoRoleOnAQuoteWithANamedSpeaker() {
        String text = "“We will rebuild,” Mayor Ana Ruiz said.";
        Quote q = QUOTES.extract(TestDocs.doc(text), List.of()).get(0);
        assertEquals("Ana Ruiz", q.speaker());
        assertNull(q.role());
    }

    @Test
    void doesNotTakeAPossessiveNameForTheSpeakerOfItsRole() {
        String text = "Mayor Anna Holm’s spokesman said the vote was “a farce”.";
        AttributedQuote a = QUOTES.attribute(TestDocs.doc(text), List.of()).get(0);
        assertNull(a.quote().speaker());
        assertEquals("Mayor Anna Holm’s spokesman", a.role().of(text));
    }

    @Test
    void givesEachPieceOfAQuoteOverParagraphsTheSameSpeaker() {
        List<Quote> found = quotes("""
                Ivo Dane told the council: “We will rebuild the bridge. It will take two years.

                “And we will pay for it ourselves.”""");
        assertEquals(2, found.size());
        assertEquals("Ivo Dane", found.get(0).speaker());
        assertEquals("Ivo Dane", found.get(1).speaker());
        assertFalse(found.get(1).partial());
    }

    @Test
    void continuesTheSpeakerIntoAParagraphThatIsOnlyAQuote() {
        List<Quote> found = quotes("""
                “The budget is gone,” said Marta Lind.
                “Nobody wants to hear it, but that is the truth.”""");
        assertEquals("Marta Lind", found.get(1).speaker());
        assertNull(found.get(1).cue());
    }

    @Test
    void ignoresPassiveReportingVerbs() {
        Quote q = only("The crews are said to be “exhausted”.");
        assertNull(q.speaker());
        assertNull(q.cue());
    }

    @Test
    void stopsAtAClauseBoundary() {
        Quote q = only("Ivo Dane said the plan would help the port, while critics see “a costly gamble”.");
        assertNull(q.speaker());
    }

    @Test
    void attributesTheSecondPartOfASplitQuote() {
        List<Quote> found = quotes("“We tried,” said Marta Lind, “and we will try again.”");
        assertEquals(2, found.size());
        assertEquals("Marta Lind", found.get(1).speaker());
        assertFalse(found.get(1).partial());
    }

    @Test
    void doesNotTakeACapitalisedCommonWordAtSentenceStartForAName() {
        String text = "Analysts said the deal was “a mirage built on hope”.";
        AttributedQuote a = QUOTES.attribute(TestDocs.doc(text), List.of()).get(0);
        assertNull(a.quote().speaker());
        assertEquals("Analysts", a.role().of(text));
    }

    @Test
    void keepsAnOrganisationAsSpeaker() {
        Quote q = only("The Institute for the Study of Ports noted that the ban was “largely symbolic”.");
        assertEquals("Institute for the Study of Ports", q.speaker());
    }

    @Test
    void fallsBackToTheWrittenNameWhenNoMentionMatches() {
        Document doc = TestDocs.doc("“It is late,” said Marta Lind.");
        Quote q = QUOTES.extract(doc, mentions(doc, "It=Italy/PLACE")).get(0);
        assertEquals("Marta Lind", q.speaker());
    }
}
