package dev.triangulate.analyze.time;

import static dev.triangulate.analyze.time.DateFixtures.ANCHOR;
import static dev.triangulate.analyze.time.DateFixtures.EXTRACTOR;
import static dev.triangulate.analyze.time.DateFixtures.assertReads;
import static dev.triangulate.analyze.time.DateFixtures.only;
import static dev.triangulate.analyze.time.DateFixtures.whens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.TestDocs;
import dev.triangulate.model.Granularity;
import dev.triangulate.model.Relation;
import dev.triangulate.model.TimeType;
import dev.triangulate.model.When;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateExtractorTest {

    @Test
    void readsFullDatesInBothOrders() {
        When w = only("The ferry sank on 3 March 2023 off the coast.");
        assertEquals("3 March 2023", w.text());
        assertEquals("2023-03-03", w.value());
        assertEquals(Granularity.DAY, w.granularity());
        assertEquals(LocalDate.of(2023, 3, 3), w.begin());
        assertReads("Voting closed on March 3, 2023, officials said.", "March 3, 2023", "2023-03-03");
        assertReads("It was signed Sunday, 17 November 2024 in Geneva.", "Sunday, 17 November 2024", "2024-11-17");
    }

    @Test
    void takesTheYearOfADayFromThePublicationDate() {
        assertReads("The convoy left on 18 November.", "18 November", "2024-11-18");
        assertReads("Talks resumed Nov. 2 after a pause.", "Nov. 2", "2024-11-02");
        assertReads("The summit will open on 12 January.", "12 January", "2025-01-12");
    }

    @Test
    void choosesPastOrFutureMonthFromTheTense() {
        assertReads("Prices rose sharply in October.", "October", "2024-10");
        assertReads("What a second term starting in January will bring is unclear.", "January", "2025-01");
        assertReads("The reform passed in January after a long debate.", "January", "2024-01");
    }

    @Test
    void takesTheTenseFromTheGoverningVerbNotAFollowingClause() {
        assertReads("Crews held the ridge they lost in the summer, which could help them later.", "the summer", "2024-SU");
        assertReads("The flood forced hundreds of families to leave their homes on Tuesday.", "Tuesday", "2024-11-19");
        assertReads("On Friday, the minister will sign the agreement.", "Friday", "2024-11-22");
    }

    @Test
    void readsMonthsYearsAndDecades() {
        assertReads("The plant closed in August 2021.", "August 2021", "2021-08");
        assertReads("The dam was finished in 2019.", "2019", "2019");
        assertReads("He lost the 2020 election narrowly.", "2020", "2020");
        When d = only("Such trade was common in the 1980s.");
        assertEquals("the 1980s", d.text());
        assertEquals("198", d.value());
        assertEquals(Granularity.DECADE, d.granularity());
        assertEquals(LocalDate.of(1989, 12, 31), d.end());
    }

    @Test
    void doesNotTakeBareNumbersForYears() {
        assertTrue(whens("About 1500 workers and 300 police were at the site.").isEmpty());
        assertTrue(whens("The index closed at 2024 points.").isEmpty());
    }

    @Test
    void narrowsPeriodsWithEarlyMidAndLate() {
        When mid = only("Construction is due to finish by mid-2026.");
        assertEquals("mid-2026", mid.text());
        assertEquals("2026", mid.value());
        assertEquals(Relation.BEFORE, mid.relation());
        assertTrue(mid.begin().getMonthValue() >= 4 && mid.end().getMonthValue() <= 9, mid::toString);
        When late = only("Protests began in late September.");
        assertEquals("late September", late.text());
        assertEquals("2024-09", late.value());
        assertEquals(LocalDate.of(2024, 9, 21), late.begin());
    }

    @Test
    void placesSeasonsAgainstTheAnchor() {
        assertReads("Fighting intensified during the summer.", "the summer", "2024-SU");
        assertReads("Planting starts this spring.", "this spring", "2024-SP");
        assertTrue(whens("Leaves fall quickly here.").isEmpty());
    }

    @Test
    void resolvesDeicticExpressions() {
        assertReads("The minister resigned yesterday.", "yesterday", "2024-11-19");
        assertReads("The court rules today.", "today", "2024-11-20");
        assertReads("Exports fell last month.", "last month", "2024-10");
        assertReads("Shares will be listed next year.", "next year", "2025");
        When week = only("Rain is forecast this week.");
        assertEquals("2024-W47", week.value());
        assertEquals(LocalDate.of(2024, 11, 18), week.begin());
        assertEquals(LocalDate.of(2024, 11, 24), week.end());
        assertReads("The bridge was opened three years ago.", "three years ago", "2021");
        assertReads("Markets expect a cut in the new year.", "the new year", "2025");
    }

    @Test
    void keepsEarlierThisYearWithinTheYear() {
        When w = only("The company cut jobs earlier this year.");
        assertEquals("earlier this year", w.text());
        assertEquals("2024", w.value());
        assertEquals(LocalDate.of(2024, 1, 1), w.begin());
        assertEquals(ANCHOR, w.end());
    }

    @Test
    void placesTheWeekendByTense() {
        When w = only("Clashes broke out over the weekend.");
        assertEquals("2024-W46-WE", w.value());
        assertEquals(LocalDate.of(2024, 11, 16), w.begin());
        assertEquals(LocalDate.of(2024, 11, 17), w.end());
        assertEquals("2024-W47-WE", only("Talks will resume at the weekend.").value());
    }

    @Test
    void picksTheWeekdayByTense() {
        assertReads("Rebels attacked the town on Sunday.", "Sunday", "2024-11-17");
        assertReads("Leaders will meet on Friday.", "Friday", "2024-11-22");
    }

    @Test
    void placesAWeekdayInTheWeekNamedBesideIt() {
        assertReads("The panel reconvenes on Tuesday of next week.", "Tuesday of next week", "2024-11-26");
        assertReads("Officials met Friday last week.", "Friday last week", "2024-11-15");
    }

    @Test
    void countsALengthOfTimeFromADay() {
        assertReads("The deal was struck two weeks before Christmas.", "two weeks before Christmas", "2023-12-11");
    }

    @Test
    void readsDurationsAndSets() {
        When d = only("The ceasefire lasted 24 hours.");
        assertEquals("PT24H", d.value());
        assertEquals(TimeType.DURATION, d.type());
        assertNull(d.begin());
        assertReads("Residents waited for months.", "months", "PXM");
        assertReads("They negotiated for three weeks.", "three weeks", "P3W");
        When s = only("Inspectors visit every week.");
        assertEquals("every week", s.text());
        assertEquals("P1W", s.value());
        assertEquals(TimeType.SET, s.type());
        assertReads("The market opens every Monday.", "every Monday", "XXXX-WXX-1");
        assertReads("The strike lasted a year and a half.", "a year and a half", "P1.5Y");
        assertReads("Stocks fell for five straight days.", "five straight days", "P5D");
    }

    @Test
    void readsRelationsWithoutIncludingThePreposition() {
        When since = only("Prices have doubled since August.");
        assertEquals("August", since.text());
        assertEquals(Relation.SINCE, since.relation());
        assertEquals(Relation.UNTIL, only("The curfew stays until Friday.").relation());
        assertEquals(Relation.BEFORE, only("Troops must leave before 1 December.").relation());
        assertEquals(Relation.AFTER, only("Flights resume after Christmas.").relation());
        assertEquals(Relation.AT, only("The vote took place on 5 November.").relation());
        List<When> range = whens("The fair runs from 2 May to 9 May.");
        assertEquals(Relation.SINCE, range.get(0).relation());
        assertEquals(Relation.UNTIL, range.get(1).relation());
    }

    @Test
    void joinsAClockTimeToItsDay() {
        When w = only("The blast was heard at 3:15 p.m. on Tuesday.");
        assertEquals("3:15 p.m. on Tuesday", w.text());
        assertEquals("2024-11-19T15:15", w.value());
        assertEquals(TimeType.TIME, w.type());
    }

    @Test
    void skipsPhrasesItCannotPlace() {
        assertTrue(whens("These were the dying days of his presidency.").isEmpty());
        assertTrue(whens("You may be right, he said.").isEmpty());
    }

    @Test
    void resolvesOnlyAbsoluteExpressionsWithoutAPublicationDate() {
        List<When> all = EXTRACTOR.extract(TestDocs.doc("The pact of 4 June 2019 collapsed yesterday, on 5 May, in the summer."));
        assertEquals(4, all.size(), all::toString);
        assertEquals("XXXX-SU", all.get(3).value());
        assertEquals("2019-06-04", all.get(0).value());
        assertNull(all.get(1).value());
        assertNull(all.get(1).begin());
        assertEquals("XXXX-05-05", all.get(2).value());
        assertNull(all.get(2).begin());
    }

    @Test
    void spansEqualTheSourceCharacters() {
        String text = "On 17 November 2024, two days after the vote, crowds gathered.\nBy late October they had left.";
        for (When w : EXTRACTOR.extract(TestDocs.doc(text, ANCHOR))) {
            assertEquals(text.substring(w.span().start(), w.span().end()), w.text());
        }
    }
}
