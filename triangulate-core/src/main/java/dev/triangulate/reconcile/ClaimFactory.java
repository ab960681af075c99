package dev.triangulate.reconcile;

import dev.triangulate.model.Coverage;
import dev.triangulate.model.Entity;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.Fact;
import dev.triangulate.model.Quantity;
import dev.triangulate.model.Relation;
import dev.triangulate.model.Span;
import dev.triangulate.model.Story;
import dev.triangulate.model.TimeType;
import dev.triangulate.model.When;
import dev.triangulate.text.Lexicon;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the quantities and dates of a story's articles into {@link Claim}s.
 *
 * <p>A quantity is a claim about what it counts or measures ("North Korean troops", "range"),
 * keyed by that and its dimension, so counts of troops are never compared with lengths or with
 * counts of something else; synonyms of the counted noun ({@link CountedKinds}) share a key. A measure
 * whose sentence does not say what it measures ("struck seven km east of the town") keeps an empty
 * subject: it may corroborate the same figure stated in the same words, never conflict; so does a
 * rating ("a 5.6 magnitude quake", "a 6.1 quake": a count that is not a whole number). Its predicate
 * is the class of its verb ({@link EventVerbs}). A date is a claim about the noun phrases and entities close to it in
 * its clause; its attribute says whether it dates a start ("since", "deployed in"), an end, or
 * just an event.
 */
final class ClaimFactory {

    /** How near (in characters) a subject must stand to a date to be what the date is about. */
    static final int SUBJECT_WINDOW = 60;
    /** Units that rate rather than measure; see {@code reconcile/rating-units.txt}. */
    private static final Set<String> RATING_UNITS = Lexicon.lines("reconcile/rating-units.txt");

    private final Cues cues;
    private final CountedKinds kinds;
    private final EventVerbs verbs = EventVerbs.ENGLISH;

    ClaimFactory(Cues cues) {
        this(cues, CountedKinds.ENGLISH);
    }

    ClaimFactory(Cues cues, CountedKinds kinds) {
        this.cues = cues;
        this.kinds = kinds;
    }

    /** The story's claims, each counted as the source {@code independence} says its sentence rests on. */
    List<Claim> claims(Story story, EntityIndex entities, Independence independence) {
        List<Claim> out = new ArrayList<>();
        for (Coverage c : story.members()) {
            for (Fact f : c.facts()) {
                Claim claim = switch (f) {
                    case Quantity q -> quantity(c, independence.sourceOf(q.span()), q, entities);
                    case When w -> date(c, independence.sourceOf(w.span()), w, entities);
                    default -> null;
                };
                if (claim != null) {
                    out.add(claim);
                }
            }
        }
        return out;
    }

    private Claim quantity(Coverage c, String original, Quantity q, EntityIndex entities) {
        String dimension = q.si() != null ? q.si().unit() : q.unit().isEmpty() ? "count" : q.unit();
        boolean rating = RATING_UNITS.contains(dimension) || "count".equals(dimension) && q.value() != Math.rint(q.value());
        if (rating) {
            dimension = "rating";
        }
        boolean subjectless = rating || q.counts() == null || q.counts().isBlank();
        if (subjectless && "count".equals(dimension) || q.normalValue() <= 0) {
            return null; // a bare number may be anything (a phone number, a score): nothing to align it on
        }
        double[] iv = Intervals.of(q.normalValue(), q.normalUpper(), q.modifier());
        Clause clause = Clause.aroundFigure(c, q.span().start(), q.span().end());
        String subjectKey = subjectless ? "" : kinds.synonymous(subjectKey(q.counts()));
        String attribute = "count".equals(dimension) ? "count" : "measure (" + dimension + ")";
        return new Claim(q, original, attribute, dimension + "|" + subjectKey, subjectless ? "" : q.counts(), iv[0], iv[1],
                q.normalized(), evidence(c, q.span(), q.normalized(), clause),
                subjectless ? Map.of() : Map.of(subjectKey, q.counts()),
                owners(c, clause, entities, subjectless ? "" : q.counts()), clause.contentStems(cues), clause.speculative(cues),
                verbs.classOf(clause.predicateNear(q.span().start(), q.span().end(), cues, verbs)));
    }

