package dev.triangulate.analyze.time;

import static dev.triangulate.analyze.time.DateFixtures.described;
import static dev.triangulate.analyze.time.DateFixtures.whens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.model.When;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RangesAndClocksTest {

    @Test
    void givesBothEndsOfAWrittenRangeThePeriod() {
        List<When> found = whens("The ceasefire held from March to May, officials said.");
        assertEquals(2, found.size());
        When.Range period = found.get(0).range();
        assertEquals(period, found.get(1).range());
        assertEquals("(2024-03,2024-05,P3M)", period.value());
        assertEquals(LocalDate.of(2024, 3, 1), period.begin());
        assertEquals(LocalDate.of(2024, 5, 31), period.end());
        assertEquals("2024-03", found.get(0).value());
    }

    @Test
    void joinsBetweenAndOnlyAfterBetween() {
        assertEquals(List.of("2019=2019 in (2019,2021,P3Y)", "2021=2021 in (2019,2021,P3Y)"),
                described("Output fell between 2019 and 2021."));
        assertTrue(whens("Exports rose in May and June.").stream().allMatch(w -> w.range() == null));
    }

    @Test
    void readsTightRangesAsTheirFirstEndCarryingThePeriod() {
        assertEquals(List.of("2014-2018=2014 in (2014,2018,P5Y)"), described("The survey covered 2014-2018."));
        assertEquals(List.of("April 9th through 17th=2024-04-09 in (2024-04-09,2024-04-17,P9D)"),
                described("The plant was shut April 9th through 17th."));
        assertEquals(List.of(), described("Call +44 138-2010-2015 for details."));
    }

    @Test
    void givesAYearlessFirstEndTheYearOfTheSecond() {
        assertEquals(List.of("May=2020-05 in (2020-05,2020-10,P6M)", "Oct 2020=2020-10 in (2020-05,2020-10,P6M)"),
                described("Trials ran from May to Oct 2020."));
    }

    @Test
    void readsClockRangesOnTheirDay() {
        assertEquals(List.of("3-5pm=2024-11-20T15:00 in (2024-11-20T15:00,2024-11-20T17:00,PT2H)"),
                described("Polls are open 3-5pm."));
        assertEquals(List.of("Friday 9-11=2024-11-22T09:00 in (2024-11-22T09:00,2024-11-22T11:00,PT2H)"),
                described("The office will open Friday 9-11."));
        assertEquals(List.of(), described("The home side won 3-1."));
    }

    @Test
    void joinsAClockTimeAndALengthOfTime() {
        assertEquals(List.of("2pm=2024-11-20T14:00 in (2024-11-20T14:00,2024-11-20T16:30,PT2H30M)",
                "2.5 hours=PT2.5H in (2024-11-20T14:00,2024-11-20T16:30,PT2H30M)"),
                described("The road is closed from 2pm for 2.5 hours."));
    }

    @Test
    void readsClockTimesToldInWordsAndByPartOfDay() {
        assertEquals(List.of("half past seven=2024-11-20T07:30"), described("The train left at half past seven."));
        assertEquals(List.of("5 in the morning=2024-11-20T05:00"), described("Shelling began at 5 in the morning."));
        assertEquals(List.of("tonight at 8=2024-11-20T20:00"), described("He will speak tonight at 8."));
        assertEquals(List.of("Sunday at 5=2024-11-24T05:00"), described("The vote will close Sunday at 5."));
        assertEquals(List.of(), described("Unemployment stood at 5 percent."));
        assertEquals(List.of(), described("There were two to four people in the room."));
    }

    @Test
    void readsNowAsThePresent() {
        When now = whens("Talks are now under way.").get(0);
        assertEquals("PRESENT_REF", now.value());
        assertNull(now.begin());
    }

    @Test
    void readsADayOfTheMonthAndSlashedDatesAfterAPreposition() {
        assertEquals(List.of("the 18th=2024-11-18"), described("The strike began on the 18th."));
        assertEquals(List.of("the 18th century=17XX"), described("It happened in the 18th century.")); // a century, not a day
        assertEquals(List.of("12/5=2024-12-05"), described("Results are due on 12/5."));
        assertEquals(List.of(), described("Turnout was 3/4 of the total."));
    }
}
