package dev.triangulate.analyze.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triangulate.TestDocs;
import dev.triangulate.eval.MeantimeCorpus;
import dev.triangulate.model.Document;
import dev.triangulate.model.Mention;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Mention F1 on MEANTIME (120 Wikinews articles, CAT XML, read by {@link MeantimeCorpus}), against its
 * named entity mentions ({@code ENTITY_MENTION} with {@code syntactic_type="NAM"}), untyped.
 * Exact: same start and end; lenient exact: the same after dropping a leading
 * "the" from both spans (MEANTIME includes determiners, and so do our spans of non-person names);
 * typed exact: exact and the same type; overlap: any shared character.
 * Skipped with a notice when the data is absent.
 */
class MentionEvalTest {

    private record Gold(List<MeantimeCorpus.NamedSpan> mentions, List<int[]> spans, Document doc) {
    }

    @Test
    void scoresNamedMentionsOnMeantime() throws Exception {
        Path dir = SharedData.folder("meantime/intra-doc_annotation");
        List<MeantimeCorpus.Doc> files = MeantimeCorpus.read(dir.getParent());
        MentionExtractor extractor = MentionExtractor.english();
        int[] exact = new int[3];   // tp, predicted, gold
        int[] typed = new int[1];   // exact and the same type
        List<String> mistakes = new java.util.ArrayList<>();
        int[] lenient = new int[3];
        int[] overlapP = new int[2]; // predicted that overlap a gold, predicted
        int[] overlapR = new int[2]; // gold overlapped, gold
        long tokens = 0;
        long nanos = 0;
        for (MeantimeCorpus.Doc f : files) {
            Gold g = gold(f);
            tokens += g.doc().sentences().stream().mapToLong(s -> s.tokens().size()).sum();
            long t0 = System.nanoTime();
            List<Mention> predicted = extractor.extract(g.doc());
            nanos += System.nanoTime() - t0;
            score(g, predicted, exact, lenient, overlapP, overlapR);
            typed[0] += typedMatches(g, predicted);
            mistakes.addAll(mistakes(f.id(), g, predicted));
        }
        java.nio.file.Files.createDirectories(Path.of("target"));
        java.nio.file.Files.write(Path.of("target", "meantime-mention-mistakes.tsv"), mistakes);
        double fExact = f1(exact[0], exact[1], exact[2]);
        double fLenient = f1(lenient[0], lenient[1], lenient[2]);
        double p = overlapP[0] / (double) overlapP[1];
        double r = overlapR[0] / (double) overlapR[1];
        double fOverlap = 2 * p * r / (p + r);
        System.out.printf("MEANTIME NAM mentions (%d docs, %d gold, %d predicted): exact P %.3f R %.3f F1 %.3f;"
                        + " lenient-exact F1 %.3f; typed exact F1 %.3f; overlap P %.3f R %.3f F1 %.3f; %.0f tokens/s%n",
                files.size(), exact[2], exact[1], exact[0] / (double) exact[1], exact[0] / (double) exact[2], fExact,
                fLenient, f1(typed[0], exact[1], exact[2]), p, r, fOverlap, tokens / (nanos / 1e9));
        // MEANTIME annotates only the title and sentences 2 to 5 of each article (1,895 of our 2,146
        // mentions that overlap no gold stand in later sentences), so precision is low by construction;
        // recall is the telling figure. Floors sit a little below the measured values.
        assertTrue(fExact >= FLOOR_EXACT, "exact F1 " + fExact);
        assertTrue(f1(typed[0], exact[1], exact[2]) >= FLOOR_TYPED, "typed exact F1");
        assertTrue(exact[0] / (double) exact[2] >= 0.70, "exact recall");
        assertTrue(r >= 0.96, "overlap recall " + r);
        assertTrue(fOverlap >= FLOOR_OVERLAP, "overlap F1 " + fOverlap);
    }

    private static final double FLOOR_EXACT = 0.34;
    private static final double FLOOR_TYPED = 0.29;
    private static final double FLOOR_OVERLAP = 0.46;

