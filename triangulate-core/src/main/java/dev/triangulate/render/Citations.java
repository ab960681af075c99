package dev.triangulate.render;

import dev.triangulate.model.Coverage;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.Sentence;
import dev.triangulate.model.Span;
import dev.triangulate.model.Story;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Numbers the passages one story's sections cite, from 1 in order of first citation, and gives
 * each the window of source text around it for the "Sources" list. A passage cited twice keeps
 * its first number. Mutable: make one per story rendering, on one thread.
 */
final class Citations {

    /** A numbered passage with the text of its surrounding sentence(s) before and after it. */
    record Source(int number, Evidence evidence, String outlet, String before, String after) {
    }

    /** Longest context shown on each side of a passage, so a run-on "sentence" stays readable. */
    private static final int MAX_CONTEXT = 240;

    private final Story story;
    private final Map<Span, Integer> numbers = new LinkedHashMap<>();
    private final List<Evidence> passages = new ArrayList<>();

    Citations(Story story) {
        this.story = story;
    }

    int cite(Evidence e) {
        return numbers.computeIfAbsent(e.span(), span -> {
            passages.add(e);
            return passages.size();
        });
    }

    /** The numbers of the passages, without repeats, in the given order. */
    List<Integer> cite(List<Evidence> evidence) {
        Set<Integer> cited = new LinkedHashSet<>();
        evidence.forEach(e -> cited.add(cite(e)));
        return List.copyOf(cited);
    }

    boolean isEmpty() {
        return passages.isEmpty();
    }

    /** Every passage cited so far, by number. */
    List<Source> sources() {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            sources.add(source(i + 1, passages.get(i)));
        }
        return sources;
    }

    private Source source(int number, Evidence e) {
        Coverage member = story.member(e.article());
        if (member == null) {
            return new Source(number, e, e.article(), "", "");
        }
        String text = member.article().text();
        Span span = e.span();
        if (span.end() > text.length()) {
            throw new IllegalArgumentException("evidence " + span + " ends past its article (" + text.length() + ")");
        }
        int from = windowStart(member, span.start());
        int to = windowEnd(member, span);
        String before = text.substring(from, span.start());
        String after = text.substring(span.end(), to);
        return new Source(number, e, member.article().outletOrId(), clipLeft(before), clipRight(after));
    }

    private static int windowStart(Coverage member, int offset) {
        Sentence s = member.document().sentenceAt(offset);
        return s == null ? offset : Math.min(s.start(), offset);
    }

    private static int windowEnd(Coverage member, Span span) {
        Sentence s = member.document().sentenceAt(Math.max(span.start(), span.end() - 1));
        return s == null ? span.end() : Math.max(s.end(), span.end());
    }

    private static String clipLeft(String s) {
        return s.length() <= MAX_CONTEXT ? s : "…" + s.substring(s.length() - MAX_CONTEXT);
    }

    private static String clipRight(String s) {
        return s.length() <= MAX_CONTEXT ? s : s.substring(0, MAX_CONTEXT) + "…";
    }
}
