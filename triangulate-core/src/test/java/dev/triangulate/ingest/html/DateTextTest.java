package dev.triangulate.ingest.html;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DateTextTest {

    @Test
    void readsIsoDayAsWrittenBeforeTimeZone() {
        assertEquals(Optional.of(LocalDate.of(2019, 11, 18)), DateText.parse("2019-11-18T23:30:00-05:00"));
    }

    @Test
    void readsEnglishMonthNamesInEitherOrder() {
        assertEquals(Optional.of(LocalDate.of(2019, 11, 18)), DateText.parse("Published Nov. 18, 2019 at 9am"));
        assertEquals(Optional.of(LocalDate.of(2023, 8, 29)), DateText.parse("29th August, 2023"));
    }

    @Test
    void readsCompactDaysAndUrlPaths() {
        assertEquals(Optional.of(LocalDate.of(2020, 1, 2)), DateText.parse("20200102"));
        assertEquals(Optional.of(LocalDate.of(2021, 7, 4)), DateText.inUrl("https://x.example/news/2021/07/04/story"));
    }

    @Test
    void rejectsImpossibleDays() {
        assertEquals(Optional.empty(), DateText.parse("2021-02-30"));
        assertEquals(Optional.empty(), DateText.parse("no date here"));
    }

    @Test
    void readsDottedDaysDayFirstAndSlashedDaysOnlyWhenUnambiguous() {
        assertEquals(Optional.of(LocalDate.of(2021, 5, 17)), DateText.parse("Posted 17.05.2021"));
        assertEquals(Optional.of(LocalDate.of(2024, 10, 31)), DateText.parse("Updated: 10/31/2024"));
        assertEquals(Optional.of(LocalDate.of(2024, 10, 31)), DateText.parse("31/10/2024"));
        assertEquals(Optional.empty(), DateText.parse("08/09/2025"));
    }

    @Test
    void readsHyphenatedDayAtTheStartOfAUrlSegment() {
        assertEquals(Optional.of(LocalDate.of(2025, 3, 9)), DateText.inUrl("https://blog.example/posts/2025-03-09-harbour-notes"));
        assertEquals(Optional.empty(), DateText.inUrl("https://blog.example/posts/2025-03-09-12-harbour"));
    }
}
