package dev.triangulate.eval.corenlp;

import dev.triangulate.analyze.entity.MentionExtractor;
import dev.triangulate.analyze.quote.QuoteExtractor;
import dev.triangulate.eval.NewsQuoteCorpus;
import dev.triangulate.eval.QuoteGold;
import dev.triangulate.eval.QuoteGold.Entry;
import dev.triangulate.eval.QuoteGold.Found;
import dev.triangulate.eval.QuoteGoldScore;
import dev.triangulate.eval.QuoteGoldScore.Outcome;
import dev.triangulate.model.Article;
import dev.triangulate.model.Document;
import dev.triangulate.model.Published;
import dev.triangulate.model.Quote;
import dev.triangulate.text.RuleSegmenter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/**
 * Quote attribution side by side on our quote gold ({@link QuoteGold}: 25 MEANTIME and ECB+ documents):
 * Triangulate's quote extractor as in the pipeline, and CoreNLP 4.5.10's {@code quote} annotator with
 * attribution ({@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote}, its defaults; the texts are
 * rebuilt one sentence a line, so a line break ends a sentence). Both are scored by the same
 * {@link QuoteGoldScore}. CoreNLP gives two names per quote, the mention it picked ({@code speaker})
 * and that mention's coreference head ({@code canonicalSpeaker}); it counts as right when either
 * names the gold speaker. Two comparisons: strict, the one our gold test uses (the name equals one of
 * the gold's, ignoring case and punctuation); and lenient, where a speaker named by part of the gold
 * name ("Dane" for Ivo Dane) is right and one with no capitalised word ("the spokesman") counts as nobody.
 * Then both systems' speakers on the five seeds, quote by quote.
 *
 * <p>Usage: {@code CoreNlpQuoteBenchmark <shared-data-dir> [gold-file]}, from the repository root (the gold
 * file defaults to {@link QuoteGold#FILE}).
 */
public final class CoreNlpQuoteBenchmark {

    private CoreNlpQuoteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Map<String, List<Entry>> gold = QuoteGold.read(Path.of(args.length > 1 ? args[1] : QuoteGold.FILE));
        Map<String, NewsQuoteCorpus.Doc> docs = new LinkedHashMap<>();
        for (String id : gold.keySet()) {
            docs.put(id, NewsQuoteCorpus.read(data, id));
        }
        Map<String, List<Found>> ours = new LinkedHashMap<>();
        docs.forEach((id, d) -> ours.put(id, triangulate(id, d.text())));
        long t0 = System.nanoTime();
        CoreNlpPeer peer = CoreNlpPeer.quotes(true);
        System.out.printf(Locale.ROOT, "CoreNLP quote pipeline loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        Map<String, List<Found>> theirs = new LinkedHashMap<>();
        docs.forEach((id, d) -> theirs.put(id, corenlp(peer, d.text())));
        System.out.printf(Locale.ROOT, "CoreNLP annotated %d documents in %.1f s%n", docs.size(), (System.nanoTime() - t0) / 1e9);
        for (String judge : List.of("strict", "lenient")) {
            BiPredicate<String, Found> j = judge.equals("strict")
                    ? (g, f) -> QuoteGold.speakerMatches(g, f.speakers()) : CoreNlpQuoteBenchmark::lenient;
            QuoteGoldScore a = score(gold, docs, ours, j);
            QuoteGoldScore b = score(gold, docs, theirs, j);
            System.out.printf(Locale.ROOT, "%n%s speaker comparison%n", judge);
            report("Triangulate", a);
            report("CoreNLP 4.5.10 quote", b);
            compare(a, b);
            if (judge.equals("strict")) {
                b.notes().forEach(n -> System.out.println("    CoreNLP " + n));
            }
        }
        seeds(data.resolve("seeds"), peer);
    }

    private static List<Found> triangulate(String id, String text) {
        Document doc = RuleSegmenter.english().segment(article(id, text));
        return QuoteExtractor.english().extract(doc, MentionExtractor.english().extract(doc)).stream()
                .map(Found::of).toList();
    }

    private static Article article(String id, String text) {
        return new Article(id, id, "", "", "", List.of(), Published.UNKNOWN, "en", text);
    }

    /** CoreNLP's quotes, each starting after its opening mark like ours; CoreNLP has no fragment call. */
    private static List<Found> corenlp(CoreNlpPeer peer, String text) {
        List<Found> out = new ArrayList<>();
        for (CoreNlpPeer.PeerQuote q : CoreNlpPeer.quotes(peer.annotate(text))) {
            int start = q.start();
            while (start < q.end() && (isMark(text.charAt(start)) || Character.isWhitespace(text.charAt(start)))) {
                start++;
            }
            List<String> names = Stream.of(q.speaker(), q.canonicalSpeaker()).filter(s -> !s.isBlank()).distinct().toList();
            out.add(new Found(start, names, false, q.text(), null));
        }
        return out;
    }

