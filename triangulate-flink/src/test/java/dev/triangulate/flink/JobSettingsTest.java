package dev.triangulate.flink;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JobSettingsTest {

    @Test
    void aBoundedRunIsKeyedUnlessToldSingleKey() {
        assertTrue(JobSettings.parse("--input", "in", "--output", "out").keyed());
        assertTrue(JobSettings.parse("--input", "in", "--output", "out", "--keyed").keyed());
        assertFalse(JobSettings.parse("--input", "in", "--output", "out", "--single-key").keyed());
    }

    @Test
    void aContinuousRunIsSingleKeyAndRefusesKeyed() {
        assertFalse(JobSettings.parse("--input", "in", "--output", "out", "--monitor-interval-ms", "500").keyed());
        var e = assertThrows(IllegalArgumentException.class,
                () -> JobSettings.parse("--input", "in", "--output", "out", "--monitor-interval-ms", "500", "--keyed"));
        assertTrue(e.getMessage().contains("--keyed"), e.getMessage());
    }

    @Test
    void keyedAndSingleKeyTogetherAreRefused() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> JobSettings.parse("--input", "in", "--output", "out", "--keyed", "--single-key"));
        assertTrue(e.getMessage().contains("exclude each other"), e.getMessage());
    }
}
