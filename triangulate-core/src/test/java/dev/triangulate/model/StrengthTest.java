package dev.triangulate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrengthTest {

    @Test
    void threeDirectOutletsAreStrong() {
        assertEquals("strong", finding(new Verdict.Corroborated(3), null, null, null).strength().level());
    }

    @Test
    void threeOutletsThatAllHedgeAreModerate() {
        Strength s = finding(new Verdict.Corroborated(3), "reportedly", "officials said", "according to").strength();
        assertEquals("moderate", s.level());
        assertTrue(s.hedged());
    }

    @Test
    void oneDirectHedgeLiftsTheWholeFinding() {
        assertEquals("strong", finding(new Verdict.Corroborated(3), "reportedly", null, "reportedly").strength().level());
    }

    @Test
    void twoHedgedOutletsAndOneOutletAreWeak() {
        assertEquals("weak", finding(new Verdict.Corroborated(2), "allegedly", "reportedly").strength().level());
        assertEquals("weak", finding(new Verdict.SingleSource("a"), (String) null).strength().level());
    }

    @Test
    void aConflictIsDisputedWithItsBestSupportedSide() {
        Evidence a = evidence("a", null);
        Evidence b = evidence("b", null);
        Evidence c = evidence("c", null);
        Verdict v = new Verdict.Conflicting(List.of(new Verdict.Side("1", List.of(a, b)), new Verdict.Side("2", List.of(c))));
        Strength s = new Finding("f1", FactKind.QUANTITY, "", "", "x", v, List.of(a, b, c), "").strength();
        assertEquals("disputed", s.level());
        assertEquals(2, s.independentSources());
    }

    private static Finding finding(Verdict verdict, String... hedges) {
        List<Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < hedges.length; i++) {
            evidence.add(evidence("r" + i, hedges[i]));
        }
        return new Finding("f1", FactKind.STATEMENT, "", "", "x", verdict, evidence, "");
    }

    private static Evidence evidence(String article, String hedge) {
        return new Evidence(new Span(article, 0, 1), "x", null, hedge);
    }
}
