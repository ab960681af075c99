package dev.triangulate.analyze.quantity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.triangulate.TestDocs;
import dev.triangulate.model.Quantity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor on third-party quantity fixtures read from the shared data folder:
 * the Recognizers-Text English NumberWithUnit specs and the quantulum3 fixtures. A case passes
 * when the multiset of (value, unit) we find equals the expected one (units mapped through
 * {@code eval-units.tsv}; for Recognizers only our quantities with a unit take part, as its
 * models report no plain counts; for quantulum3 a range is compared by its midpoint, as
 * quantulum3 reports it). Scores are printed; floors sit a little under the measured figures.
 */
class QuantityEvalTest {

    private static final QuantityExtractor EXTRACTOR = QuantityExtractor.english();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Map<String, List<String>> units;

    private record Expected(double value, String unit) {
    }

    @BeforeAll
    static void loadUnits() throws IOException {
        units = new HashMap<>();
        try (InputStream in = QuantityEvalTest.class.getResourceAsStream("eval-units.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] c = line.split("\t", -1);
                    units.put(c[0], List.of(c[1].split("\\|", -1)));
                }
            }
        }
    }

    /** The property set by surefire, else "../../shared/data" (a worktree one level deeper: "../../../shared/data"). */
    static Path sharedData() {
        String p = System.getProperty("triangulate.shared.data");
        List<Path> candidates = new ArrayList<>();
        if (p != null && !p.isBlank() && !p.startsWith("${")) {
            candidates.add(Path.of(p));
        }
        candidates.add(Path.of("../../shared/data"));
        candidates.add(Path.of("../../../shared/data"));
        return candidates.stream().filter(Files::isDirectory).findFirst().orElse(candidates.get(0));
    }

    @Test
    void scoresRecognizersNumberWithUnitSpecs() throws IOException {
        Path dir = sharedData().resolve("recognizers-text-specs/NumberWithUnit/English");
        Assumptions.assumeTrue(Files.isDirectory(dir), "skipped: no Recognizers-Text specs at " + dir);
        double[] floors = {0.89, 0.86, 0.74};
        String[] models = {"DimensionModel", "CurrencyModel", "TemperatureModel"};
        int passedAll = 0;
        int totalAll = 0;
        for (int m = 0; m < models.length; m++) {
            int[] score = scoreRecognizers(dir.resolve(models[m] + ".json"), models[m]);
            passedAll += score[0];
            totalAll += score[1];
            double share = (double) score[0] / score[1];
            System.out.printf(Locale.ROOT, "Recognizers %s: %d/%d = %.3f%n", models[m], score[0], score[1], share);
            assertTrue(share >= floors[m], models[m] + " fell below its floor " + floors[m]);
        }
        int[] age = scoreRecognizers(dir.resolve("AgeModel.json"), "AgeModel");
        System.out.printf(Locale.ROOT, "Recognizers all three: %d/%d = %.3f (AgeModel %d/%d, out of scope: ages are durations)%n",
                passedAll, totalAll, (double) passedAll / totalAll, age[0], age[1]);
    }

    @Test
    void scoresQuantulumFixtures() throws IOException {
        Path dir = sharedData().resolve("quantulum3-tests");
        Assumptions.assumeTrue(Files.isDirectory(dir), "skipped: no quantulum3 fixtures at " + dir);
        int[] main = scoreQuantulum(dir.resolve("en_US_quantities.json"));
        int[] ambiguity = scoreQuantulum(dir.resolve("en_US_quantities.ambiguity.json"));
        System.out.printf(Locale.ROOT, "quantulum3 en_US_quantities: %d/%d = %.3f; in scope (no years, durations): %d/%d = %.3f%n",
                main[0], main[1], (double) main[0] / main[1], main[2], main[3], (double) main[2] / main[3]);
        System.out.printf(Locale.ROOT, "quantulum3 ambiguity: %d/%d = %.3f%n", ambiguity[0], ambiguity[1],
                (double) ambiguity[0] / ambiguity[1]);
        assertTrue((double) main[0] / main[1] >= 0.58, "quantulum3 score fell below its floor");
    }

    private int[] scoreRecognizers(Path file, String model) throws IOException {
        JsonNode cases = JSON.readTree(stripBom(Files.readString(file)));
        int passed = 0;
        for (JsonNode c : cases) {
            List<Expected> expected = new ArrayList<>();
            for (JsonNode r : c.path("Results")) {
                JsonNode res = r.path("Resolution");
                String v = res.path("value").asText(null);
                expected.add(new Expected(v == null ? Double.NaN : Double.parseDouble(v), res.path("unit").asText()));
            }
            List<Quantity> found = new ArrayList<>();
            for (Quantity q : EXTRACTOR.extract(TestDocs.doc(c.path("Input").asText()))) {
                if (modelOf(q).contains(model)) {
                    found.add(q);
                }
            }
            boolean ok = matches(expected, found.stream().map(QuantityEvalTest::withoutRate).toList(), false);
            passed += ok ? 1 : 0;
            explain(ok, c.path("Input").asText(), expected, found);
        }
        return new int[] {passed, cases.size()};
    }

    /**
     * "$98 a share", "500,000 barrels a day" as Recognizers reports them: the amount in its unit. Its models have no
     * rates other than speeds ("meter per millisecond"), so any other rate is scored by its numerator; quantulum3,
     * which has rates, scores the whole unit.
     */
    private static Quantity withoutRate(Quantity q) {
        int slash = q.unit().indexOf('/');
        boolean speed = q.si() != null && q.si().unit().matches("m/(s|ms|min|h)");
        if (slash <= 0 || speed) {
            return q;
        }
        String unit = q.unit().substring(0, slash);
        dev.triangulate.model.Measure si = q.si() == null || q.si().unit().indexOf('/') < 0 ? q.si()
                : new dev.triangulate.model.Measure(q.si().value(), q.si().unit().substring(0, q.si().unit().indexOf('/')));
        return new Quantity(q.span(), q.text(), q.value(), q.upper(), unit, si, q.modifier(), q.counts());
    }

    /** The Recognizers model that reports a quantity like {@code q}: each model reports only its own kind. */
    private static String modelOf(Quantity q) {
        q = withoutRate(q);
        String normal = q.si() == null ? "" : q.si().unit();
        if (q.unit().isEmpty() || normal.equals("%") || normal.equals("pp")) {
            return "none";
        }
        if (normal.matches("[A-Z]{3}")) {
            return "CurrencyModel";
        }
        // "°" normalised to radians is an angle; with no normal form it is a temperature of unstated scale
        return normal.equals("K") || normal.isEmpty() && q.unit().equals("°") ? "TemperatureModel" : "DimensionModel";
    }

    /** {passed, total, passed in scope, total in scope}; out of scope: cases expecting years or durations. */
    private int[] scoreQuantulum(Path file) throws IOException {
        JsonNode cases = JSON.readTree(Files.readString(file));
        int[] score = new int[4];
        for (JsonNode c : cases) {
            List<Expected> expected = new ArrayList<>();
            boolean inScope = true;
            for (JsonNode r : c.path("res")) {
                String unit = r.path("unit").asText();
                double value = r.path("value").asDouble();
                inScope &= !unit.matches("year|month|week|day|hour|minute|second")
                        && !(unit.equals("dimensionless") && value >= 1000 && value <= 2100 && value == Math.rint(value));
                expected.add(new Expected(value, unit));
            }
            List<Quantity> found = EXTRACTOR.extract(TestDocs.doc(c.path("req").asText()));
            boolean ok = matches(expected, found, true);
            explain(ok, c.path("req").asText(), expected, found);
            score[0] += ok ? 1 : 0;
            score[1]++;
            score[2] += ok && inScope ? 1 : 0;
            score[3] += inScope ? 1 : 0;
        }
        return score;
    }

    /** With -Dquantity.eval.verbose=true, prints each failed case: for tuning, never in CI. */
    private static void explain(boolean ok, String input, List<Expected> expected, List<Quantity> found) {
        if (!ok && Boolean.getBoolean("quantity.eval.verbose")) {
            StringBuilder b = new StringBuilder("MISS " + input + "\n   want " + expected + "\n   got ");
            found.forEach(q -> b.append(" [").append(q.text()).append(" ").append(q.value()).append(" ").append(q.unit()).append("]"));
            System.out.println(b);
        }
    }

    private static boolean matches(List<Expected> expected, List<Quantity> found, boolean midpoint) {
        if (expected.size() != found.size()) {
            return false;
        }
        List<Quantity> left = new ArrayList<>(found);
        for (Expected e : expected) {
            List<String> symbols = units.getOrDefault(e.unit(), List.of("?" + e.unit()));
            Quantity hit = null;
            for (Quantity q : left) {
                double v = midpoint && q.upper() != null ? (q.value() + q.upper()) / 2 : q.value();
                if (symbols.contains(q.unit()) && Math.abs(v - e.value()) <= 1e-6 * Math.max(1, Math.abs(v))) {
                    hit = q;
                    break;
                }
            }
            if (hit == null) {
                return false;
            }
            left.remove(hit);
        }
        return true;
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
