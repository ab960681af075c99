package dev.triangulate.analyze.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

    private static final QuoteMarks MARKS = new QuoteMarks();

    private static List<String> quoted(String text) {
        return MARKS.find(text).stream().map(p -> text.substring(p.start(), p.end())).toList();
    }

    @Test
    void pairsCurlyStraightSingleAndAngleMarks() {
        String text = """
                She wrote “one thing”, then "another thing", then ‘a third’ and 'a fourth' and «a fifth».""";
        assertEquals(List.of("one thing", "another thing", "a third", "a fourth", "a fifth"), quoted(text));
    }

    @Test
    void neverPairsApostrophes() {
        String text = """
                The city’s mayor didn’t sign; the ’90s are over, the ‘80s too, and the rivers' banks flood.
                Ministers' aides can't say it's rock 'n' roll.""";
        assertEquals(List.of(), quoted(text));
    }

    @Test
    void keepsPossessiveInsideSingleQuotes() {
        String text = "He called it ‘the farmers’ last stand’ in a speech.";
        assertEquals(List.of("the farmers’ last stand"), quoted(text));
    }

    @Test
    void dropsSurroundingSpaceAndTrailingComma() {
        assertEquals(List.of("We will respond"), quoted("“ We will respond, ” he said."));
    }

    @Test
    void keepsNestedQuotesInsideTheOuterQuote() {
        String text = "“They told us ‘wait’, and we waited,” said the driver.";
        assertEquals(List.of("They told us ‘wait’, and we waited"), quoted(text));
    }

    @Test
    void recoversInnerQuotesOfAnUnclosedMark() {
        String text = "He called it “absurd and said the “old rules” still hold.";
        assertEquals(List.of("old rules"), quoted(text));
    }

    @Test
    void neverRunsAcrossAParagraphWithoutAContinuationMark() {
        String text = "He said “we will see\nWhat follows is not a quote.”";
        assertEquals(List.of(), quoted(text));
    }

    @Test
    void splitsAQuoteRunningOverParagraphsIntoLinkedPieces() {
        String text = """
                The chief told the council: “We will rebuild the bridge.

                “And we will pay for it ourselves.”
                Then the meeting ended.""";
        List<QuoteMarks.Passage> found = MARKS.find(text);
        assertEquals(List.of("We will rebuild the bridge.", "And we will pay for it ourselves."), quoted(text));
        assertEquals(found.get(0).chain(), found.get(1).chain());
        assertEquals(List.of(0, 1), found.stream().map(QuoteMarks.Passage::paragraph).toList());
    }

    @Test
    void ignoresInchMarksAndLoneStraightQuotes() {
        assertEquals(List.of("big gun"), quoted("a 12\" barrel and a \"big gun\" on a 5' deck"));
    }
}
