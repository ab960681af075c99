package dev.triangulate.analyze.quote;

import dev.triangulate.model.Document;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Mention;
import dev.triangulate.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Turns a speaker's tokens into a {@link Speaker}: the canonical name of the overlapping mention
 * (a person before an organisation before a place or other thing; the last of equals, as heads
 * come last), or the name as written when no mention covers it or none were given.
 * Per document, confined to one extraction call.
 */
final class SpeakerNames {

    private final Document document;
    private final TokenView view;
    private final List<Mention> mentions;
    private final int longest;
    private final FullNames fullNames;

    SpeakerNames(Document document, TokenView view, List<Mention> given, Set<String> titles, ClauseSubjects subjects) {
        this.document = document;
        this.view = view;
        this.mentions = usable(document, given);
        this.longest = mentions.stream().mapToInt(m -> m.span().length()).max().orElse(0);
        this.fullNames = new FullNames(titles, mentions, view, subjects);
    }

    /** Records a speaker named in full where it is written, for later short references to link to. */
    void remember(Speaker s) {
        if (s.type() == null || s.type() == EntityType.PERSON) {
            fullNames.add(s.span().start(), s.name());
        }
    }

    /**
     * The speaker under the fullest name the document gives that person ("Doug" → "Doug McDermott");
     * organisations and places keep their names, unless a title word shows a person the mention
     * stage mistyped.
     */
    Speaker linked(Speaker s) {
        if (s == null) {
            return null;
        }
        if (s.type() == EntityType.ORGANIZATION || s.type() == EntityType.PLACE) {
            String bare = fullNames.withoutTitles(s.name());
            if (bare.equals(s.name()) || !fullNames.titled(s.name())) {
                return s;
            }
            s = new Speaker(bare, s.span(), EntityType.PERSON); // "City Councilman Mira D. Tann" typed as a place
        }
        String full = fullNames.fullest(s.type() == EntityType.PERSON ? fullNames.personName(s.name()) : s.name());
        return full.equals(s.name()) ? s : new Speaker(full, s.span(), s.type());
    }

    /** The mentions of this document whose spans lie inside its text, by position. */
    private static List<Mention> usable(Document document, List<Mention> given) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : given) {
            if (m.span().docId().equals(document.id()) && m.span().end() <= document.text().length()) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparing(Mention::span));
        return List.copyOf(out);
    }

    List<Mention> mentions() {
        return mentions;
    }

    /** The speaker named by tokens {@code [from, to)}. */
    Speaker of(int from, int to) {
        Span written = span(from, to);
        Mention best = null;
        int first = firstStartingAtOrAfter(written.start() - longest);
        for (int i = first; i < mentions.size() && mentions.get(i).span().start() < written.end(); i++) {
            Mention m = mentions.get(i);
            if (m.span().overlaps(written) && (best == null || rank(m.type()) >= rank(best.type()))) {
                best = m;
            }
        }
        // A mention that stops before the last word of a written name of several words ("Lind" of
        // "Lind - Berg") was cut short: the name as written is the better one.
        boolean partly = best != null && best.span().end() < written.end() && to - from > 1;
        // A mention that runs back over the titles the subject left out ("Deputy Defense Secretary
        // Vell") would bring them back: the written name is the name.
        partly |= best != null && best.span().start() < written.start()
                && fullNames.titled(document.text().substring(best.span().start(), written.start()));
        if (best != null && !partly) {
            return new Speaker(best.canonical(), best.span(), best.type());
        }
        return new Speaker(written.of(document.text()), written, best == null ? null : best.type());
    }

    /** The index of the first mention starting at or after {@code offset} (binary search). */
    int firstStartingAtOrAfter(int offset) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).span().start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The characters of tokens {@code [from, to)}. */
    Span span(int from, int to) {
        return document.span(view.token(from).start(), view.token(to - 1).end());
    }

    private static int rank(EntityType type) {
        return switch (type) {
            case PERSON -> 3;
            case ORGANIZATION -> 2;
            case PLACE -> 1;
            case OTHER -> 0;
        };
    }
}
