package dev.triangulate.cli;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The made-up vocabularies of the synthetic news stream: a background of lowercase words drawn with
 * Zipfian frequencies (a few words in every report, most rare), and pools of capitalised first names,
 * surnames, places and organisations, themselves drawn with Zipfian popularity (a capital or a head
 * of state turns up in many stories, most names in one). Every word is built from syllables, so no
 * real text or dataset is involved and sizes are free. Immutable after construction; thread-safe.
 */
final class NewsLexicon {

    private static final String[] ONSETS = {"b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v",
        "z", "br", "dr", "gr", "kl", "pl", "st", "tr", "sh", "ch", ""};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "io"};
    private static final String[] CODAS = {"", "", "", "n", "r", "l", "s", "m", "k", "nd", "st", "rt"};
    private static final String[] ORG_KINDS = {"Council", "Ministry", "Party", "Bank", "Group", "Union", "Agency",
        "Institute", "Court", "Company", "Authority", "Federation"};

    /** English function words: they fill sentences the way real ones do; the clusterer's POS filter drops them. */
    static final String[] FUNCTION = {"the", "a", "of", "in", "to", "and", "on", "for", "with", "at", "by", "from",
        "that", "it", "was", "is", "has", "had", "after", "as", "its", "their", "were", "be", "but", "this"};
    static final String[] FUNCTION_POS = {"DET", "DET", "ADP", "ADP", "PART", "CCONJ", "ADP", "ADP", "ADP", "ADP",
        "ADP", "ADP", "SCONJ", "PRON", "AUX", "AUX", "AUX", "AUX", "ADP", "ADP", "PRON", "PRON", "AUX", "AUX",
        "CCONJ", "DET"};

    final String[] words;
    final String[] wordPos;
    final String[] firstNames;
    final String[] surnames;
    final String[] places;
    final String[] organisations;
    private final double[] wordCdf;
    private final double[] nameCdf;
    private final double[] placeCdf;
    private final double[] organisationCdf;

    NewsLexicon(Random random, int words, int names, int places, int organisations) {
        Set<String> taken = new HashSet<>();
        this.words = coin(random, words, 1, 3, false, taken);
        this.wordPos = new String[words];
        for (int i = 0; i < words; i++) {
            double r = random.nextDouble();
            wordPos[i] = r < 0.55 ? "NOUN" : r < 0.80 ? "VERB" : r < 0.95 ? "ADJ" : "ADV";
        }
        this.firstNames = coin(random, Math.max(16, names / 8), 2, 2, true, taken);
        this.surnames = coin(random, names, 2, 3, true, taken);
        this.places = coin(random, places, 2, 3, true, taken);
        String[] orgs = new String[organisations];
        for (int i = 0; i < organisations; i++) {
            orgs[i] = this.places[random.nextInt(places)] + " " + ORG_KINDS[random.nextInt(ORG_KINDS.length)];
        }
        this.organisations = orgs;
        this.wordCdf = zipf(words, 1.05);
        this.nameCdf = zipf(names, 0.9);
        this.placeCdf = zipf(places, 1.0);
        this.organisationCdf = zipf(organisations, 1.0);
    }

    int word(Random random) {
        return draw(wordCdf, random);
    }

    String person(Random random) {
        return firstNames[random.nextInt(firstNames.length)] + " " + surnames[draw(nameCdf, random)];
    }

    String place(Random random) {
        return places[draw(placeCdf, random)];
    }

    String organisation(Random random) {
        return organisations[draw(organisationCdf, random)];
    }

    /** Distinct made-up words of {@code min..max} syllables. */
    private static String[] coin(Random random, int n, int min, int max, boolean capital, Set<String> taken) {
        String[] out = new String[n];
        int i = 0;
        while (i < n) {
            StringBuilder sb = new StringBuilder();
            int syllables = min + random.nextInt(max - min + 1) + (taken.size() > 20_000 ? 1 : 0);
            for (int s = 0; s < syllables; s++) {
                sb.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)])
                        .append(CODAS[random.nextInt(CODAS.length)]);
            }
            String w = sb.toString();
            if (w.length() > 2 && taken.add(w)) {
                out[i++] = capital ? w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1) : w;
            }
        }
        return out;
    }

    /** Cumulative Zipf(s) probabilities over ranks 1..n. */
    private static double[] zipf(int n, double s) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(i + 1, s);
            cdf[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cdf[i] /= sum;
        }
        return cdf;
    }

    private static int draw(double[] cdf, Random random) {
        int at = java.util.Arrays.binarySearch(cdf, random.nextDouble());
        return Math.min(cdf.length - 1, at >= 0 ? at : -at - 1);
    }
}
