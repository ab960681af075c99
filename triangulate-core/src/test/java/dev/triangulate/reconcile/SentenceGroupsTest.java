package dev.triangulate.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceGroupsTest {

    @Test
    void joinsStrongestPairsFirstAndNeverTwoSentencesOfOneArticle() {
        // sentences 0..4; articles: 0 and 1 are both of article 0
        int[] articleOf = {0, 0, 1, 2, 3};
        List<TermVectors.Pair> strongestFirst = List.of(
                new TermVectors.Pair(0, 2, 0.9),
                new TermVectors.Pair(1, 3, 0.8),
                new TermVectors.Pair(2, 3, 0.7), // would put 0 and 1 (one article) together: passed over
                new TermVectors.Pair(3, 4, 0.5));
        List<List<Integer>> groups = new SentenceGroups(articleOf).group(strongestFirst);
        assertEquals(List.of(List.of(0, 2), List.of(1, 3, 4)), groups);
    }

    @Test
    void aSentenceNoPairJoinedIsInNoGroup() {
        int[] articleOf = {0, 0, 1};
        List<List<Integer>> groups = new SentenceGroups(articleOf).group(List.of(new TermVectors.Pair(0, 1, 0.9)));
        assertEquals(List.of(), groups);
    }
}
