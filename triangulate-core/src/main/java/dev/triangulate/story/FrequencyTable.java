package dev.triangulate.story;

/**
 * Document frequencies keyed by feature id, in two primitive arrays (open addressing, linear probing),
 * so a stream of a million articles does not pay an object per feature. Bounded: when it holds
 * {@code limit} features it forgets every feature seen only once, the long tail of names and numbers
 * that never recur (a forgotten feature that does recur just counts from 1 again). When that would
 * free less than a quarter of the table, as it does once a long stream has seen most features twice,
 * it forgets the features seen at most twice, three times, ... up to the least count that frees a
 * quarter: each pass costs a scan of the table, and this way a pass is paid for by at least
 * {@code limit / 4} new features rather than, near the end, by every new one.
 * Mutable and confined to one thread.
 */
final class FrequencyTable {

    private static final int FREE = 0;
    /** Counts above this many are told apart no further when choosing what to forget. */
    private static final int COUNT_BUCKETS = 1 << 16;

    private final int limit;
    private int[] ids;
    private int[] counts;
    private int size;

    /** {@code limit}: most features held at once; the arrays are sized twice that, a power of two. */
    FrequencyTable(int limit) {
        if (limit < 16) {
            throw new IllegalArgumentException("limit must be at least 16: " + limit);
        }
        this.limit = limit;
        int capacity = Integer.highestOneBit(limit - 1) << 2;
        this.ids = new int[capacity];
        this.counts = new int[capacity];
    }

    /** Adds one to the count of {@code id}. */
    void increment(int id) {
        int slot = slot(id);
        if (counts[slot] == 0) {
            if (size >= limit) {
                forgetRare();
                slot = slot(id);
            }
            ids[slot] = id;
            size++;
        }
        counts[slot]++;
    }

    /** The count of {@code id}; 0 when never seen or forgotten. */
    int count(int id) {
        return counts[slot(id)];
    }

    int size() {
        return size;
    }

    /** The slot holding {@code id}, or the free slot where it would go (a count of 0 marks a free slot). */
    private int slot(int id) {
        int mask = ids.length - 1;
        int i = mix(id) & mask;
        while (counts[i] != FREE && ids[i] != id) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void forgetRare() {
        int bar = rareBar();
        int[] oldIds = ids;
        int[] oldCounts = counts;
        ids = new int[oldIds.length];
        counts = new int[oldCounts.length];
        size = 0;
        for (int i = 0; i < oldIds.length; i++) {
            if (oldCounts[i] > bar) {
                int slot = slot(oldIds[i]);
                ids[slot] = oldIds[i];
                counts[slot] = oldCounts[i];
                size++;
            }
        }
    }

    /** The least count {@code bar} such that forgetting every feature counted at most {@code bar} frees a quarter. */
    private int rareBar() {
        int[] atCount = new int[COUNT_BUCKETS];
        for (int c : counts) {
            if (c != FREE) {
                atCount[Math.min(c, COUNT_BUCKETS - 1)]++;
            }
        }
        int freed = 0;
        for (int bar = 1; bar < COUNT_BUCKETS - 1; bar++) {
            freed += atCount[bar];
            if (freed >= limit / 4) {
                return bar;
            }
        }
        return COUNT_BUCKETS - 2;
    }

    /** Ids are already hashes, but spread them again so that probing runs stay short. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x7feb352d;
        h ^= h >>> 15;
        return h;
    }
}
