package dev.triangulate.analyze.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Comparison keys and tests for names: normalised forms, transliteration-tolerant keys
 * ("Zelenskyy", "Zelenskyi" and "Zelensky" share {@code zelenski}), acronym-to-long-form matching
 * and a string similarity. Pure functions; thread-safe.
 */
final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}&]+");
    private static final Pattern DESIGNATOR = Pattern.compile(
            "\\p{Lu}[\\p{L}]{0,4}-?\\d+[\\p{L}\\d]*|\\d+-?\\p{Lu}[\\p{Lu}\\d]*");
    private static final Pattern GLIDE = Pattern.compile("(?<=[aeiou])[yj](?=[aeiou])");
    private static final Pattern FOLDED_ENDING = Pattern.compile("(?:ij|iy|yi|yy|ii|y|j|i)$");
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "for", "the", "and", "&", "on", "de", "du", "la", "le",
            "van", "von", "der", "al", "el", "da", "del", "to", "in", "at");

    private NameKey() {
    }

    /** Lower case, no diacritics, no dots ("U.S." = "US"), words separated by one space, no leading "the". */
    static String normalise(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("").replace(".", "").replace('’', '\'');
        s = s.replace("'s ", " ").toLowerCase(Locale.ROOT);
        s = NON_WORD.matcher(s).replaceAll(" ").strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    /** The name without a leading article a mention span may keep ("the Federal Reserve" -> "Federal Reserve"). */
    static String withoutArticle(String name) {
        return name.regionMatches(true, 0, "the ", 0, 4) && name.length() > 4 ? name.substring(4).strip() : name;
    }

    /** The normalised words of a name. */
    static List<String> words(String name) {
        String n = normalise(name);
        return n.isEmpty() ? List.of() : List.of(n.split(" "));
    }

    /** "systems" -> "system", "forces" -> "force"; leaves "ss", "us", "is" endings and short words alone. */
    static String singular(String word) {
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** Normalised with the last word made singular: a name's key within and across documents. */
    static String key(String name) {
        List<String> w = new ArrayList<>(words(name));
        if (w.size() > 1) {
            w.set(w.size() - 1, singular(w.getLast()));
        }
        return String.join(" ", w);
    }

    /**
     * Spelling-tolerant form of one word: doubled letters single, a final y/i/j/ij/iy/yi as "i", and a
     * y or j glide between vowels dropped, as transliterations differ there ("Aliyev" / "Aliev").
     */
    static String fold(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (i == 0 || c != word.charAt(i - 1)) {
                b.append(c);
            }
        }
        if (word.length() < 4) {
            return b.toString();
        }
        String glideless = GLIDE.matcher(b).replaceAll("");
        return FOLDED_ENDING.matcher(glideless).replaceFirst("i");
    }

    /** {@link #key} with every word {@link #fold folded}: equal fuzzy keys name the same thing. */
    static String fuzzyKey(String name) {
        List<String> out = new ArrayList<>();
        for (String w : key(name).split(" ")) {
            out.add(fold(w));
        }
        return String.join(" ", out);
    }

    /** Two to eight capitals (dots and a trailing lower-case s allowed: "ATACMS", "U.S.", "NGOs"). */
    static boolean isAcronym(String token) {
        String t = token.replace(".", "");
        if (t.endsWith("s") && t.length() > 2) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.length() < 2 || t.length() > 8) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isUpperCase(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Letters and digits naming a model or weapon: "MGM-140", "F-16", "A380", "Su-35", "T-72". */
    static boolean isDesignator(String token) {
        return DESIGNATOR.matcher(token).matches();
    }

    /** The letters of an acronym, upper case, without dots or a plural s. */
    static String acronymLetters(String acronym) {
        String t = acronym.replace(".", "");
        if (t.endsWith("s") && t.length() > 2) {
            t = t.substring(0, t.length() - 1);
        }
        return t.toUpperCase(Locale.ROOT);
    }

    /**
     * Whether {@code acronym} abbreviates {@code longForm}: its letters, in order, begin every content
     * word of the long form, and any further letters come from inside the word they follow
     * ("ATACMS" = Army TACtical Missile System). With {@code slack} 1 one acronym letter may be left
     * unmatched ("ATCMS" against "Tactical Missile System"); slack is for acronyms of 4+ letters only.
     */
    static boolean abbreviates(String acronym, String longForm, int slack) {
        String letters = acronymLetters(acronym).toLowerCase(Locale.ROOT);
        List<String> content = words(longForm).stream().filter(w -> !FUNCTION_WORDS.contains(w)).toList();
        if (content.size() < 2 || letters.length() < 2) {
            return false;
        }
        return matches(letters, content, 0, 0, letters.length() >= 4 ? slack : 0);
    }

    /**
     * The first letter an acronym must have to abbreviate {@code longForm} without slack (the first
     * letter of its first content word), or {@code '\0'} when it is too short to be abbreviated.
     */
    static char abbreviationInitial(String longForm) {
        List<String> content = words(longForm).stream().filter(w -> !FUNCTION_WORDS.contains(w)).toList();
        return content.size() < 2 ? '\0' : content.get(0).charAt(0);
    }

    /** The first letter of an acronym as {@link #abbreviates} compares it, or {@code '\0'} when too short. */
    static char acronymInitial(String acronym) {
        String letters = acronymLetters(acronym).toLowerCase(Locale.ROOT);
        return letters.length() < 2 ? '\0' : letters.charAt(0);
    }

    /** Backtracking match of letters[i..] against words[w..]; each word must start a match. */
    private static boolean matches(String letters, List<String> words, int i, int w, int slack) {
        if (w == words.size()) {
            return letters.length() - i <= slack;
        }
        if (i == letters.length()) {
            return false;
        }
        if (slack > 0 && matches(letters, words, i + 1, w, slack - 1)) {
            return true;
        }
        String word = words.get(w);
        if (letters.charAt(i) != word.charAt(0)) {
            return false;
        }
        // this word takes letters i..j-1: its first letter plus zero or more later letters in order
        int pos = 0;
        for (int j = i + 1; ; j++) {
            if (matches(letters, words, j, w + 1, slack)) {
                return true;
            }
            if (j >= letters.length()) {
                return false;
            }
            pos = word.indexOf(letters.charAt(j), pos + 1);
            if (pos < 0) {
                return false;
            }
        }
    }

    /** Levenshtein distance, stopping early once it exceeds {@code max}. */
    static int editDistance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int best = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
                best = Math.min(best, cur[j]);
            }
            if (best > max) {
                return max + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * A block key two words share whenever {@link #sameWord} accepts them: the first two letters of the
     * folded form (the whole of it when shorter).
     */
    static String wordBlock(String word) {
        return foldedBlock(fold(word));
    }

    /** {@link #wordBlock} of a word already {@link #fold folded}. */
    static String foldedBlock(String f) {
        return f.length() <= 2 ? f : f.substring(0, 2);
    }

    /**
     * Whether two single words are spellings of one name: equal folded forms, or, for words of six
     * or more letters with the same first two letters, at most one edit per six letters. Short words
     * must match exactly: "Li" and "Lu" are different people.
     */
    static boolean sameWord(String a, String b) {
        return sameFolded(fold(a), fold(b));
    }

    /** {@link #sameWord} of two words already {@link #fold folded}. */
    static boolean sameFolded(String fa, String fb) {
        if (fa.equals(fb)) {
            return true;
        }
        int len = Math.min(fa.length(), fb.length());
        if (len < 6 || fa.charAt(0) != fb.charAt(0) || fa.charAt(1) != fb.charAt(1)) {
            return false;
        }
        return editDistance(fa, fb, len / 6) <= len / 6;
    }
}
