package dev.triangulate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class ServeIntervalTest {

    private final ServeCommand.Interval interval = new ServeCommand.Interval();

    @Test
    void readsShortAndIsoDurations() {
        assertEquals(Duration.ofMinutes(15), interval.convert("15m"));
        assertEquals(Duration.ofSeconds(30), interval.convert(" 30s"));
        assertEquals(Duration.ofHours(2), interval.convert("2H"));
        assertEquals(Duration.ofMillis(500), interval.convert("500ms"));
        assertEquals(Duration.ofMinutes(90), interval.convert("PT1H30M"));
    }

    @Test
    void refusesWhatIsNotAPositiveDuration() {
        for (String bad : new String[] {"0s", "15", "fifteen minutes", "-5m", "PT0S"}) {
            assertThrows(TypeConversionException.class, () -> interval.convert(bad), bad);
        }
    }
}
