package dev.triangulate.eval;

import dev.triangulate.text.Lexicon;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides from spelling alone whether a gold markable is a proper name, so that a name linker can be
 * scored on the mentions it is built for: every content word (function words such as "the" and "of"
 * aside) starts with a capital, the head (last content word) is not a pronoun, and a markable whose
 * capitals could all come from standing at a sentence start counts only when its head word is also
 * written with a capital inside a sentence somewhere in the document. Independent of any tagger, so
 * it does not share our extractor's errors. Immutable and thread-safe.
 */
final class ProperNames {

    private static final Set<String> FUNCTION_WORDS = Lexicon.lines("eval/name-function-words.txt");
    private static final Set<String> NON_NAMES = Lexicon.lines("eval/capitalised-non-names.txt");

    private final Set<String> capitalisedInside;

    /** @param capitalisedInside lower-cased words the document capitalises away from sentence starts */
    ProperNames(Set<String> capitalisedInside) {
        this.capitalisedInside = Set.copyOf(capitalisedInside);
    }

    boolean isName(List<String> words, boolean startsSentence) {
        List<String> content = words.stream().filter(w -> w.chars().anyMatch(Character::isLetter))
                .filter(w -> !FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))).toList();
        if (content.isEmpty() || !content.stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0)))) {
            return false;
        }
        String head = content.getLast().toLowerCase(Locale.ROOT);
        if (NON_NAMES.contains(head)) {
            return false;
        }
        boolean onlyInitial = startsSentence && content.size() == 1 && words.getFirst().equals(content.getFirst());
        return !onlyInitial || capitalisedInside.contains(head);
    }
}
