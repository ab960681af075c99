package dev.triangulate.story;

import java.util.Arrays;

/**
 * Feature id to a list of small integers (the slots of the live stories whose centroid holds the
 * feature), in primitive arrays: an open-addressing table of ids with linear probing, and per id an
 * int array grown by doubling. A stream holds a few million such entries at once; as objects (a set
 * node per entry) they would cost ten times the memory and a cache miss per vote.
 *
 * <p>A list holds each slot at most once, in no particular order: removal moves the last entry into
 * the gap, and the caller, who knows where its entries are, is told which one moved. An id whose list empties leaves the table (backward-shift deletion, no tombstones), so
 * the table tracks the live features, not every feature ever seen.
 * Mutable and confined to one thread.
 */
final class Postings {

    private static final int[] NONE = new int[0];

    private int[] ids = new int[1024];
    private int[][] lists = new int[1024][];
    private int[] sizes = new int[1024];
    private int used;

    /** Number of slots listed under {@code id}. */
    int size(int id) {
        int at = find(id);
        return at < 0 ? 0 : sizes[at];
    }

    /** The slots listed under {@code id}: the first {@link #size} entries of the returned array (do not modify). */
    int[] slots(int id) {
        int at = find(id);
        return at < 0 ? NONE : lists[at];
    }

    /** Lists {@code slot} under {@code id}; returns its position in that list. */
    int add(int id, int slot) {
        if ((used + 1) * 2 > ids.length) {
            rehash(ids.length * 2);
        }
        int at = probe(id);
        if (lists[at] == null) {
            ids[at] = id;
            lists[at] = new int[2];
            used++;
        } else if (sizes[at] == lists[at].length) {
            lists[at] = Arrays.copyOf(lists[at], sizes[at] * 2);
        }
        lists[at][sizes[at]] = slot;
        return sizes[at]++;
    }

    /**
     * Takes the entry at {@code position} out of the list of {@code id}, moving the list's last entry
     * into the gap; returns the slot so moved, or -1 when none moved. Positions make removal cost the
     * same for a list of three and a list of thirty thousand.
     */
    int remove(int id, int position) {
        int at = find(id);
        int[] list = lists[at];
        int last = --sizes[at];
        int moved = -1;
        if (position != last) {
            moved = list[last];
            list[position] = moved;
        }
        if (last == 0) {
            delete(at);
        } else if (last * 4 < list.length && list.length > 8) {
            lists[at] = Arrays.copyOf(list, list.length / 2); // a list that was long once should not pin memory
        }
        return moved;
    }

    /** Distinct ids with a non-empty list. */
    int features() {
        return used;
    }

    private int find(int id) {
        int at = probe(id);
        return lists[at] == null ? -1 : at;
    }

    /** The cell holding {@code id}, or the empty cell where it would go. */
    private int probe(int id) {
        int mask = ids.length - 1;
        int i = mix(id) & mask;
        while (lists[i] != null && ids[i] != id) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** Empties a cell and moves later cells of the same probe run back, so lookups never need tombstones. */
    private void delete(int at) {
        int mask = ids.length - 1;
        lists[at] = null;
        sizes[at] = 0;
        used--;
        int gap = at;
        for (int i = (at + 1) & mask; lists[i] != null; i = (i + 1) & mask) {
            int home = mix(ids[i]) & mask;
            // the entry may fill the gap when its home is not in the cyclic range (gap, i]
            if (((i - home) & mask) >= ((i - gap) & mask)) {
                ids[gap] = ids[i];
                lists[gap] = lists[i];
                sizes[gap] = sizes[i];
                lists[i] = null;
                sizes[i] = 0;
                gap = i;
            }
        }
        if (used * 8 < ids.length && ids.length > 1024) {
            rehash(ids.length / 2);
        }
    }

    private void rehash(int capacity) {
        int[] oldIds = ids;
        int[][] oldLists = lists;
        int[] oldSizes = sizes;
        ids = new int[capacity];
        lists = new int[capacity][];
        sizes = new int[capacity];
        for (int i = 0; i < oldIds.length; i++) {
            if (oldLists[i] != null) {
                int at = probe(oldIds[i]);
                ids[at] = oldIds[i];
                lists[at] = oldLists[i];
                sizes[at] = oldSizes[i];
            }
        }
    }

    /** Feature ids are hashes already, but spread them again so that probe runs stay short. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x7feb352d;
        h ^= h >>> 15;
        return h;
    }
}
