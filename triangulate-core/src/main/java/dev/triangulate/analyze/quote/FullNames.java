package dev.triangulate.analyze.quote;

import dev.triangulate.model.EntityType;
import dev.triangulate.model.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The fullest written form of each person named in one document, so that a speaker named short is
 * linked to the person the article introduced: "McDermott" and "Doug" become "Doug McDermott" when
 * the article first wrote that name; "Constable Tim Fanning" becomes "Tim Fanning" (titles are not
 * part of a name). Full names are the person (and untyped) mentions' canonical names and every run of two or more
 * capitalised name words outside quotes that no organisation or place mention covers (the mention
 * stage does not always type or link a person). The earliest fuller name wins: news introduces a
 * person in full before it shortens the name. Per document, confined to one extraction call.
 */
final class FullNames {

    private record Entry(int position, List<String> words) {
    }

    private final Set<String> titles;
    private final List<Entry> names = new ArrayList<>();
    private boolean sorted = true;

    FullNames(Set<String> titles, List<Mention> mentions, TokenView view, ClauseSubjects subjects) {
        this.titles = titles;
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON || m.type() == EntityType.OTHER) {
                add(m.span().start(), m.canonical()); // untyped people land in OTHER
            }
        }
        addWrittenRuns(view, subjects, mentions);
    }

    private void addWrittenRuns(TokenView v, ClauseSubjects subjects, List<Mention> mentions) {
        int i = 0;
        while (i < v.size()) {
            if (v.quoted(i) || !(subjects.names().isName(v, i) || subjects.names().opensName(v, i))) {
                i++;
                continue;
            }
            int end = i + 1;
            int sentenceEnd = v.sentenceEnd(i);
            while (end < sentenceEnd && !v.quoted(end) && subjects.names().inName(v, end, sentenceEnd)) {
                end++;
            }
            if (end - i >= 2 && !organisationOrPlace(v, i, end, mentions)) {
                StringBuilder name = new StringBuilder();
                for (int k = i; k < end; k++) {
                    name.append(k > i && !v.isPunct(k, ".") ? " " : "").append(v.token(k).text());
                }
                add(v.token(i).start(), name.toString());
            }
            i = end;
        }
        markSurnames(v);
    }

    /** "Loyless said", sentence-initial and tagged as an adjective: a word written as a full name's last word is a name. */
    private void markSurnames(TokenView v) {
        java.util.Set<String> last = new java.util.HashSet<>();
        for (Entry e : names) {
            last.add(e.words().getLast());
        }
        for (int k = 0; k < v.size(); k++) {
            if (last.contains(v.token(k).text())) {
                v.markNamed(k);
            }
        }
    }

    private static boolean organisationOrPlace(TokenView v, int from, int to, List<Mention> mentions) {
        int start = v.token(from).start();
        int end = v.token(to - 1).end();
        for (Mention m : mentions) {
            boolean other = m.type() == EntityType.ORGANIZATION || m.type() == EntityType.PLACE;
            if (other && m.span().start() < end && start < m.span().end()) {
                return true;
            }
        }
        return false;
    }

    /** Records a name written at character {@code position}. */
    void add(int position, String name) {
        String bare = withoutTitles(name);
        List<String> words = words(bare);
        if (words.size() >= 2 && !titled(bare)) { // "Deputy Transport Secretary Vell" is no fuller name
            names.add(new Entry(position, words));
            sorted = false;
        }
    }

    /**
     * The name without the titles before it ("Microsoft CEO Bill Gates" gives "Bill Gates"), when at
     * least two words remain ("General Motors" stays); a run through lower-case words ("President of
     * the United States Barack Obama", "Minister of Energy Lena Ost") keeps the last two words after them.
     */
    String withoutTitles(String name) {
        List<String> words = List.of(name.strip().split("\\s+"));
        int start = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (titles.contains(w.toLowerCase(Locale.ROOT).replace(".", "")) || !Character.isUpperCase(w.charAt(0))) {
                start = i + 1;
            }
        }
        List<String> rest = words.subList(Math.min(start, words.size()), words.size());
        boolean lowerInside = words.subList(0, Math.min(start, words.size())).stream()
                .anyMatch(w -> !Character.isUpperCase(w.charAt(0)) && !titles.contains(w.toLowerCase(Locale.ROOT)));
        if (lowerInside && rest.size() > 2) {
            rest = rest.subList(rest.size() - 2, rest.size());
        }
        return rest.size() >= 2 ? String.join(" ", rest) : name.strip();
    }

    /** A person's name without the titles before it, even when one word remains ("Deputy Transport Secretary Vell"). */
    String personName(String name) {
        String[] words = name.strip().split("\\s+");
        int last = -1;
        for (int i = 0; i < words.length - 1; i++) {
            if (titles.contains(words[i].toLowerCase(Locale.ROOT).replace(".", ""))) {
                last = i;
            }
        }
        return last < 0 ? name : String.join(" ", List.of(words).subList(last + 1, words.length));
    }

    /** Whether a word of {@code name} before its last is a title ("City Councilman X"; "Ada King" is not titled). */
    boolean titled(String name) {
        String[] words = name.strip().split("\\s+");
        for (int i = 0; i < words.length - 1; i++) {
            if (titles.contains(words[i].toLowerCase(Locale.ROOT).replace(".", ""))) {
                return true;
            }
        }
        return false;
    }

    /** The earliest fuller name that ends with {@code name}, or starts with it when it is one word; else the name. */
    String fullest(String name) {
        List<String> short_ = words(withoutTitles(name));
        if (short_.isEmpty()) {
            return name;
        }
        if (!sorted) {
            names.sort(Comparator.comparingInt(Entry::position));
            sorted = true;
        }
        for (Entry e : names) {
            if (e.words().size() > short_.size() && (endsWith(e.words(), short_) || firstName(e.words(), short_))) {
                return String.join(" ", e.words());
            }
        }
        return withoutTitles(name);
    }

    private static boolean endsWith(List<String> full, List<String> tail) {
        return full.subList(full.size() - tail.size(), full.size()).equals(tail);
    }

    private static boolean firstName(List<String> full, List<String> one) {
        return one.size() == 1 && full.getFirst().equals(one.getFirst());
    }

    private static List<String> words(String name) {
        String n = name.strip().replaceAll("(’s|'s|’|')$", "");
        return n.isEmpty() ? List.of() : List.of(n.split("\\s+"));
    }
}
