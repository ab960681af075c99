package dev.triangulate.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorefScorerTest {

    private static final double EPS = 1e-9;

    /** mention -> cluster, from "cluster:m1,m2 cluster:m3" */
    private static Map<String, String> clusters(String spec) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String group : spec.split(" ")) {
            String[] kv = group.split(":");
            for (String m : kv[1].split(",")) {
                out.put(m, kv[0]);
            }
        }
        return out;
    }

    // Key {a,b,c} {d,e,f,g}; response {a,b} {c,d} {f,g,h,i}: e is missed, h and i are extra.
    private final CorefScore example = CorefScorer.score(clusters("K1:a,b,c K2:d,e,f,g"),
            clusters("R1:a,b R2:c,d R3:f,g,h,i"));

    @Test
    void mucCountsLinksMissingFromEachPartition() {
        // recall: K1 splits in 2 parts (3-2=1), K2 in {d},{e},{f,g} (4-3=1): 2 of 5 links
        // precision: R1 1 part (1), R2 {c},{d} (0), R3 {f,g},{h},{i} (1): 2 of 5 links
        assertEquals(0.4, example.muc().recall(), EPS);
        assertEquals(0.4, example.muc().precision(), EPS);
        assertEquals(0.4, example.muc().f1(), EPS);
    }

    @Test
    void bcubedAveragesOverlapPerMention() {
        // recall: (2²+1²)/3 + (1²+2²)/4 = 35/12 over 7 key mentions
        assertEquals(35.0 / 12 / 7, example.bcubed().recall(), EPS);
        // precision: 2²/2 + (1²+1²)/2 + 2²/4 = 4 over 8 response mentions
        assertEquals(0.5, example.bcubed().precision(), EPS);
    }

    @Test
    void ceafeAlignsEntitiesOneToOne() {
        // phi4: K1-R1 0.8, K1-R2 0.4, K2-R2 1/3, K2-R3 0.5; best alignment K1-R1 + K2-R3 = 1.3
        assertEquals(1.3 / 2, example.ceafe().recall(), EPS);
        assertEquals(1.3 / 3, example.ceafe().precision(), EPS);
    }

    @Test
    void conllIsTheMeanOfTheThreeF1s() {
        double expected = (example.muc().f1() + example.bcubed().f1() + example.ceafe().f1()) / 3;
        assertEquals(expected, example.conll(), EPS);
    }

    @Test
    void identicalPartitionsScoreOne() {
        Map<String, String> key = clusters("A:a,b,c B:d C:e,f");
        CorefScore s = CorefScorer.score(key, clusters("x:a,b,c y:d z:e,f"));
        assertEquals(1.0, s.muc().f1(), EPS);
        assertEquals(1.0, s.bcubed().f1(), EPS);
        assertEquals(1.0, s.ceafe().f1(), EPS);
        assertEquals(1.0, s.conll(), EPS);
    }

    @Test
    void allSingletonsHaveNoMucLinksButBcubedPrecisionOne() {
        CorefScore s = CorefScorer.score(clusters("A:a,b B:c,d"), clusters("1:a 2:b 3:c 4:d"));
        assertEquals(0.0, s.muc().recall(), EPS);
        assertEquals(0.0, s.muc().f1(), EPS);
        assertEquals(1.0, s.bcubed().precision(), EPS);
        assertEquals(0.5, s.bcubed().recall(), EPS);
        // each key entity aligns with one singleton: phi4 = 2/3 twice; recall 4/3 / 2, precision 4/3 / 4
        assertEquals(2.0 / 3, s.ceafe().recall(), EPS);
        assertEquals(1.0 / 3, s.ceafe().precision(), EPS);
    }

    @Test
    void oneBigClusterMergesEverything() {
        CorefScore s = CorefScorer.score(clusters("A:a,b B:c,d"), clusters("X:a,b,c,d"));
        assertEquals(1.0, s.muc().recall(), EPS);
        assertEquals(2.0 / 3, s.muc().precision(), EPS);
        assertEquals(1.0, s.bcubed().recall(), EPS);
        assertEquals(0.5, s.bcubed().precision(), EPS);
    }

    @Test
    void scoresAddUpAcrossIndependentParts() {
        CorefScore one = CorefScorer.score(clusters("K1:a,b,c"), clusters("R1:a,b R2:c"));
        CorefScore two = CorefScorer.score(clusters("K2:d,e"), clusters("R3:d,e"));
        CorefScore both = CorefScorer.score(clusters("K1:a,b,c K2:d,e"), clusters("R1:a,b R2:c R3:d,e"));
        CorefScore sum = one.plus(two);
        assertEquals(both.muc().f1(), sum.muc().f1(), EPS);
        assertEquals(both.bcubed().f1(), sum.bcubed().f1(), EPS);
        assertEquals(both.ceafe().f1(), sum.ceafe().f1(), EPS);
    }
}
