package dev.triangulate.reconcile;

import dev.triangulate.internal.DisjointSets;
import dev.triangulate.model.Coverage;
import dev.triangulate.model.Entity;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.FactKind;
import dev.triangulate.model.Finding;
import dev.triangulate.model.Quote;
import dev.triangulate.model.Story;
import dev.triangulate.model.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups the same quote carried by several articles (one contains the other, or most words shared)
 * and checks who it is attributed to: the same words given to different speakers is a conflict about
 * who said them. Short unattributed fragments (scare quotes) are not findings.
 */
final class QuoteAligner {

    static final double SAME_WORDS = 0.6;
    static final int MIN_WORDS = 4;

    private final EntityIndex entities;
    private final Story story;

    QuoteAligner(Story story, EntityIndex entities) {
        this.story = story;
        this.entities = entities;
    }

    private record Carried(Coverage coverage, Quote quote, Set<String> words) {
    }

    List<Finding> align() {
        List<Carried> all = new ArrayList<>();
        for (Coverage c : story.members()) {
            for (Quote q : c.facts(Quote.class)) {
                Set<String> words = words(q.text());
                if (words.size() >= MIN_WORDS || q.speaker() != null && !q.partial()) {
                    all.add(new Carried(c, q, words));
                }
            }
        }
        DisjointSets same = new DisjointSets(all.size());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (!same.same(i, j) && sameWords(all.get(i), all.get(j))) { // joined pairs cannot change the groups
                    same.join(i, j);
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (List<Carried> group : same.groups(all)) {
            out.add(finding(group));
        }
        return out;
    }

    static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean sameWords(Carried a, Carried b) {
        Set<String> small = a.words().size() <= b.words().size() ? a.words() : b.words();
        Set<String> large = small == a.words() ? b.words() : a.words();
        int inter = 0;
        for (String w : small) {
            inter += large.contains(w) ? 1 : 0;
        }
        int smaller = small.size();
        return smaller > 0 && inter >= SAME_WORDS * smaller && inter >= Math.min(3, smaller);
    }

    /** The speaker's entity id when linked, else its name, else {@code null}. */
    private String speakerKey(Quote q) {
        if (q.speaker() == null) {
            return null;
        }
        Entity e = q.speakerSpan() == null ? null : entities.at(q.speakerSpan());
        return e != null ? e.id() : q.speaker().toLowerCase(Locale.ROOT);
    }

    private Finding finding(List<Carried> group) {
        Map<String, List<Evidence>> bySpeaker = new LinkedHashMap<>();
        Set<String> originals = new LinkedHashSet<>();
        List<Evidence> evidence = new ArrayList<>();
        Carried longest = group.get(0);
        for (Carried c : group) {
            Evidence e = new Evidence(c.quote().span(), c.quote().text(), c.quote().speaker(), null);
            evidence.add(e);
            originals.add(story.original(c.coverage().id()));
            String key = speakerKey(c.quote());
            if (key != null) {
                bySpeaker.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            }
            if (c.quote().text().length() > longest.quote().text().length()) {
                longest = c;
            }
        }
        String speaker = firstSpeaker(group);
        String said = "“" + longest.quote().text() + "”";
        if (bySpeaker.size() > 1 && speakersDifferAcrossArticles(group)) {
            List<Verdict.Side> sides = new ArrayList<>();
            bySpeaker.forEach((k, ev) -> sides.add(new Verdict.Side(ev.get(0).value(), ev)));
            String names = String.join(" vs ", sides.stream().map(Verdict.Side::value).toList());
            return new Finding("", FactKind.QUOTE, said, "speaker", "Reports disagree on who said " + said + ": " + names + ".",
                    new Verdict.Conflicting(sides), evidence, "same quoted words attributed to different speakers");
        }
        Verdict verdict = originals.size() >= 2 ? new Verdict.Corroborated(originals.size())
                : new Verdict.SingleSource(group.get(0).coverage().id());
        String who = speaker == null ? "An unnamed source" : speaker;
        return new Finding("", FactKind.QUOTE, speaker == null ? "" : speaker, "speaker", who + ": " + said,
                verdict, evidence, "quoted words shared by " + originals.size() + " independent article(s)");
    }

    /**
     * Whether two independent articles name different speakers for the words. One article giving the same
     * words to two people (a slogan, a repeated line) is not reports disagreeing, and neither are two
     * spellings of one name ({@link #sameName}).
     */
    private boolean speakersDifferAcrossArticles(List<Carried> group) {
        List<String> keys = group.stream().map(c -> speakerKey(c.quote())).toList();
        for (int a = 0; a < group.size(); a++) {
            for (int b = 0; b < group.size(); b++) {
                String ka = keys.get(a);
                String kb = keys.get(b);
                if (ka != null && kb != null && !ka.equals(kb)
                        && !sameName(group.get(a).quote().speaker(), group.get(b).quote().speaker())
                        && !story.original(group.get(a).coverage().id()).equals(story.original(group.get(b).coverage().id()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether two speaker names name one person whatever the entity linker made of them: the same words,
     * or one name's words all within the other's ("Heller" and "Mark Heller").
     */
    static boolean sameName(String a, String b) {
        Set<String> x = nameWords(a);
        Set<String> y = nameWords(b);
        return !x.isEmpty() && !y.isEmpty() && (x.containsAll(y) || y.containsAll(x));
    }

    private static Set<String> nameWords(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1) {
                out.add(w);
            }
        }
        return out;
    }

    private static String firstSpeaker(List<Carried> group) {
        return group.stream().map(c -> c.quote().speaker()).filter(s -> s != null).findFirst().orElse(null);
    }

}
