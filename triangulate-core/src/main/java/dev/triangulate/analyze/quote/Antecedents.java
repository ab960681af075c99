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
 * an organisation for they; not a man's given name for she, nor a woman's for he); failing that the nearest earlier person mention, or without mentions
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
    private final QuoteCues cues;
    private final List<Report> reports = new ArrayList<>();

    Antecedents(Document document, TokenView view, SpeakerNames names, ClauseSubjects subjects, QuoteCues cues) {
        this.document = document;
        this.view = view;
        this.names = names;
        this.subjects = subjects;
        this.cues = cues;
    }

    /** Records a named reporting subject at token {@code cue}, keeping the reports in text order. */
    void add(int cue, Speaker speaker) {
        reports.add(firstAtOrAfter(cue + 1), new Report(cue, speaker));
    }

    /** The index of the first report at token {@code cue} or later (binary search). */
    private int firstAtOrAfter(int cue) {
        int lo = 0;
        int hi = reports.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (reports.get(mid).cue() < cue) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
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
            if (view.quoted(k) || !subjects.names().isName(view, k) || cues.notSpeakers().contains(view.lower(k))) {
                continue;
            }
            String before = k > from ? view.pos(k - 1) : "";
            boolean governed = "ADP".equals(before) || "VERB".equals(before) || "DET".equals(before)
                    || "PRON".equals(before); // "told Us Magazine": the name's first word is tagged a pronoun
            return governed || view.isPunct(Math.max(from, k - 1), "’'") ? -1 : k;
        }
        return -1;
    }

    /** The speaker a pronoun of {@code kind} at token {@code pronoun} stands for, or {@code null}. */
    Speaker resolve(int pronoun, EntityType kind) {
        return resolve(pronoun, kind, "");
    }

    /** As {@link #resolve(int, EntityType)}, passing over speakers whose names appear in {@code quoted}. */
    Speaker resolve(int pronoun, EntityType kind, String quoted) {
        int minSentence = view.sentence(pronoun) - WINDOW;
        for (int r = firstAtOrAfter(pronoun) - 1; r >= 0; r--) {
            Report report = reports.get(r);
            if (view.sentence(report.cue()) < minSentence) {
                break;
            }
            Speaker s = report.speaker();
            if (fits(s.type(), kind) && !otherGender(view.lower(pronoun), s.name()) && !namedIn(quoted, s.name())) {
                return s;
            }
        }
        if (kind != EntityType.PERSON) {
            return null;
        }
        return names.mentions().isEmpty() ? nearestOpeningName(pronoun, minSentence)
                : nearestPerson(pronoun, minSentence);
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

    /** Whether a capitalised word of {@code name} stands as a word in {@code quoted}. */
    static boolean namedIn(String quoted, String name) {
        if (quoted.isEmpty()) {
            return false;
        }
        java.util.Set<String> words = new java.util.HashSet<>(List.of(quoted.split("[^\\p{L}]+")));
        for (String w : name.split("[^\\p{L}]+")) {
            if (w.length() > 1 && Character.isUpperCase(w.charAt(0)) && words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "she" for a speaker whose first name is mostly a man's ("Tom Brack"), or "he" for a woman's. */
    private boolean otherGender(String pronoun, String name) {
        String first = name.strip().split("[\\s.]+")[0].toLowerCase(java.util.Locale.ROOT);
        return switch (pronoun) {
            case "he" -> cues.femaleNames().contains(first);
            case "she" -> cues.maleNames().contains(first);
            default -> false;
        };
    }

    /** The mention stage may leave a surname untyped or typed as other: still a person for he/she. */
    private static boolean fits(EntityType type, EntityType kind) {
        return type == kind || ((type == null || type == EntityType.OTHER) && kind == EntityType.PERSON);
    }

    private Speaker nearestPerson(int pronoun, int minSentence) {
        int before = view.token(pronoun).start();
        List<Mention> mentions = names.mentions();
        for (int i = names.firstStartingAtOrAfter(before) - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            Sentence s = document.sentenceAt(m.span().start());
            if (s != null && s.index() < minSentence) {
                return null;
            }
            if (m.type() == EntityType.PERSON && m.span().end() <= before && !otherGender(view.lower(pronoun), m.canonical())) {
                return new Speaker(m.canonical(), m.span(), m.type());
            }
        }
        return null;
    }
}
