package dev.triangulate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class QuantityTest {

    private static Quantity range(double value, Double upper, String unit, Measure si) {
        return new Quantity(new Span("d", 0, 1), "x", value, upper, unit, si, Modifier.EXACT, null);
    }

    @Test
    void scalesARangesUpperBoundLikeItsLowerOne() {
        Quantity q = range(20, 30.0, "km", new Measure(20_000, "m"));
        assertEquals(30_000, q.normalUpper(), 1e-9);
        assertEquals("20000-30000 m", q.normalized());
    }

    @Test
    void shiftsTemperatureRangesInsteadOfScalingThem() {
        Quantity celsius = range(20, 30.0, "°C", new Measure(293.15, "K"));
        assertEquals(303.15, celsius.normalUpper(), 1e-9);
        Quantity fahrenheit = range(-4, 14.0, "°F", new Measure(253.15, "K"));
        assertEquals(263.15, fahrenheit.normalUpper(), 1e-9);
    }

    @Test
    void keepsUnitlessValuesAndLeavesAnUnknownScaleOpen() {
        Quantity count = range(10, 12.0, "", null);
        assertEquals(10, count.normalValue());
        assertEquals(12.0, count.normalUpper());
        assertNull(range(0, 5.0, "km", new Measure(0, "m")).normalUpper());
        assertNull(range(5, null, "km", new Measure(5_000, "m")).normalUpper());
    }
}
