package dev.triangulate.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeapGaugeTest {

    @Test
    void aLiveSampleHoldsWhatIsReachableAndNeverExceedsTheMaxUsedHeap() {
        try (HeapGauge gauge = new HeapGauge()) {
            long[][] held = new long[8][1 << 20]; // 64 MB that stays reachable across the collection
            gauge.sampleLive();

            assertTrue(gauge.maxLiveMb() >= 64, "live " + gauge.maxLiveMb() + " MB");
            assertTrue(gauge.maxUsedMb() >= gauge.maxLiveMb(), gauge.maxUsedMb() + " < " + gauge.maxLiveMb());
            assertTrue(held[7].length > 0);
        }
    }
}
