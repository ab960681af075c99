package dev.triangulate.analyze.time;

import static dev.triangulate.analyze.time.DateFixtures.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Clock times composed with days, parts of the day, recurrences, each other and "now". */
class DayTimesTest {

    @Test
    void joinsADayAndItsClockTimeAcrossAWordBetweenThem() {
        assertEquals(List.of("tomorrow before 5pm=2024-11-21T17:00"), described("Voting closes tomorrow before 5pm."));
        assertEquals(List.of("Friday no later than 6:00=2024-11-22T06:00"),
                described("Troops will withdraw on Friday no later than 6:00."));
    }

    @Test
    void readsAClockTimeWrittenRightAfterADay() {
        assertEquals(List.of("23.11.2024 14:55=2024-11-23T14:55"), described("Filed 23.11.2024 14:55 by the wire."));
        assertEquals(List.of("Wed Oct 26 15:50:06 2016=2016-10-26T15:50:06"), described("Filed Wed Oct 26 15:50:06 2016 by the wire."));
        assertEquals(List.of("Feb 29 10:00=2024-02-29T10:00"), described("Filed Feb 29 10:00 2023 by the wire.")); // no such day in 2023
    }

    @Test
    void placesAClockPeriodOnTheDayNamedAfterIt() {
        assertEquals(List.of("5 to 6pm of November 22=2024-11-22T17:00 in (2024-11-22T17:00,2024-11-22T18:00,PT1H)"),
                described("Polls are open from 5 to 6pm of November 22."));
    }

    @Test
    void readsTwoClockTimesAsTheEndsOfOnePeriod() {
        assertEquals(List.of("3 in the morning until 5pm=2024-11-20T03:00 in (2024-11-20T03:00,2024-11-20T17:00,PT14H)"),
                described("The curfew runs from 3 in the morning until 5pm."));
        assertEquals(List.of("2pm till tomorrow 4:30pm=2024-11-20T14:00 in (2024-11-20T14:00,2024-11-21T16:30,PT26H30M)"),
                described("The road is shut from 2pm till tomorrow 4:30pm."));
    }

    @Test
    void joinsADayWithItsPartOfTheDay() {
        assertEquals(List.of("Thursday in the morning=2024-11-21TMO"), described("The talks will resume Thursday in the morning."));
        assertEquals(List.of("the morning of February 24=2024-02-24TMO"), described("The attack began on the morning of February 24."));
        assertEquals(List.of("the night of 3 May 2021=2021-05-03TNI"), described("It struck in the night of 3 May 2021."));
        assertEquals(List.of(), described("He left on the morning train."));
        assertEquals(List.of("Sunday early morning at 8:00=2024-11-24T08:00"),
                described("The march will start on Sunday early morning at 8:00."));
    }

    @Test
    void placesAPartOfTheDayStandingAloneOnThePublicationDay() {
        assertEquals(List.of("the morning=2024-11-20TMO"), described("Shelling resumed in the morning."));
        assertEquals(List.of("late afternoon=2024-11-20TAF"), described("The vote came in late afternoon."));
    }

    @Test
    void leavesAPartOfTheDayThatModifiesANounAlone() {
        assertEquals(List.of(), described("Shares rose in morning trading."));
    }

    @Test
    void readsTheEndOfADayAsItsLastSecond() {
        assertEquals(List.of("end of tomorrow=2024-11-21T23:59:59"), described("A decision is due by end of tomorrow."));
        assertEquals(List.of("the end of the day=2024-11-20T23:59:59"), described("Results are expected by the end of the day."));
    }

    @Test
    void leavesTheIdiomAtTheEndOfTheDayAlone() {
        assertEquals(List.of(), described("At the end of the day, voters want jobs, he said."));
    }

    @Test
    void joinsARecurrenceAndItsClockTime() {
        assertEquals(List.of("each Monday at 4pm=XXXX-WXX-1T16:00"), described("Briefings are held each Monday at 4pm."));
        assertEquals(List.of("Tuesday afternoons=XXXX-WXX-2TAF"), described("The court sits Tuesday afternoons."));
    }

    @Test
    void readsClockTimesToldInWordsOnlyWithACue() {
        assertEquals(List.of("tomorrow at seven twenty-seven=2024-11-21T07:27"), described("The launch is set for tomorrow at seven twenty-seven."));
        assertEquals(List.of(), described("Two thirty-man squads were named."));
        assertEquals(List.of(), described("Which one am I meant to trust?"));
    }

    @Test
    void givesNowAndADateThePeriodBetweenThem() {
        assertEquals(List.of("now=PRESENT_REF in (2024-11-20,2024-12-15,P26D)", "December 15th=2024-12-15 in (2024-11-20,2024-12-15,P26D)"),
                described("Aid will flow between now and December 15th."));
    }

    @Test
    void readsFourDigitClockPeriodsButNotYearRanges() {
        assertEquals(List.of("0730-0930=2024-11-20T07:30 in (2024-11-20T07:30,2024-11-20T09:30,PT2H)"),
                described("The strikes came between 0730-0930."));
        assertEquals(List.of("1990-2000=1990 in (1990,2000,P11Y)"), described("Output grew between 1990-2000."));
    }
}
