package dev.triangulate.analyze.time;

import static dev.triangulate.analyze.time.DateFixtures.assertReads;
import static dev.triangulate.analyze.time.DateFixtures.described;
import static dev.triangulate.analyze.time.DateFixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triangulate.model.Relation;
import dev.triangulate.model.When;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberedPeriodsAndNotationsTest {

    @Test
    void readsAWeekNumberAsTheIsoWeekOfTheYear() {
        assertReads("The audit is planned for week 12.", "week 12", "2024-W12");
        assertReads("Results are due in week 3 of 2025.", "week 3 of 2025", "2025-W03");
    }

    @Test
    void leavesAWeekNumberOfSomethingElseAlone() {
        assertEquals(List.of(), described("He was injured in week 7 of the season."));
    }

    @Test
    void readsAnOrdinalCentury() {
        assertReads("The chapel dates from the 12th century.", "the 12th century", "11XX");
        assertReads("A twenty-first century problem.", "twenty-first century", "20XX");
    }

    @Test
    void readsAWorkingWeekAsItsCalendarWeek() {
        assertReads("The strike will last the next working week.", "the next working week", "2024-W48");
        assertReads("Staff return this workweek.", "this workweek", "2024-W47");
    }

    @Test
    void readsAYearAfterATemporalComparative() {
        assertReads("The line opens no later than 2027.", "2027", "2027");
        assertEquals(List.of(), described("Turnout was higher than 2019 people expected."));
    }

    @Test
    void readsAYearAfterYearOf() {
        assertReads("Sales peaked in the year of 2008.", "2008", "2008");
        assertEquals(List.of(), described("It was a year of 2000 deaths."));
    }

    @Test
    void readsDatesWithTheMonthNamedBetweenNumbers() {
        assertReads("It was filed on 2023/Mar/09.", "2023/Mar/09", "2023-03-09");
        assertReads("It was filed on Mar-09-2023.", "Mar-09-2023", "2023-03-09");
        assertReads("The memo is dated Dec31, 2019.", "Dec31, 2019", "2019-12-31");
    }

    @Test
    void leavesASentenceFinalPeriodOutOfAFullMonthNameButNotOutOfAnAbbreviation() {
        assertReads("The vote was held on 19 June.", "19 June", "2024-06-19");
        assertReads("The vote was held on 19 Aug.", "19 Aug.", "2024-08-19");
    }

    @Test
    void keepsTheYearOfADeicticFirstEnd() {
        assertEquals(List.of("this March=2024-03 in (2024-03,2026-06,P28M)", "June 2026=2026-06 in (2024-03,2026-06,P28M)"),
                described("The works ran from this March to June 2026."));
    }

    @Test
    void joinsAbbreviatedMonthsWithAYear() {
        assertEquals(List.of("Jan-Mar 2023=2023-01 in (2023-01,2023-03,P3M)"), described("Exports fell in Jan-Mar 2023."));
    }

    @Test
    void readsToDateAsThePresentOnlyWhenItMeansSoFar() {
        assertEquals(List.of("March=2024-03 in (2024-03,2024-11-20,P265D)", "to date=PRESENT_REF in (2024-03,2024-11-20,P265D)"),
                described("Sales from March to date were flat."));
        assertEquals(List.of(), described("The clinic has up to date scanners."));
    }

    @Test
    void joinsAWeekdayToADateBesideIt() {
        assertReads("The panel meets on Friday 11.22 in Geneva.", "Friday 11.22", "2024-11-22");
        assertReads("The panel meets on Friday 2024-11-22 in Geneva.", "Friday 2024-11-22", "2024-11-22");
        assertReads("The panel meets this Friday (Nov-22) in Geneva.", "this Friday (Nov-22)", "2024-11-22");
        assertEquals(List.of("Friday=2024-11-15"), described("They lost on Friday 7-6 in the final set."));
    }

    @Test
    void readsThisUpcomingWeekdayAsTheComingOne() {
        assertReads("The panel meets this upcoming Monday.", "this upcoming Monday", "2024-11-25");
    }

    @Test
    void readsAQuarterOfTheYear() {
        assertReads("Sales fell in the third quarter of the year.", "the third quarter of the year", "2024-Q3");
    }

    @Test
    void takesTheWordsThatLeaveADateOpenIntoItAndReadsTheirRelation() {
        When later = only("Applicants born in 1990 or later, please apply.");
        assertEquals("1990 or later", later.text());
        assertEquals("1990", later.value());
        assertEquals(Relation.SINCE, later.relation());
        assertEquals(Relation.UNTIL, only("We archive files dated May 2019 or earlier.").relation());
        assertEquals(List.of("2018=2018"), described("It rose in 2018 and after the war it fell."));
    }

    @Test
    void readsAYearListedWithAYear() {
        assertEquals(List.of("2007=2007", "2009=2009"), described("Compare the budgets of 2007 and 2009."));
        assertEquals(List.of(), described("The town has a population of 1500 and 2000 tourists."));
    }

    @Test
    void readsAClosingTheMonthOrTheYearAsTheCurrentOne() {
        assertReads("She was named officer of the year.", "the year", "2024");
        assertReads("The office is closed for the month.", "the month", "2024-11");
        assertEquals(List.of(), described("It happened the year before the war."));
        assertEquals(List.of(), described("Crowds gathered for the day of mourning."));
    }

    @Test
    void readsLastAfterAModalAsTheVerb() {
        assertReads("The talks will last two days.", "two days", "P2D");
        assertEquals("last two days", only("Sales fell over the last two days.").text());
    }

    @Test
    void readsADayOfANamedMonthAndABareDayBeforeItsClockTimes() {
        assertReads("Payments resume on the 5th of next month.", "the 5th of next month", "2024-12-05");
        assertEquals(List.of("the 22 from 2pm to 4pm=2024-11-22T14:00 in (2024-11-22T14:00,2024-11-22T16:00,PT2H)"),
                described("The hearing is on the 22 from 2pm to 4pm."));
        assertEquals(List.of(), described("He finished the 22 laps at the track."));
    }
}
