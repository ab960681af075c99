package dev.triangulate.brief;

import dev.triangulate.internal.Stems;
import dev.triangulate.model.Briefing;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.Granularity;
import dev.triangulate.model.Sentence;
import dev.triangulate.model.Story;
import dev.triangulate.model.TimeType;
import dev.triangulate.model.When;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The story's dated events across sources: every calendar date or period an article places (to the
 * year or finer), with the sentence that dates it. Dates with the same value whose sentences share
 * most of their words are one entry carried by several articles. Ordered by the first day covered.
 */
final class Timeline {

    static final double SAME_EVENT = 0.3;

    private record Dated(When when, Coverage coverage, String sentence, Set<String> words) {
    }

    /** The entries of the story's dates, leaving out those in spans {@code excluded} says are not reporting. */
    List<Briefing.TimelineEntry> entries(Story story, java.util.function.Predicate<dev.triangulate.model.Span> excluded) {
        List<Dated> all = new ArrayList<>();
        for (Coverage c : story.members()) {
            for (When w : c.facts(When.class)) {
                if (w.placed() && w.type() == TimeType.DATE && w.granularity().compareTo(Granularity.YEAR) <= 0
                        && !excluded.test(w.span())) {
                    Sentence s = c.document().sentenceAt(w.span().start());
                    String text = s == null ? w.text() : s.span().of(c.article().text());
                    all.add(new Dated(w, c, text, words(text)));
                }
            }
        }
        all.sort(Comparator.comparing((Dated d) -> d.when().begin()).thenComparing(d -> d.when().end()));
        List<List<Dated>> groups = new ArrayList<>();
        Map<String, List<List<Dated>>> byValue = new HashMap<>(); // only entries of one value can take a date
        for (Dated d : all) {
            List<List<Dated>> candidates = byValue.computeIfAbsent(d.when().value(), k -> new ArrayList<>());
            List<Dated> home = null;
            for (List<Dated> g : candidates) {
                if (similar(g.get(0), d)) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                groups.add(home = new ArrayList<>());
                candidates.add(home);
            }
            home.add(d);
        }
        List<Briefing.TimelineEntry> out = new ArrayList<>();
        for (List<Dated> g : groups) {
            Dated first = g.get(0);
            List<Evidence> ev = g.stream().map(d -> new Evidence(d.when().span(), d.when().text(), d.when().value(), null)).toList();
            out.add(new Briefing.TimelineEntry(first.when().value(), first.when().begin(), first.sentence(), ev));
        }
        return out;
    }

    private static boolean similar(Dated a, Dated b) {
        if (a.sentence().equals(b.sentence()) && a.coverage() == b.coverage()) {
            return true;
        }
        Set<String> inter = new HashSet<>(a.words());
        inter.retainAll(b.words());
        int union = a.words().size() + b.words().size() - inter.size();
        return union > 0 && inter.size() >= SAME_EVENT * union;
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 3) {
                out.add(Stems.of(w));
            }
        }
        return out;
    }
}
