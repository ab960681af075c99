package dev.triangulate.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrequencyTableTest {

    @Test
    void countsEachIdApart() {
        FrequencyTable t = new FrequencyTable(64);
        t.increment(7);
        t.increment(7);
        t.increment(-7);

        assertEquals(2, t.count(7));
        assertEquals(1, t.count(-7));
        assertEquals(0, t.count(0), "an id never seen, even 0, counts 0");
    }

    @Test
    void forgetsOneOffIdsWhenFullAndKeepsRepeatedOnes() {
        FrequencyTable t = new FrequencyTable(16);
        t.increment(1000);
        t.increment(1000);
        for (int id = 0; id < 15; id++) {
            t.increment(id);
        }
        t.increment(99);

        assertEquals(2, t.count(1000));
        assertEquals(1, t.count(99));
        assertEquals(0, t.count(3));
        assertTrue(t.size() <= 16);
    }

    @Test
    void forgetsTheRarestRepeatedIdsWhenOneOffsAloneWouldNotFreeAQuarter() {
        FrequencyTable t = new FrequencyTable(16);
        for (int id = 0; id < 16; id++) {
            int times = id < 12 ? 3 : 2;
            for (int i = 0; i < times; i++) {
                t.increment(id);
            }
        }
        t.increment(99);

        assertEquals(3, t.count(0), "the most counted stay");
        assertEquals(0, t.count(12), "seen twice: forgotten, since no one-off was there to forget");
        assertEquals(1, t.count(99));
        assertEquals(13, t.size());
    }
}
