package dev.triangulate.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EntityAlignmentTest {

    @Test
    void findsTheBestAssignmentThatGreedyMisses() {
        // greedy takes 0.9 first and is left with 0.0; the best pairs 0.8 + 0.8
        double[][] w = {{0.9, 0.8}, {0.8, 0.0}};
        assertEquals(1.6, EntityAlignment.solve(w), 1e-12);
    }

    @Test
    void matchesBruteForceOnRandomRectangles() {
        Random random = new Random(7);
        for (int trial = 0; trial < 300; trial++) {
            int rows = 1 + random.nextInt(5);
            int cols = 1 + random.nextInt(5);
            double[][] w = new double[rows][cols];
            for (double[] row : w) {
                for (int j = 0; j < cols; j++) {
                    row[j] = random.nextInt(3) == 0 ? 0 : random.nextDouble();
                }
            }
            assertEquals(brute(w, 0, new boolean[cols]), EntityAlignment.solve(w), 1e-9, "trial " + trial);
        }
    }

    /** Every row either takes a free column or none. */
    private static double brute(double[][] w, int row, boolean[] taken) {
        if (row == w.length) {
            return 0;
        }
        double best = brute(w, row + 1, taken);
        for (int j = 0; j < taken.length; j++) {
            if (!taken[j]) {
                taken[j] = true;
                best = Math.max(best, w[row][j] + brute(w, row + 1, taken));
                taken[j] = false;
            }
        }
        return best;
    }
}
