package dev.triangulate.analyze.time;

import static dev.triangulate.analyze.time.DateFixtures.assertReads;

import org.junit.jupiter.api.Test;

/** "Year to date" and its kin as the current unit; counts of several units summed before "ago". */
class ToDateAndSummedOffsetsTest {

    @Test
    void readsAPeriodToDateAsTheCurrentOne() {
        assertReads("The index is up 12% in the year to date.", "year to date", "2024");
        assertReads("Shares have fallen 8% YTD.", "YTD", "2024");
        assertReads("Month-to-date sales doubled.", "Month-to-date", "2024-11");
        assertReads("Revenue for the quarter to date was flat.", "quarter to date", "2024-Q4");
    }
}
