package dev.triangulate.reconcile;

import dev.triangulate.model.Coverage;
import dev.triangulate.model.Quantity;
import dev.triangulate.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures a sentence states, as value intervals by dimension ("count", "m", "USD"), so that two
 * sentences judged alike in meaning can be kept apart when their numbers disagree: a sentence vector
 * cannot tell "injuring five people" from "injuring two people". Immutable.
 */
final class Figures {

    private final Map<String, List<double[]>> byDimension;

    private Figures(Map<String, List<double[]>> byDimension) {
        this.byDimension = byDimension;
    }

    /** The quantities of {@code c} inside {@code sentence}. */
    static Figures in(Coverage c, Span sentence) {
        Map<String, List<double[]>> out = new HashMap<>();
        for (Quantity q : c.facts(Quantity.class)) {
            if (sentence.contains(q.span()) && q.normalValue() > 0) {
                String dimension = q.si() != null ? q.si().unit() : q.unit().isEmpty() ? "count" : q.unit();
                out.computeIfAbsent(dimension, k -> new ArrayList<>())
                        .add(Intervals.of(q.normalValue(), q.normalUpper(), q.modifier()));
            }
        }
        return new Figures(out);
    }

    /** Whether both state a figure of some dimension and no figure of one overlaps one of the other's there. */
    boolean contradict(Figures other) {
        for (var e : byDimension.entrySet()) {
            List<double[]> theirs = other.byDimension.get(e.getKey());
            if (theirs != null && !anyOverlap(e.getValue(), theirs)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyOverlap(List<double[]> a, List<double[]> b) {
        for (double[] x : a) {
            for (double[] y : b) {
                if (x[0] <= y[1] && y[0] <= x[1]) {
                    return true;
                }
            }
        }
        return false;
    }
}
