package dev.triangulate.analyze.quote;

import dev.triangulate.model.Document;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Mention;
import dev.triangulate.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves a speaker pronoun ("he said") to the nearest fitting named speaker written before it:
 * the nearest of the earlier reporting clauses' subjects and the earlier sentences' subjects (the
 * first name of a sentence, outside quotes and not the object of a verb or preposition: "Jackman
 * was abroad … “…,” he said") that fits (a person, or a name of unknown or other type, for he/she;
 * an organisation for they); failing that the nearest earlier person mention, or without mentions
 * the nearest earlier sentence that opens with a two- or three-word name ("Ivo Dane spoke
 * first."); all within {@link #WINDOW} sentences.
 * Per document, confined to one extraction call.
 */
final class Antecedents {

    /** How many sentences back a pronoun may reach: news rarely lets "he" wander further. */
    static final int WINDOW = 6;

    /** The named subject of a reporting verb at token {@code cue}. */
    record Report(int cue, Speaker speaker) {
    }

    private final Document document;
    private final TokenView view;
    private final SpeakerNames names;
    private final ClauseSubjects subjects;
    private final List<Report> reports = new ArrayList<>();
    private boolean sorted = true;

    Antecedents(Document document, TokenView view, SpeakerNames names, ClauseSubjects subjects) {
        this.document = document;
        this.view = view;
        this.names = names;
        this.subjects = subjects;
    }

    /** Records a named reporting subject at token {@code cue}. */
    void add(int cue, Speaker speaker) {
        reports.add(new Report(cue, speaker));
        sorted = false;
    }

    /** Records the subject of every sentence: its first name outside quotes that no verb or preposition governs. */
    void addSentenceSubjects() {
        int i = 0;
        while (i < view.size()) {
            int end = view.sentenceEnd(i);
            int name = firstSubjectName(i, end);
            if (name >= 0) {
                int to = name + 1;
                while (to < end && !view.quoted(to) && subjects.names().inName(view, to, end)) {
                    to++;
                }
                add(name, names.of(name, to));
            }
            i = end;
        }
    }

    private int firstSubjectName(int from, int end) {
        for (int k = from; k < end; k++) {
            if (view.quoted(k) || !subjects.names().isName(view, k)) {
                continue;
            }
            String before = k > from ? view.pos(k - 1) : "";
            boolean governed = "ADP".equals(before) || "VERB".equals(before) || "DET".equals(before)
                    || "PRON".equals(before); // "told Us Weekly": the name's first word is tagged a pronoun
            return governed || view.isPunct(Math.max(from, k - 1), "’'") ? -1 : k;
        }
        return -1;
    }

    /** The speaker a pronoun of {@code kind} at token {@code pronoun} stands for, or {@code null}. */
    Speaker resolve(int pronoun, EntityType kind) {
        if (!sorted) {
            reports.sort(java.util.Comparator.comparingInt(Report::cue));
            sorted = true;
        }
        int minSentence = view.sentence(pronoun) - WINDOW;
        for (int r = reports.size() - 1; r >= 0; r--) {
            Report report = reports.get(r);
            if (report.cue() >= pronoun) {
                continue;
            }
            if (view.sentence(report.cue()) < minSentence) {
                break;
            }
            if (fits(report.speaker().type(), kind)) {
                return report.speaker();
            }
        }
        if (kind != EntityType.PERSON) {
            return null;
        }
        return names.mentions().isEmpty() ? nearestOpeningName(pronoun, minSentence)
                : nearestPerson(view.token(pronoun).start(), minSentence);
    }

    /** Without mentions: the nearest earlier sentence that opens with a name of two or three words. */
    private Speaker nearestOpeningName(int pronoun, int minSentence) {
        int k = view.sentenceStart(pronoun) - 1;
        while (k >= 0 && view.sentence(k) >= minSentence) {
            int first = view.sentenceStart(k);
            int end = first;
            while (end < view.sentenceEnd(k) && !view.quoted(end) && subjects.names().isName(view, end)) {
                end++;
            }
            if (end - first >= 2 && end - first <= 3) {
                return names.of(first, end);
            }
            k = first - 1;
        }
        return null;
    }

    /** The mention stage may leave a surname untyped or typed as other: still a person for he/she. */
    private static boolean fits(EntityType type, EntityType kind) {
        return type == kind || ((type == null || type == EntityType.OTHER) && kind == EntityType.PERSON);
    }

    private Speaker nearestPerson(int before, int minSentence) {
        List<Mention> mentions = names.mentions();
        for (int i = names.firstStartingAtOrAfter(before) - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            Sentence s = document.sentenceAt(m.span().start());
            if (s != null && s.index() < minSentence) {
                return null;
            }
            if (m.type() == EntityType.PERSON && m.span().end() <= before) {
                return new Speaker(m.canonical(), m.span(), m.type());
            }
        }
        return null;
    }
}
