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

    @Test
    void sumsTheUnitsOfACountBack() {
        assertReads("The deal collapsed 2 weeks and 2 days ago.", "2 weeks and 2 days ago", "2024-11-04");
        assertReads("The firm was founded two years and three months ago.", "two years and three months ago", "2022-08");
        assertReads("The vote is one year, two days from now.", "one year, two days from now", "2025-11-22");
    }
}
