package dev.triangulate.reconcile;

import dev.triangulate.internal.Stems;
import dev.triangulate.text.Lexicon;
import java.util.HashMap;
import java.util.Map;

/**
 * Which verbs say the same thing happened to what a figure counts, read from
 * {@code reconcile/event-verbs.txt}: "moved", "evacuated" and "relocated" are one class, "killed" and
 * "died" another. A claim's predicate is its verb's class, so that two wordings of one happening are
 * one claim while "killed" and "injured" stay apart. Verbs in no class stand for themselves.
 *
 * <p>Immutable and thread-safe.
 */
final class EventVerbs {

    static final EventVerbs ENGLISH = load("reconcile/event-verbs.txt");

    private final Map<String, String> classOf;
    private final java.util.Set<String> names;

    EventVerbs(Map<String, String> classOf) {
        this.classOf = Map.copyOf(classOf);
        this.names = java.util.Set.copyOf(classOf.values());
    }

    /** Lines written as {@code class = verb verb ...}; a phrasal verb joins verb and particle with "_". */
    static EventVerbs load(String resource) {
        Map<String, String> out = new HashMap<>();
        for (String line : Lexicon.lines(resource)) {
            String[] sides = line.split("=", 2);
            if (sides.length != 2) {
                throw new IllegalStateException("event verbs: expected 'class = verbs': " + line);
            }
            String name = sides[0].strip();
            for (String w : sides[1].strip().split("\\s+")) {
                String[] phrasal = w.split("_", 2); // "made_off": a verb and its particle
                out.put(phrasal.length == 2 ? Stems.of(phrasal[0]) + " " + phrasal[1] : Stems.of(w), name);
            }
        }
        return new EventVerbs(out);
    }

    /** Whether two predicates name different classes: two happenings ("kill" and "injure"), never one. */
    boolean differentClasses(String a, String b) {
        return a != null && b != null && !a.equals(b) && names.contains(a) && names.contains(b);
    }

    /** Whether the verb stem belongs to some class. */
    boolean classed(String stem) {
        return classOf.containsKey(stem);
    }

    /** The class of a verb stem, or the stem itself when it has none; {@code null} stays {@code null}. */
    String classOf(String stem) {
        return stem == null ? null : classOf.getOrDefault(stem, stem);
    }
}
