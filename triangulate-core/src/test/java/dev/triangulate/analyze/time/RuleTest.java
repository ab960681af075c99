package dev.triangulate.analyze.time;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RuleTest {

    @Test
    void refusesALookBehindThatRepeatsWithoutBound() {
        assertTrue(Rule.unboundedLookBehind("(?<=in[^\\S\\n]+)morning"));
        assertTrue(Rule.unboundedLookBehind("(?<![\\p{L}]the\\s*)next"));
        assertTrue(Rule.unboundedLookBehind("(?<=(?<![\\p{L}])in(?:\\s)+)x"));
        assertThrows(IllegalArgumentException.class, () -> Rule.of("slow", "(?<=at\\s+)noon", (m, c) -> null));
    }

    @Test
    void acceptsBoundedLookBehindsAndFreeRepetitionOutsideThem() {
        assertFalse(Rule.unboundedLookBehind("(?<=in[^\\S\\n]{1,3})morning"));
        assertFalse(Rule.unboundedLookBehind("(?<![/\\-.]\\d{0,2})\\d+[+*]"));
        assertFalse(Rule.unboundedLookBehind("(?<h>\\d+)\\s+(?<m>\\d*)"));
        assertFalse(Rule.unboundedLookBehind("(?<=[+*])x"));
    }

    @Test
    void everyBuiltInRuleIsBounded() {
        DateExtractor.english(); // builds every rule through Rule.of, which refuses unbounded look-behinds
    }
}
