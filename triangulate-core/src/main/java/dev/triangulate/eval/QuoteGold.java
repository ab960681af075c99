package dev.triangulate.eval;

import dev.triangulate.model.Quote;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Our quote attribution gold ({@code news-quotes.tsv}): 25 MEANTIME and ECB+ news documents, read by
 * path from the shared data and rebuilt by {@link NewsQuoteCorpus}; each line names a quote by the
 * token holding its opening mark, its kind and its speaker. One reader and one speaker comparison for
 * every system scored on it (ours in {@code QuoteGoldTest}, CoreNLP in the eval module), so the
 * figures stay comparable. Stateless; thread-safe.
 */
public final class QuoteGold {

    /** Where the gold file lives, from the repository root. */
    public static final String FILE = "triangulate-core/src/test/resources/dev/triangulate/analyze/quote/gold/news-quotes.tsv";

    /**
     * One gold quote: its document (path under the shared data), the {@code t_id} of its opening mark,
     * its kind ({@code full}, {@code partial}, {@code scare}, {@code skip}) and its speaker (names of one
     * speaker separated by {@code |}, {@code none} when nobody is named, {@code ?} when not scored).
     */
    public record Entry(String doc, String mark, String kind, String speaker) {

        public boolean full() {
            return kind.equals("full");
        }

        public boolean scorable() {
            return !speaker.equals("?");
        }
    }

    /**
     * A quote some system found: where its words start (after the mark), every name it gives the
     * speaker (empty: nobody), whether it calls the quote a fragment, and its text and cue for reports.
     */
    public record Found(int start, List<String> speakers, boolean partial, String text, String cue) {

        public Found {
            speakers = List.copyOf(speakers);
        }

        /** Our extractor's quote. */
        public static Found of(Quote q) {
            return new Found(q.span().start(), q.speaker() == null ? List.of() : List.of(q.speaker()), q.partial(),
                    q.text(), q.cue());
        }
    }

    private QuoteGold() {
    }

    /** The gold quotes of {@code file} (the team's annotation, kept with core's tests) by document, in file order. */
    public static Map<String, List<Entry>> read(Path file) throws IOException {
        Map<String, List<Entry>> out = new LinkedHashMap<>();
        String doc = null;
        for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@")) {
                doc = line.substring(1).strip();
                continue;
            }
            String[] f = line.split("\t");
            out.computeIfAbsent(doc, k -> new ArrayList<>()).add(new Entry(doc, f[0], f[1], f[2]));
        }
        return out;
    }

    /**
     * Whether a system's speaker names agree with the gold: for {@code none}, no name at all; otherwise
     * one of the names equals one of the gold's, ignoring case, spaces and punctuation.
     */
    public static boolean speakerMatches(String gold, List<String> got) {
        if (gold.equals("none")) {
            return got.isEmpty();
        }
        for (String g : got) {
            for (String name : gold.split("\\|")) {
                if (normal(name).equals(normal(g))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The found quote whose words start right after the mark at {@code mark} (a space may sit between). */
    static Found at(List<Found> quotes, int mark) {
        for (Found q : quotes) {
            if (q.start() > mark && q.start() <= mark + 3) {
                return q;
            }
        }
        return null;
    }

    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
