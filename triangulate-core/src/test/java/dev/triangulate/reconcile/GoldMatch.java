package dev.triangulate.reconcile;

import dev.triangulate.model.Evidence;
import dev.triangulate.model.FactKind;
import dev.triangulate.model.Finding;
import dev.triangulate.model.Verdict;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a finding is matched to a gold item: same kind, each gold value found among the finding's values
 * (numbers within {@link #TOLERANCE} and the same unit; key words all present in the cited passages), and
 * document sets that overlap by at least {@link #MIN_JACCARD}. Stateless.
 */
final class GoldMatch {

    static final double TOLERANCE = 0.015;
    static final double MIN_JACCARD = 0.5;

    private GoldMatch() {
    }

    /** Whether the finding states what the item expects, with the item's verdict. */
    static boolean matches(Finding f, GoldStory.Item item) {
        return item.verdict().equals(f.verdict().label()) && related(f, item)
                && jaccard(Set.copyOf(f.articles()), item.allDocs()) >= MIN_JACCARD
                && item.sides().stream().allMatch(v -> hasValue(f, item.kind(), v));
    }

    /** Whether the finding is about what the item describes (some value and some document in common). */
    static boolean related(Finding f, GoldStory.Item item) {
        return kind(f).equals(item.kind()) && item.sides().stream().anyMatch(v -> hasValue(f, item.kind(), v))
                && f.articles().stream().anyMatch(item.allDocs()::contains);
    }

    /** Whether a conflict finding sets values of the item's two sides against each other. */
    static boolean setsAgainst(Finding f, GoldStory.Item item) {
        if (!(f.verdict() instanceof Verdict.Conflicting c) || !kind(f).equals(item.kind()) || item.sides().size() < 2) {
            return false;
        }
        List<String> values = c.sides().stream().map(Verdict.Side::value).toList();
        return values.stream().anyMatch(v -> sameQuantity(item.sides().get(0), v))
                && values.stream().anyMatch(v -> sameQuantity(item.sides().get(1), v));
    }

    static String kind(Finding f) {
        return f.kind() == FactKind.QUANTITY ? "quantity" : f.kind() == FactKind.QUOTE ? "quote"
                : f.kind() == FactKind.STATEMENT ? "statement" : f.kind().name().toLowerCase(Locale.ROOT);
    }

    private static boolean hasValue(Finding f, String kind, String gold) {
        if (kind.equals("quantity")) {
            return values(f).stream().anyMatch(v -> sameQuantity(gold, v));
        }
        String text = String.join(" ", f.evidence().stream().map(Evidence::text).toList()).toLowerCase(Locale.ROOT);
        for (String word : gold.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    static List<String> values(Finding f) {
        List<String> out = new ArrayList<>();
        f.evidence().forEach(e -> out.add(e.value()));
        if (f.verdict() instanceof Verdict.Conflicting c) {
            c.sides().forEach(s -> out.add(s.value()));
        }
        out.removeIf(v -> v == null);
        return out;
    }

    /** "108000000 USD" against a stated "108000000 USD" or "1.08e8-1.2e8 USD": first number and unit. */
    static boolean sameQuantity(String gold, String stated) {
        String[] g = gold.strip().split("\\s+", 2);
        String[] s = stated.strip().split("\\s+", 2);
        String gUnit = g.length > 1 ? g[1] : "";
        String sUnit = s.length > 1 ? s[1] : "";
        if (!gUnit.equals(sUnit)) {
            return false;
        }
        try {
            double a = Double.parseDouble(g[0]);
            double b = Double.parseDouble(s[0].split("(?<=\\d)-", 2)[0]);
            return Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static double jaccard(Set<String> a, Set<String> b) {
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return union.isEmpty() ? 0 : inter.size() / (double) union.size();
    }
}
