package dev.triangulate.analyze.quantity;

import dev.triangulate.text.Lexicon;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import javax.measure.MetricPrefix;
import javax.measure.UnitConverter;
import systems.uom.common.Imperial;
import systems.uom.common.USCustomary;
import tech.units.indriya.unit.Units;

/**
 * The unit and currency tables ({@code units.tsv}, {@code currencies.tsv}) as surface-form
 * tables, with normalisers built from Indriya (JSR-385) units, so that 190 miles becomes
 * 305775.36 m by the library's exact conversion, not by a factor typed here.
 *
 * <p>Loaded once; immutable afterwards and safe to share between threads.
 */
final class UnitCatalog {

    private static final String DIR = "analyze/quantity/";
    /**
     * Currency codes that name nothing else, so that they are money even glued to a whole number ("USD115") and with
     * a scale letter ("MUSD", "kEUR"); unlike "COP27" (a conference), "ESP32" (a chip) or "MARS".
     */
    private static final java.util.Set<String> UNAMBIGUOUS_CODES = java.util.Set.copyOf(Lexicon.lines(DIR + "unambiguous-currency-codes.txt"));
    private static final Map<String, Class<?>> SYSTEMS =
            Map.of("Units", Units.class, "USCustomary", USCustomary.class, "Imperial", Imperial.class);

    /** Units written after the number: "300 km", "5 million euros". */
    final SurfaceForms<Unit> after = new SurfaceForms<>();
    /** Currencies written before the number: "$2.5bn", "EUR 40". */
    final SurfaceForms<Unit> before = new SurfaceForms<>();
    /** Currencies that only count as money after a scale word: "40 million pounds". */
    final SurfaceForms<Unit> afterScale = new SurfaceForms<>();
    /** Currencies written before the number only with a scale after it: "R50 billion" (rand), never the road "R50". */
    final SurfaceForms<Unit> beforeScale = new SurfaceForms<>();
    /** Currency codes with a scale letter, before or after the number: "30 MUSD", "MEUR 120", "500 kEUR". */
    final SurfaceForms<ScaledCode> scaledCodes = new SurfaceForms<>();

    /** A currency code written with a scale letter ("MUSD": millions of US dollars). */
    record ScaledCode(Unit unit, double factor) {
    }

    private UnitCatalog() {
    }

    /** Whether {@code code} is a currency code that names nothing else ("USD", not "COP"). */
    static boolean unambiguousCode(String code) {
        return UNAMBIGUOUS_CODES.contains(code);
    }

    static UnitCatalog english() {
        UnitCatalog c = new UnitCatalog();
        for (String line : Lexicon.lines(DIR + "units.tsv")) {
            String[] col = line.split("\t");
            Unit unit = new Unit(col[0], col[2], normaliser(col[1]), false);
            for (String form : col[3].split("\\|")) {
                (form.startsWith("<") ? c.before : c.after).add(form.startsWith("<") ? form.substring(1) : form, unit, false);
            }
        }
        for (String line : Lexicon.lines(DIR + "currencies.tsv")) {
            c.addCurrency(line.split("\t"));
        }
        return c;
    }

    private void addCurrency(String[] col) {
        double factor = Double.parseDouble(col[2]);
        Unit unit = new Unit(col[0], col[1], v -> v * factor, true);
        SurfaceForms<Unit> table = switch (col[3]) {
            case "before" -> before;
            case "before-scale" -> beforeScale;
            case "after" -> after;
            case "after-scale" -> afterScale;
            default -> throw new IllegalStateException("bad position in currencies.tsv: " + col[3]);
        };
        for (String form : col[4].split("\\|")) {
            table.add(form, unit, false);
            if (form.equals(col[1]) && col[3].equals("before") && UNAMBIGUOUS_CODES.contains(form)) {
                scaledCodes.addExact("M" + form, new ScaledCode(unit, 1e6));
                scaledCodes.addExact("k" + form, new ScaledCode(unit, 1e3));
            }
        }
    }

    /** "KILO Units.METRE ^2", "Units.SQUARE_METRE *10000", "=1e6" or "-" as a normaliser. */
    static DoubleUnaryOperator normaliser(String definition) {
        if (definition.equals("-")) {
            return null;
        }
        if (definition.startsWith("=")) {
            double factor = Double.parseDouble(definition.substring(1));
            return v -> v * factor;
        }
        UnitConverter converter = toSystem(indriya(definition));
        return v -> converter.convert(BigDecimal.valueOf(v)).doubleValue();
    }

    private static javax.measure.Unit<?> indriya(String definition) {
        javax.measure.Unit<?> unit = null;
        MetricPrefix prefix = null;
        for (String part : definition.split(" ")) {
            if (part.startsWith("^")) {
                unit = unit.pow(Integer.parseInt(part.substring(1)));
            } else if (part.startsWith("*")) {
                unit = unit.multiply(Double.parseDouble(part.substring(1)));
            } else if (part.contains(".")) {
                unit = constant(part);
                unit = prefix == null ? unit : unit.prefix(prefix);
            } else {
                prefix = MetricPrefix.valueOf(part);
            }
        }
        return unit;
    }

    private static javax.measure.Unit<?> constant(String qualified) {
        String[] p = qualified.split("\\.");
        Class<?> system = SYSTEMS.get(p[0]);
        if (system == null) {
            throw new IllegalStateException("unknown unit system in units.tsv: " + qualified);
        }
        try {
            return (javax.measure.Unit<?>) system.getField(p[1]).get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("unknown unit in units.tsv: " + qualified, e);
        }
    }

    private static <Q extends javax.measure.Quantity<Q>> UnitConverter toSystem(javax.measure.Unit<Q> unit) {
        return unit.getConverterTo(unit.getSystemUnit());
    }
}
