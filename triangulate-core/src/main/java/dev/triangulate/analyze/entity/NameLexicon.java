package dev.triangulate.analyze.entity;

import dev.triangulate.text.Lexicon;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists behind name finding and typing, loaded once from {@code analyze/entity/*.txt}.
 * Lookups are case-insensitive where the list is lower case; gazetteers compare a normalised form
 * ({@link NameKey#normalise}). Immutable and thread-safe.
 */
final class NameLexicon {

    private static final String DIR = "analyze/entity/";

    private final Set<String> titles = lower("titles.txt");
    private final Set<String> titleModifiers = lower("title-modifiers.txt");
    private final Set<String> orgCues = lower("org-cues.txt");
    private final Set<String> placeCues = lower("place-cues.txt");
    private final Set<String> otherCues = lower("other-cues.txt");
    private final Set<String> nonNames = lower("non-names.txt");
    private final Set<String> givenNames = lower("given-names.txt");
    private final Set<String> nonPersonBefore = lower("non-person-before.txt");
    private final Set<String> orgRolesBefore = lower("org-roles-before.txt");
    private final Set<String> spanArticles = lower("span-articles.txt");
    private final Set<String> abbreviatedSuffixes = lower("abbreviated-suffixes.txt");
    private final Set<String> places = normalised("places.txt");
    private final Set<String> organizations = normalised("organizations.txt");
    private final Map<String, Boolean> connectors = connectors();
    private final Demonyms demonyms;

    private NameLexicon(Demonyms demonyms) {
        this.demonyms = demonyms;
    }

    static NameLexicon english() {
        return Holder.ENGLISH;
    }

    boolean isTitle(String word) {
        return titles.contains(low(word)) || titles.contains(low(word.replace(".", "")));
    }

    boolean isTitleModifier(String word) {
        return titleModifiers.contains(low(word));
    }

    boolean isNonName(String word) {
        return nonNames.contains(low(word));
    }

    boolean isGivenName(String word) {
        return givenNames.contains(low(word));
    }

    /** A determiner or possessive that makes a cue-less name a thing rather than a person. */
    boolean isNonPersonBefore(String word) {
        return nonPersonBefore.contains(low(word));
    }

    /** A lower-case noun that makes the name right after it an organisation: "automaker", "airline". */
    boolean isOrgRoleBefore(String word) {
        return orgRolesBefore.contains(word);
    }

    /** An article that joins the mention span of a non-person name it stands before ("the"). */
    boolean isSpanArticle(String word) {
        return spanArticles.contains(low(word));
    }

    /** A name-final abbreviation that keeps its full stop: "Inc", "Jr". */
    boolean isAbbreviatedSuffix(String word) {
        return abbreviatedSuffixes.contains(low(word));
    }

    /** An OTHER head word ("missiles", "index"): lower case after a name, it says what the name is. */
    boolean isOtherCue(String word) {
        String w = low(word);
        return otherCues.contains(w) || otherCues.contains(NameKey.singular(w));
    }

    boolean isPlace(String name) {
        return places.contains(NameKey.normalise(name));
    }

    boolean isOrganization(String name) {
        return organizations.contains(NameKey.normalise(name));
    }

    /** Whether {@code name}, or a word of it, is in a gazetteer: enough to trust a capital at a sentence start. */
    boolean isKnownName(String word) {
        return isPlace(word) || isOrganization(word) || isGivenName(word) || demonyms.isDemonym(word);
    }

    /** The type a head word ("Institute", "region", "Treaty") signals, or {@code null}. Plurals fold to singular. */
    dev.triangulate.model.EntityType cueType(String word) {
        String w = low(word);
        if (orgCues.contains(w)) {
            return dev.triangulate.model.EntityType.ORGANIZATION;
        }
        if (placeCues.contains(w)) {
            return dev.triangulate.model.EntityType.PLACE;
        }
        if (otherCues.contains(w)) {
            return dev.triangulate.model.EntityType.OTHER;
        }
        String singular = NameKey.singular(w);
        return singular.equals(w) ? null : cueType(singular);
    }

    boolean isPlaceCue(String word) {
        return placeCues.contains(low(word));
    }

    /** {@code null} when not a connector; else whether it joins without a head cue. */
    Boolean connector(String word) {
        return connectors.get(low(word));
    }

    Demonyms demonyms() {
        return demonyms;
    }

    private static String low(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static Set<String> lower(String file) {
        Set<String> out = new HashSet<>();
        for (String line : Lexicon.lines(DIR + file)) {
            out.add(low(line));
        }
        return Set.copyOf(out);
    }

    private static Set<String> normalised(String file) {
        Set<String> out = new HashSet<>();
        for (String line : Lexicon.lines(DIR + file)) {
            out.add(NameKey.normalise(line));
        }
        return Set.copyOf(out);
    }

    private static Map<String, Boolean> connectors() {
        Map<String, Boolean> out = new HashMap<>();
        for (String line : Lexicon.lines(DIR + "connectors.txt")) {
            String[] f = line.split("\t");
            out.put(low(f[0]), f.length > 1 && f[1].strip().equals("always"));
        }
        return Map.copyOf(out);
    }

    private static final class Holder {
        static final NameLexicon ENGLISH = new NameLexicon(Demonyms.english());
    }
}
