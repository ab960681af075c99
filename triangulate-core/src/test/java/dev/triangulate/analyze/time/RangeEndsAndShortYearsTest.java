package dev.triangulate.analyze.time;

import static dev.triangulate.analyze.time.DateFixtures.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RangeEndsAndShortYearsTest {

    @Test
    void placesAYearlessSecondEndAfterTheFirst() {
        assertEquals(List.of("March=2025-03 in (2025-03,2025-10,P8M)", "October=2025-10 in (2025-03,2025-10,P8M)"),
                described("The festival will run from March to October."));
    }

    @Test
    void placesABareWeekdayEndInTheWeekAfterTheFirst() {
        assertEquals(List.of("next Monday=2024-11-25 in (2024-11-25,2024-11-29,P5D)",
                        "Friday=2024-11-29 in (2024-11-25,2024-11-29,P5D)"),
                described("The port will stay closed from next Monday to Friday."));
    }

    @Test
    void neverMovesADeicticSecondEnd() {
        assertEquals(List.of("March=2025-03", "yesterday=2024-11-19"),
                described("Talks will run from March to yesterday."));
    }

    @Test
    void readsALengthStartingAtADayAsThatPeriod() {
        assertEquals(List.of("4 days=P4D in (2024-11-22,2024-11-25,P4D)", "Friday=2024-11-22 in (2024-11-22,2024-11-25,P4D)"),
                described("The border will close for 4 days starting Friday."));
    }

    @Test
    void joinsAWeekdayToACountedDayInTheWeekItLandsIn() {
        assertEquals(List.of("Tuesday three weeks from now=2024-12-10"),
                described("The vote is set for Tuesday three weeks from now."));
        assertEquals(List.of("two weeks after Christmas on Friday=2025-01-10"),
                described("They will return two weeks after Christmas on Friday."));
    }

    @Test
    void readsAForwardCountAsADayAndABackwardCountAsItsMonth() {
        assertEquals(List.of("in two months=2025-01-20"), described("The plant will reopen in two months."));
        assertEquals(List.of("two months ago=2024-09"), described("The plant closed two months ago."));
    }

    @Test
    void readsTwoDigitYearsAroundThePivot() {
        assertEquals(List.of("12/05/31=2031-12-05"), described("The lease runs out on 12/05/31."));
        assertEquals(List.of("03/18/64=1964-03-18"), described("He was born on 03/18/64."));
        assertEquals(List.of("June of 79=1979-06"), described("She left in June of 79."));
        assertEquals(List.of("3 June '79=1979-06-03"), described("She left on 3 June '79."));
    }

    @Test
    void leavesCountsAfterAMonthAlone() {
        assertEquals(List.of("March=2024-03"), described("In March of 45 cases, 12 were closed."));
    }

    @Test
    void readsTwoNumericDatesJoinedByADashAsOnePeriod() {
        assertEquals(List.of("3/9-4/2=2025-03-09 in (2025-03-09,2025-04-02,P25D)"),
                described("Applications will be open from 3/9-4/2."));
        assertEquals(List.of("06-01-2023 - 06-30-2023=2023-06-01 in (2023-06-01,2023-06-30,P30D)"),
                described("Sales fell 06-01-2023 - 06-30-2023."));
        assertEquals(List.of(), described("The home side won the sets 6/4-7/5 yesterday.").stream()
                .filter(s -> s.startsWith("6/4")).toList());
    }

    @Test
    void joinsAWeekdayOrThisToTheNumericDateAfterIt() {
        assertEquals(List.of("Monday 12/2=2024-12-02"), described("The hearing resumes Monday 12/2."));
        assertEquals(List.of("next 12/9=2024-12-09"), described("The hearing resumes next 12/9."));
        assertEquals(List.of(), described("They won 3/4 of the seats."));
    }

    @Test
    void readsAWeekdayAndABareDayAsTheNearestDayWhereBothAgree() {
        assertEquals(List.of("Friday 29=2024-11-29"), described("The summit opens on Friday 29."));
        assertEquals(List.of("Tuesday 31=2024-12-31"), described("Polls close Tuesday 31."));
        assertEquals(List.of("Monday=2024-11-18"), described("On Monday 21 people were hurt."));
    }

    @Test
    void joinsLengthsFromTheLargestUnitDownIntoOne() {
        assertEquals(List.of("2 hours and 15 minutes=PT2H15M"), described("The flight lasted 2 hours and 15 minutes."));
        assertEquals(List.of("3 years, 2 months=P3Y2M"), described("He served 3 years, 2 months."));
        assertEquals(List.of("15 minutes=PT15M", "2 hours=PT2H"), described("The talks took 15 minutes and 2 hours."));
    }

    @Test
    void readsBareDaysListedBeforeADayFirstDateInItsMonth() {
        assertEquals(List.of("4=2024-03-04", "5=2024-03-05", "6 March=2024-03-06"),
                described("Strikes were held on 4, 5 and 6 March."));
        assertEquals(List.of("6 March=2024-03-06"), described("Fares rose by $5 and 6 March saw more."));
    }

    @Test
    void readsAnEdgeOfAYearOrMonthEndingAPeriodAsAPoint() {
        assertEquals(List.of("the end of 2007=2007 in (2008-01-01,2008-12-31,P12M)", "the end of 2008=2008 in (2008-01-01,2008-12-31,P12M)"),
                described("Prices rose between the end of 2007 and the end of 2008."));
        assertEquals(List.of("mid-March=2025-03 in (2025-03-16,2025-09-30,P199D)",
                "the end of September 2025=2025-09 in (2025-03-16,2025-09-30,P199D)"),
                described("The ban runs from mid-March to the end of September 2025."));
        assertEquals(List.of("the middle of 2007=2007 in (2007-07-02,2008-06-30,P365D)", "the beginning of July 2008=2008-07 in (2007-07-02,2008-06-30,P365D)"),
                described("Sales fell from the middle of 2007 to the beginning of July 2008."));
    }

    @Test
    void readsADayOfTheMonthAloneEndingAPeriodAsTheNextSuchDay() {
        assertEquals(List.of("April 27=2025-04-27 in (2025-04-27,2025-05-03,P7D)", "the 3rd=2025-05-03 in (2025-04-27,2025-05-03,P7D)"),
                described("The fair runs from April 27 to the 3rd."));
    }
}
