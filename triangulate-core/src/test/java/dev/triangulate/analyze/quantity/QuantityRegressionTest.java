package dev.triangulate.analyze.quantity;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inputs that once broke the extractor or a guard, one per line in {@code regression-inputs.txt}
 * ({@code \n} stands for a line break): each must keep the extractor contract.
 */
class QuantityRegressionTest {

    @Test
    void keepsTheContractOnInputsThatOnceBrokeIt() throws IOException {
        List<String> inputs;
        try (InputStream in = getClass().getResourceAsStream("regression-inputs.txt")) {
            inputs = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#")).map(l -> l.replace("\\n", "\n")).toList();
        }
        assertFalse(inputs.isEmpty());
        inputs.forEach(QuantityContractTest::check);
    }
}