    private static void score(Gold g, List<Mention> predicted, int[] exact, int[] lenient, int[] overlapP, int[] overlapR) {
        String text = g.doc().text();
        Set<Long> gold = new java.util.HashSet<>();
        Set<Long> goldLenient = new java.util.HashSet<>();
        for (int[] s : g.spans()) {
            gold.add(key(s[0], s[1]));
            int start = s[0];
            if (text.regionMatches(true, start, "the ", 0, 4) && s[1] > start + 4) {
                start += 4;
            }
            goldLenient.add(key(start, s[1]));
        }
        exact[1] += predicted.size();
        exact[2] += gold.size();
        lenient[1] += predicted.size();
        lenient[2] += goldLenient.size();
        for (Mention m : predicted) {
            exact[0] += gold.contains(key(m.span().start(), m.span().end())) ? 1 : 0;
            int start = m.span().start();
            if (text.regionMatches(true, start, "the ", 0, 4) && m.span().end() > start + 4) {
                start += 4;
            }
            lenient[0] += goldLenient.contains(key(start, m.span().end())) ? 1 : 0;
            overlapP[1]++;
            overlapP[0] += g.spans().stream().anyMatch(s -> s[0] < m.span().end() && m.span().start() < s[1]) ? 1 : 0;
        }
        for (int[] s : g.spans()) {
            overlapR[1]++;
            overlapR[0] += predicted.stream().anyMatch(m -> s[0] < m.span().end() && m.span().start() < s[1]) ? 1 : 0;
        }
    }

    private static int typedMatches(Gold g, List<Mention> predicted) {
        int n = 0;
        for (Mention m : predicted) {
            n += g.mentions().stream().anyMatch(x -> x.start() == m.span().start() && x.end() == m.span().end()
                    && x.type() == m.type()) ? 1 : 0;
        }
        return n;
    }

    /**
     * One line per mistake, for reading (target/meantime-mention-mistakes.tsv): kind (TYPE: exact span,
     * other type; BOUNDARY: overlapping, other span; SPURIOUS: overlaps no gold; MISSED: no prediction
     * overlaps it), document, gold text and type, predicted text and type, and the sentence.
     */
    private static List<String> mistakes(String id, Gold g, List<Mention> predicted) {
        String text = g.doc().text();
        List<String> out = new java.util.ArrayList<>();
        for (MeantimeCorpus.NamedSpan x : g.mentions()) {
            List<Mention> over = predicted.stream().filter(m -> x.start() < m.span().end() && m.span().start() < x.end()).toList();
            String gold = text.substring(x.start(), x.end()) + "\t" + x.type();
            if (over.isEmpty()) {
                out.add("MISSED\t" + id + "\t" + gold + "\t\t\t" + line(text, x.start()));
            }
            for (Mention m : over) {
                boolean same = m.span().start() == x.start() && m.span().end() == x.end();
                if (!same || m.type() != x.type()) {
                    out.add((same ? "TYPE\t" : "BOUNDARY\t") + id + "\t" + gold + "\t" + m.text() + "\t" + m.type() + "\t"
                            + line(text, x.start()));
                }
            }
        }
        for (Mention m : predicted) {
            if (g.mentions().stream().noneMatch(x -> x.start() < m.span().end() && m.span().start() < x.end())) {
                out.add("SPURIOUS\t" + id + "\t\t\t" + m.text() + "\t" + m.type() + "\t" + line(text, m.span().start()));
            }
        }
        return out;
    }

    /** "sentence number: sentence" (MEANTIME annotates the title, sentence 0, and sentences 2 to 5 only). */
    private static String line(String text, int at) {
        int a = text.lastIndexOf('\n', at) + 1;
        int b = text.indexOf('\n', at);
        long n = text.substring(0, a).chars().filter(ch -> ch == '\n').count();
        return n + ": " + text.substring(a, b < 0 ? text.length() : b);
    }

    private static long key(int start, int end) {
        return ((long) start << 32) | end;
    }

    private static double f1(int tp, int predicted, int gold) {
        double p = predicted == 0 ? 0 : tp / (double) predicted;
        double r = gold == 0 ? 0 : tp / (double) gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** A MEANTIME article as {@link MeantimeCorpus} reads it: its gold NAM spans, untyped, and its document. */
    private static Gold gold(MeantimeCorpus.Doc d) {
        List<int[]> spans = d.mentions().stream().map(m -> new int[] {m.start(), m.end()}).toList();
        return new Gold(d.mentions(), spans, TestDocs.doc(TestDocs.article(d.id(), d.text())));
    }
}
