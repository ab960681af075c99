package dev.triangulate.analyze.time;

import static dev.triangulate.analyze.time.DateFixtures.assertReads;
import static dev.triangulate.analyze.time.DateFixtures.described;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Feasts that move with Easter, holidays outside the US, "the week of" a day, "12am" closing a morning, and a part of
 * the day after a clock range.
 */
class HolidaysWeeksAndNoonTest {

    @Test
    void placesFeastsThatMoveWithEaster() {
        assertReads("Churches were full on Palm Sunday 2024.", "Palm Sunday 2024", "2024-03-24");
        assertReads("The law passed before Pentecost 2023.", "Pentecost 2023", "2023-05-28");
        assertReads("Shops shut on Good Friday 2024.", "Good Friday 2024", "2024-03-29");
        assertReads("The ban ends on Ash Wednesday 2025.", "Ash Wednesday 2025", "2025-03-05");
    }

    @Test
    void knowsHolidaysOfOtherEnglishSpeakingCountries() {
        assertReads("Veterans marched on Anzac Day 2021.", "Anzac Day 2021", "2021-04-25");
        assertReads("Fireworks were banned on Bonfire Night 2022.", "Bonfire Night 2022", "2022-11-05");
        assertReads("The sale starts on the spring bank holiday 2024.", "spring bank holiday 2024", "2024-05-27");
        assertReads("Wreaths were laid on Remembrance Sunday 2023.", "Remembrance Sunday 2023", "2023-11-12");
    }

    @Test
    void readsAHolidayOfAYearNamedByItsPlace() {
        assertReads("A parade is planned for Independence Day of next year.", "Independence Day of next year",
                "2025-07-04");
    }

    @Test
    void widensADayToTheWeekItNames() {
        assertReads("Talks resume the week of April 10th.", "the week of April 10th", "2025-04-10");
        assertReads("The vote is set for the week commencing 3 March 2025.", "the week commencing 3 March 2025",
                "2025-03-03");
        assertReads("Deliveries begin w/c 3 March 2025.", "w/c 3 March 2025", "2025-03-03");
    }

    @Test
    void readsTwelveAmClosingAMorningAsNoon() {
        assertEquals(List.of("10am-12am=2024-11-20T10:00 in (2024-11-20T10:00,2024-11-20T12:00,PT2H)"),
                described("The clinic is open 10am-12am."));
        assertEquals(List.of("10pm-12am=2024-11-20T22:00 in (2024-11-20T22:00,2024-11-20T00:00,PT2H)"),
                described("The bar is open 10pm-12am."));
    }

    @Test
    void givesADayPartAfterAClockRangeOnlyToTheEndsItFits() {
        assertEquals(List.of("8am-3 yesterday afternoon=2024-11-19T08:00 in (2024-11-19T08:00,2024-11-19T15:00,PT7H)"),
                described("Where were you from 8am-3 yesterday afternoon?"));
        assertEquals(List.of("1-3 yesterday afternoon=2024-11-19T13:00 in (2024-11-19T13:00,2024-11-19T15:00,PT2H)"),
                described("Where were you from 1-3 yesterday afternoon?"));
    }

    @Test
    void readsSlashDaysListedAfterAnIntroducedOne() {
        assertEquals(List.of("11/20=2024-11-20", "11/22=2024-11-22", "11/25=2024-11-25"),
                described("Hearings will be held on 11/20, 11/22 or 11/25."));
        assertEquals(List.of(), described("Turnout was 3/4, 1/2 or 1/3 in the three rounds."));
    }
}
