package dev.triangulate.story;

import dev.triangulate.model.Coverage;
import dev.triangulate.model.Story;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns finished drafts into {@link Story} records: ids by first article, members oldest first,
 * keywords from the centroid, a title, and syndicated copies found by MinHash with banding (so a
 * story of n members costs about n look-ups, not n² comparisons).
 *
 * <p>Title: the headline of the member closest to the centroid that has one; otherwise a label of
 * the story's strongest named things and words ("Lindsay Lohan, Betty Ford Center: rehab").
 */
final class StoryAssembler {

    private static final int KEYWORDS = 10;
    private static final int LABEL_NAMES = 3;
    private static final int LABEL_WORDS = 2;
    private static final int BANDS = 16;

    private final Vocabulary space;
    private final double copyThreshold;

    StoryAssembler(Vocabulary space, double copyThreshold) {
        this.space = space;
        this.copyThreshold = copyThreshold;
    }

    /** The batch's stories; {@code ordered} holds the articles by {@link Profile#order}. */
    List<Story> assemble(List<StoryDraft> drafts, List<Coverage> ordered) {
        List<StoryDraft> sorted = new ArrayList<>(drafts);
        sorted.sort(Comparator.comparingInt(StoryDraft::firstOrder));
        List<Story> out = new ArrayList<>(sorted.size());
        for (StoryDraft d : sorted) {
            List<Profile> members = byOrder(d);
            List<Coverage> coverages = members.stream().map(p -> ordered.get(p.order())).toList();
            out.add(new Story("s" + (out.size() + 1), title(d, members), keywords(d.centroid), coverages,
                    copies(members)));
        }
        return out;
    }

    /** A stream's story once it is final: the same title, keywords and copies, with member ids only. */
    ClosedStory closed(String id, StoryDraft d) {
        List<Profile> members = byOrder(d);
        return new ClosedStory(id, title(d, members), keywords(d.centroid),
                members.stream().map(Profile::id).toList(), copies(members), d.first, d.last);
    }

    private static List<Profile> byOrder(StoryDraft d) {
        List<Profile> members = new ArrayList<>(d.members);
        members.sort(Comparator.comparingInt(Profile::order));
        return members;
    }

    private String title(StoryDraft d, List<Profile> members) {
        Profile central = null;
        double best = -1;
        for (Profile p : members) {
            double sim = p.vector().cosine(d.centroid);
            if (!p.title().isBlank() && sim > best) {
                best = sim;
                central = p;
            }
        }
        return central != null ? central.title().strip() : label(d.centroid);
    }

    private String label(SparseVector centroid) {
        List<String> names = strongest(centroid, "e:", LABEL_NAMES);
        List<String> words = strongest(centroid, "w:", LABEL_WORDS);
        if (names.isEmpty()) {
            return String.join(", ", words);
        }
        return String.join(", ", names) + (words.isEmpty() ? "" : ": " + String.join(", ", words));
    }

    private List<String> keywords(SparseVector centroid) {
        List<String> out = new ArrayList<>();
        for (int i : centroid.heaviestFirst()) {
            String key = space.key(centroid.id(i));
            if (key != null && (ArticleTerms.isWord(key) || ArticleTerms.isEntity(key))
                    && !covered(out, space.surface(centroid.id(i)))) {
                out.add(space.surface(centroid.id(i)));
                if (out.size() == KEYWORDS) {
                    break;
                }
            }
        }
        return out;
    }

    private List<String> strongest(SparseVector centroid, String namespace, int limit) {
        List<String> out = new ArrayList<>();
        for (int i : centroid.heaviestFirst()) {
            String key = space.key(centroid.id(i));
            String surface = key == null ? "" : space.surface(centroid.id(i));
            if (key != null && key.startsWith(namespace) && !covered(out, surface)) {
                out.add(surface);
                if (out.size() == limit) {
                    break;
                }
            }
        }
        return out;
    }

    /** "Lohan" adds nothing after "Lindsay Lohan". */
    private static boolean covered(List<String> chosen, String candidate) {
        String c = candidate.toLowerCase(Locale.ROOT);
        return chosen.stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(c));
    }

    /** Each member that nearly duplicates an earlier one maps to that one's original. */
    private Map<String, String> copies(List<Profile> members) {
        Map<String, String> copyOf = new LinkedHashMap<>();
        Map<Long, List<Profile>> buckets = new HashMap<>();
        for (Profile p : members) {
            long[] sig = p.signature();
            if (sig.length == 0) {
                continue;
            }
            Profile original = earliestMatch(p, sig, buckets);
            if (original != null && !original.id().equals(p.id())) {
                copyOf.put(p.id(), copyOf.getOrDefault(original.id(), original.id()));
            }
            for (long band : bands(sig)) {
                buckets.computeIfAbsent(band, k -> new ArrayList<>(1)).add(p);
            }
        }
        return copyOf;
    }

    private Profile earliestMatch(Profile p, long[] sig, Map<Long, List<Profile>> buckets) {
        Profile found = null;
        for (long band : bands(sig)) {
            for (Profile q : buckets.getOrDefault(band, List.of())) {
                boolean earlier = found == null || q.order() < found.order();
                if (earlier && MinHash.similarity(sig, q.signature()) >= copyThreshold) {
                    found = q;
                }
                if (found != null) {
                    break; // buckets hold members in order: the first match of a bucket is its earliest
                }
            }
        }
        return found;
    }

    private static long[] bands(long[] sig) {
        int rows = sig.length / BANDS;
        long[] out = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b * 0x9E3779B97F4A7C15L;
            for (int r = 0; r < rows; r++) {
                h = (h ^ sig[b * rows + r]) * 0x100000001B3L;
            }
            out[b] = h;
        }
        return out;
    }
}
