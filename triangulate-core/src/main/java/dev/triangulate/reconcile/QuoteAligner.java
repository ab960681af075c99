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
import java.util.HashSet;
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
                if (sameWords(all.get(i), all.get(j))) {
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
        Set<String> inter = new HashSet<>(a.words());
        inter.retainAll(b.words());
        int smaller = Math.min(a.words().size(), b.words().size());
        return smaller > 0 && inter.size() >= SAME_WORDS * smaller && inter.size() >= Math.min(3, smaller);
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
     * words to two people (a slogan, a repeated line) is not reports disagreeing.
     */
    private boolean speakersDifferAcrossArticles(List<Carried> group) {
        for (Carried a : group) {
            for (Carried b : group) {
                String ka = speakerKey(a.quote());
                String kb = speakerKey(b.quote());
                if (ka != null && kb != null && !ka.equals(kb)
                        && !story.original(a.coverage().id()).equals(story.original(b.coverage().id()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String firstSpeaker(List<Carried> group) {
        return group.stream().map(c -> c.quote().speaker()).filter(s -> s != null).findFirst().orElse(null);
    }

}