    private static boolean isMark(char c) {
        return "\"'`“”‘’«»".indexOf(c) >= 0;
    }

    private static QuoteGoldScore score(Map<String, List<Entry>> gold, Map<String, NewsQuoteCorpus.Doc> docs,
                                        Map<String, List<Found>> found, BiPredicate<String, Found> judge) {
        QuoteGoldScore s = new QuoteGoldScore(judge);
        gold.forEach((id, entries) -> s.add(docs.get(id), entries, found.get(id)));
        return s;
    }

    /**
     * Lenient: a name with no capital letter is nobody (a pronoun left unresolved, a role); a name whose
     * words all appear, in order, in one of the gold names is right.
     */
    static boolean lenient(String gold, Found f) {
        List<String> named = f.speakers().stream().filter(n -> !n.equals(n.toLowerCase(Locale.ROOT))).toList();
        if (gold.equals("none")) {
            return named.isEmpty();
        }
        for (String n : named) {
            for (String g : gold.split("\\|")) {
                if (inOrder(words(n), words(g))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> words(String name) {
        return Stream.of(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static boolean inOrder(List<String> part, List<String> whole) {
        int i = 0;
        for (String w : whole) {
            if (i < part.size() && part.get(i).equals(w)) {
                i++;
            }
        }
        return !part.isEmpty() && i == part.size();
    }

    private static void report(String name, QuoteGoldScore s) {
        System.out.printf(Locale.ROOT, "  %-22s detection R %d/%d = %.3f, P %.3f; full-quote speakers right %d of %d scorable"
                        + " (%.3f; of the %d it found: %.3f); partial-quote speakers %d/%d%n",
                name, s.matched(), s.gold(), QuoteGoldScore.share(s.matched(), s.gold()),
                QuoteGoldScore.share(s.matched(), s.found()), s.fullRight(), s.fullGold(),
                QuoteGoldScore.share(s.fullRight(), s.fullGold()), s.fullScored(),
                QuoteGoldScore.share(s.fullRight(), s.fullScored()), s.partialRight(), s.partialScored());
    }

    /** Both systems on the scorable full quotes both found, quote by quote. */
    private static void compare(QuoteGoldScore a, QuoteGoldScore b) {
        List<Outcome> x = a.outcomes();
        List<Outcome> y = b.outcomes();
        int both = 0;
        int[] right = new int[4];
        for (int i = 0; i < x.size(); i++) {
            if (x.get(i).fullScorable() && x.get(i).found() != null && y.get(i).found() != null) {
                both++;
                right[(x.get(i).right() ? 2 : 0) + (y.get(i).right() ? 1 : 0)]++;
            }
        }
        System.out.printf(Locale.ROOT, "  on the %d scorable full quotes both found: Triangulate right %d, CoreNLP right %d"
                        + " (both %d, Triangulate only %d, CoreNLP only %d, neither %d)%n",
                both, right[2] + right[3], right[1] + right[3], right[3], right[2], right[1], right[0]);
    }

    /**
     * Every quote of the seeds with both systems' speakers, matched by overlapping span. The seeds keep a
     * paragraph a line, and their titles carry no full stop, so the same pipeline fits.
     */
    private static void seeds(Path dir, CoreNlpPeer peer) throws Exception {
        System.out.printf("%nSeeds: every quote, Triangulate's speaker and CoreNLP's (speaker / canonical speaker)%n");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file);
                Document doc = RuleSegmenter.english().segment(article(file.getFileName().toString(), text));
                List<CoreNlpPeer.PeerQuote> theirs = CoreNlpPeer.quotes(peer.annotate(text));
                System.out.println("  " + file.getFileName());
                for (Quote q : QuoteExtractor.english().extract(doc, MentionExtractor.english().extract(doc))) {
                    System.out.printf("    ours=%s | %s%n", q.speaker(), abbreviate(q.text()));
                    theirs.stream().filter(t -> t.start() < q.span().end() && q.span().start() < t.end())
                            .forEach(t -> System.out.printf("      CoreNLP %s / %s%n", t.speaker(), t.canonicalSpeaker()));
                }
                for (CoreNlpPeer.PeerQuote t : theirs) {
                    System.out.printf("    CoreNLP quote [%d,%d) %s / %s | %s%n", t.start(), t.end(), t.speaker(),
                            t.canonicalSpeaker(), abbreviate(t.text()));
                }
            }
        }
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 90 ? one.substring(0, 90) + "…" : one;
    }
}