    private Claim date(Coverage c, String original, When w, EntityIndex entities) {
        if (!w.placed() || w.type() != TimeType.DATE) {
            return null;
        }
        Clause clause = Clause.around(c, w.span().start(), w.span().end());
        Map<String, String> near = subjectsNear(c, clause, w.span(), entities);
        String attribute = w.relation() == Relation.SINCE || clause.hasWordWithStem(cues.startStems()) ? "start date"
                : w.relation() == Relation.UNTIL || clause.hasWordWithStem(cues.endStems()) ? "end date" : "date";
        String subject = near.isEmpty() ? "" : near.values().iterator().next();
        return new Claim(w, original, attribute, "date|" + attribute, subject, w.begin().toEpochDay(),
                w.end().toEpochDay(), w.value(), evidence(c, w.span(), w.value(), clause), near,
                owners(c, clause, entities, ""), clause.contentStems(cues), clause.speculative(cues),
                clause.predicateNear(w.span().start(), w.span().end(), cues));
    }

    /**
     * Noun phrases, non-place entities and counted things within {@link #SUBJECT_WINDOW} of the span,
     * except those a locative preposition governs: "at the Velm crossing" says where, and two different
     * groups arriving at one place are not one subject.
     */
    private Map<String, String> subjectsNear(Coverage c, Clause clause, Span span, EntityIndex entities) {
        Map<String, String> out = new LinkedHashMap<>();
        String text = c.article().text();
        for (Clause.Phrase p : clause.phrases()) {
            if (near(span, p.start(), p.end()) && !clause.locativeAt(p.start())) {
                out.putIfAbsent(p.key(), text.substring(p.start(), p.end()));
            }
        }
        for (Quantity q : c.facts(Quantity.class)) {
            if (q.counts() != null && clause.span().contains(q.span()) && near(span, q.span().start(), q.span().end())) {
                out.putIfAbsent(subjectKey(q.counts()), q.counts());
            }
        }
        Span window = new Span(span.docId(), Math.max(clause.span().start(), span.start() - SUBJECT_WINDOW),
                Math.min(clause.span().end(), span.end() + SUBJECT_WINDOW));
        for (var placed : entities.mentionsWithin(window)) {
            Entity e = placed.getValue();
            if (!EntityIndex.isPlace(e) && !clause.locativeAt(placed.getKey().span().start())) {
                out.putIfAbsent("entity:" + e.id(), e.name());
            }
        }
        return out;
    }

    /**
     * What a counted or measured thing is, for alignment: its head noun and the capitalised words that
     * name whose it is ("North Korean troops" gives "north korean troop"). Lower-case adjectives are
     * description, not identity: "pine forest" and "forest" are one subject.
     */
    static String subjectKey(String counts) {
        String[] words = counts.strip().split("\\s+");
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < words.length - 1; i++) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))) {
                kept.add(words[i]);
            }
        }
        kept.add(words[words.length - 1]);
        return Clause.key(kept);
    }

    private static boolean near(Span span, int start, int end) {
        int gap = start >= span.end() ? start - span.end() : end <= span.start() ? span.start() - end : 0;
        return gap <= SUBJECT_WINDOW;
    }

    /**
     * Non-place entities of the clause, except one named in what is counted (in "23 Somalian pirates" the
     * qualifier says what the figure counts, its key keeps it, not whose figure it is) and the sources it
     * cites ({@link Attribution#citesAt}: "the Red Cross said", "according to the ministry"). An entity counts when one of its mentions there is neither.
     */
    private Set<String> owners(Coverage c, Clause clause, EntityIndex entities, String counted) {
        String text = c.article().text();
        Set<String> out = new LinkedHashSet<>();
        for (var m : entities.mentionsWithin(clause.span())) {
            Entity e = m.getValue();
            if (!EntityIndex.isPlace(e) && (counted.isEmpty() || !counted.contains(e.name()))
                    && !Attribution.ENGLISH.citesAt(text, m.getKey().span().start(), m.getKey().span().end())) {
                out.add(e.id());
            }
        }
        return out;
    }

    private Evidence evidence(Coverage c, Span span, String value, Clause clause) {
        return new Evidence(span, span.of(c.article().text()), value, cues.hedgeIn(clause.span().of(c.article().text())));
    }
}
