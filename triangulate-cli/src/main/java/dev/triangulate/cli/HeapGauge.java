package dev.triangulate.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Two heap figures for a bench, kept apart because they answer different questions:
 * <ul>
 *   <li>the <em>live set</em>: heap in use right after a full collection, i.e. what the program
 *       actually holds; {@link #sampleLive} forces one (call it outside any timed section), and
 *       the gauge keeps the largest sample;</li>
 *   <li>the <em>max used heap</em>: the most the heap held at any moment, garbage not yet
 *       collected included, read from every collection's before-figures (used heap peaks just
 *       before a collection). It is bounded by the heap given ({@code -Xmx}) and says how much of
 *       it the collector chose to use, not how much the program needs.</li>
 * </ul>
 * The sum of each pool's own peak (what {@code MemoryPoolMXBean.getPeakUsage} gives) is neither:
 * the pools peak at different times, so that sum can exceed the maximum heap.
 *
 * <p>Open from construction to {@link #close}. The listener runs on a JMX thread; the maximum is
 * volatile and updated under the gauge's lock.
 */
final class HeapGauge implements AutoCloseable, NotificationListener {

    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private volatile long maxUsed;
    private long maxLive;

    HeapGauge() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(this, null, null);
                emitters.add(e);
            }
        }
    }

    /** Forces a full collection and records the heap still in use. */
    void sampleLive() {
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        maxLive = Math.max(maxLive, used);
        raise(used);
    }

    /** The largest live-set sample, in MB. */
    long maxLiveMb() {
        return maxLive >> 20;
    }

    /** The most heap used at any collection seen, in MB (garbage included). */
    long maxUsedMb() {
        return Math.max(maxUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed()) >> 20;
    }

    @Override
    public void handleNotification(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long before = 0;
        for (MemoryUsage u : info.getGcInfo().getMemoryUsageBeforeGc().values()) {
            before += u.getUsed();
        }
        raise(before - nonHeap(info));
    }

    /** The before-figures cover every pool the collector reports on; leave out the non-heap ones. */
    private static long nonHeap(GarbageCollectionNotificationInfo info) {
        long sum = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage u = info.getGcInfo().getMemoryUsageBeforeGc().get(pool.getName());
            if (u != null && pool.getType() != java.lang.management.MemoryType.HEAP) {
                sum += u.getUsed();
            }
        }
        return sum;
    }

    private synchronized void raise(long used) {
        if (used > maxUsed) {
            maxUsed = used;
        }
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(this);
            } catch (ListenerNotFoundException ignored) {
                // never added to this one: nothing to undo
            }
        }
    }
}
