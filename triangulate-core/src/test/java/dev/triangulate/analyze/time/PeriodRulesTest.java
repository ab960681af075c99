package dev.triangulate.analyze.time;

import static dev.triangulate.analyze.time.DateFixtures.assertReads;
import static dev.triangulate.analyze.time.DateFixtures.only;
import static dev.triangulate.analyze.time.DateFixtures.whens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.model.TimeType;
import dev.triangulate.model.When;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Anchored lengths, parts of months and years, holidays by rule, numeric and spelled dates, and the verb "may". */
class PeriodRulesTest {

    @Test
    void placesLengthsCountedFromThePublicationDate() {
        When next = only("Rain is expected over the next three days in the north.");
        assertEquals("next three days", next.text());
        assertEquals("P3D", next.value());
        assertEquals(TimeType.DURATION, next.type());
        assertEquals(LocalDate.of(2024, 11, 21), next.begin());
        assertEquals(LocalDate.of(2024, 11, 23), next.end());
        When past = only("Prices have fallen for the past two weeks.");
        assertEquals(LocalDate.of(2024, 11, 6), past.begin());
        assertEquals(LocalDate.of(2024, 11, 19), past.end());
        When within = only("The ministry promised a decision within 6 months.");
        assertEquals("6 months", within.text());
        assertEquals(LocalDate.of(2024, 11, 20), within.begin());
        assertEquals(LocalDate.of(2025, 5, 19), within.end());
    }

    @Test
    void leavesABareCountOfMonthsUnplaced() {
        When w = only("The siege lasted 6 months before the town fell.");
        assertEquals("P6M", w.value());
        assertEquals(null, w.begin());
    }

    @Test
    void readsWeeksOfMonthsAndYearsAsIsoWeeks() {
        assertReads("Talks were held in the last week of July.", "the last week of July", "2024-W30");
        assertReads("Fighting eased in the first week of 2015, officials said.", "the first week of 2015", "2015-W01");
        assertReads("Sales fell in the third month of 2021.", "the third month of 2021", "2021-03");
        assertReads("Payment is due on the 15th day of next month.", "the 15th day of next month", "2024-12-15");
    }

    @Test
    void keepsANumberedWeekOfASeasonOutOfTheCalendar() {
        assertTrue(whens("The Chiefs lost in week 10 of the season.").isEmpty());
    }

    @Test
    void findsHolidaysThatFallOnAWeekdayOfTheMonth() {
        assertReads("Stores opened early on Black Friday 2023.", "Black Friday 2023", "2023-11-24");
        assertReads("Families will travel for Thanksgiving.", "Thanksgiving", "2024-11-28");
        assertReads("Crowds gathered over the Labor Day weekend.", "Labor Day weekend", "2024-W35-WE");
        assertReads("The parade returned last Easter.", "last Easter", "2024-03-31");
    }

    @Test
    void readsNumericMonthsQuartersAndDecades() {
        assertReads("Output dropped in 2015-3 compared with a year earlier.", "2015-3", "2015-03");
        assertReads("Earnings rose in 2023-Q2.", "2023-Q2", "2023-Q2");
        assertReads("The band was famous in the 1990 s.", "the 1990 s", "199");
        assertReads("The city grew fast in the nineties.", "the nineties", "199");
    }

    @Test
    void keepsSeasonsOfTwoYearsAndAgesOutOfDates() {
        assertTrue(whens("He scored 20 goals in the 2011-12 season.").stream().noneMatch(w -> "2011-12".equals(w.value())));
        assertTrue(whens("She is in her nineties and still works.").isEmpty());
        assertTrue(whens("Temperatures reached the 90s degrees on Monday.").stream().noneMatch(w -> "199".equals(w.value())));
    }

    @Test
    void readsDatesWithSpelledNumbers() {
        assertReads("The vote will be held on May twenty nine.", "May twenty nine", "2025-05-29");
        assertReads("She was born on January twenty five nineteen eighty six.", "January twenty five nineteen eighty six",
                "1986-01-25");
        assertReads("The plant closed in October two thousand and five.", "October two thousand and five", "2005-10");
        assertReads("Let's meet Friday the thirteenth.", "Friday the thirteenth", "2024-12-13");
    }

    @Test
    void countsPeopleNotDaysAfterASpelledNumber() {
        List<When> all = whens("In May twenty five people died in the floods.");
        assertEquals(1, all.size(), all::toString);
        assertEquals("May", all.get(0).text());
    }

    @Test
    void neverReadsTheVerbMayAsAMonth() {
        assertTrue(whens("Officials may be forced to resign.").isEmpty());
        assertTrue(whens("The talks may, however, collapse.").isEmpty());
        assertTrue(whens("Some may twenty times refuse.").isEmpty());
        assertTrue(whens("Rebels may to march on the capital.").isEmpty());
        assertReads("The vote will be held in may, officials said.", "may", "2025-05");
    }

    @Test
    void readsLooseLengthsAndSameTimes() {
        assertReads("The strike went on for 3h before police arrived.", "3h", "PT3H");
        assertTrue(whens("A 3D printer made the part.").isEmpty());
        assertReads("The road stayed closed all day.", "all day", "P1D");
        assertReads("He served one and a half years in prison.", "one and a half years", "P1.5Y");
        assertReads("They left the same week the ceasefire began.", "same week", "XXXX-WXX");
    }

    @Test
    void readsRangesOfMonthsWhoseEndsNeedEachOther() {
        When both = only("Exports rose between august and october.");
        assertEquals("august and october", both.text());
        assertEquals("(2024-08,2024-10,P3M)", both.range().value());
        List<When> wrapped = whens("The survey ran Nov-Feb 2017.");
        assertEquals("(2016-11,2017-02,P4M)", wrapped.get(0).range().value());
    }

    @Test
    void readsAMonthAndTheYearItIsInAsOneMonth() {
        assertReads("The plant closed in April in 2016.", "April in 2016", "2016-04");
        assertReads("The plant closed in April of 2016.", "April of 2016", "2016-04");
    }
}
