package dev.triangulate.ingest.html;

import dev.triangulate.text.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The heuristics of HTML extraction as data: which elements are page furniture, where article bodies
 * live, which lines are boilerplate, and where metadata hides. Loaded from the class-path resources
 * under {@code dev/triangulate/ingest/html/}; the algorithm classes hold no site knowledge of their own.
 *
 * <p>Immutable and thread-safe. {@link #standard()} reads the resources once per call: build it once.
 *
 * @param removedTags       tag names dropped before text is looked at
 * @param furnitureTags     tag names dropped like furniture-named blocks (kept when they wrap the page)
 * @param boilerplateName   matches a whole class name or id of a furniture block
 * @param contentSelectors  where the body lives, most specific first
 * @param junkLine          matches a whole text line that is page furniture
 * @param titleSeparators   separators between headline and site name in titles
 * @param bylineName        matches a whole class name or id of a byline element
 * @param dateMetaNames     meta names giving the publication date, most trusted first
 * @param revisionMetaNames meta names giving the date of the last revision: a last resort
 * @param authorMetaNames   meta names giving authors, most trusted first
 * @param updateCue         matches words that mark a shown date as a revision date
 */
public record HtmlRules(Set<String> removedTags, Set<String> furnitureTags, Pattern boilerplateName,
                        List<ContentSelector> contentSelectors, Pattern junkLine,
                        List<String> titleSeparators, Pattern bylineName,
                        List<String> dateMetaNames, List<String> revisionMetaNames, List<String> authorMetaNames,
                        Pattern updateCue) {

    private static final String DIR = "ingest/html/";

    public HtmlRules {
        removedTags = Set.copyOf(removedTags);
        furnitureTags = Set.copyOf(furnitureTags);
        contentSelectors = List.copyOf(contentSelectors);
        titleSeparators = List.copyOf(titleSeparators);
        dateMetaNames = List.copyOf(dateMetaNames);
        revisionMetaNames = List.copyOf(revisionMetaNames);
        authorMetaNames = List.copyOf(authorMetaNames);
    }

    /** The rules shipped with Triangulate. */
    public static HtmlRules standard() {
        return new HtmlRules(
                Lexicon.lines(DIR + "removed-tags.txt"),
                Lexicon.lines(DIR + "furniture-tags.txt"),
                alternation(DIR + "boilerplate-names.txt"),
                Lexicon.lines(DIR + "content-selectors.txt").stream().map(ContentSelector::parse).toList(),
                alternation(DIR + "junk-lines.txt"),
                List.copyOf(Lexicon.lines(DIR + "title-separators.txt")),
                alternation(DIR + "byline-names.txt"),
                lowerCased(DIR + "date-meta-names.txt"),
                lowerCased(DIR + "revision-date-meta-names.txt"),
                lowerCased(DIR + "author-meta-names.txt"),
                alternation(DIR + "update-cues.txt"));
    }

    /** True when any class name or the id of {@code classAndId} matches {@code pattern} in full. */
    static boolean anyNameMatches(Pattern pattern, Iterable<String> names) {
        for (String name : names) {
            if (!name.isEmpty() && pattern.matcher(name).matches()) {
                return true;
            }
        }
        return false;
    }

    private static Pattern alternation(String path) {
        List<String> parts = new ArrayList<>();
        for (String line : Lexicon.lines(path)) {
            parts.add("(?:" + line + ")");
        }
        return Pattern.compile(String.join("|", parts), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static List<String> lowerCased(String path) {
        return Lexicon.lines(path).stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList();
    }
}
