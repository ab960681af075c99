package dev.triangulate.internal;

import java.util.Locale;

/**
 * A light English stemmer for matching content words across reports ("deploying", "deployed",
 * "deploys" all give "deploy"). Deliberately conservative: it only strips inflections, so that
 * distinct words stay distinct. Stateless and thread-safe.
 */
public final class Stems {

    private Stems() {
    }

    public static String of(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        int n = w.length();
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 5 && w.endsWith("ing")) {
            return trimE(w.substring(0, n - 3));
        }
        if (n > 4 && w.endsWith("ed")) {
            return trimE(w.substring(0, n - 2));
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return trimE(w.substring(0, n - 1));
        }
        return trimE(w);
    }

    /** Drops a final silent e and undoubles a final consonant, so "authorise"/"authorised" and "plan"/"planned" meet. */
    private static String trimE(String w) {
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == 'e') {
            return w.substring(0, n - 1);
        }
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "bdgmnprt".indexOf(w.charAt(n - 1)) >= 0) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
