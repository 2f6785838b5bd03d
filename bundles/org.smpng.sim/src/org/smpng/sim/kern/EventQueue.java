package org.smpng.sim.kern;

import java.util.Arrays;

/**
 * The engine's future-event list: a binary min-heap of events ordered by (virtual time, sequence number), so that
 * scheduling an event allocates nothing once the heap has grown. The sequence number makes the order of
 * simultaneous events the order in which they were scheduled, which is what makes a run deterministic.
 *
 * <p>Events are never removed early: an event that became stale (its thread was preempted, its sleep ended) carries
 * the epoch it was scheduled in and is ignored when it surfaces.
 *
 * <pre>
 * Layout. Each slot of the heap is three consecutive longs of one array: the time, the sequence number, and the
 * payload (type in bits 0-3, target in bits 4-31, epoch in bits 32-63). A sift step then moves one slot within a
 * cache line or two instead of touching five arrays; the engine's profile had the queue at a sixth of its Java time
 * with one array per field (docs/benchmarks.md). Because (time, sequence) is a total order, any correct heap pops
 * events in exactly the same order, so the layout cannot change a run.
 * </pre>
 *
 * <p>Locking key: (b) the engine's baton; only the baton holder touches the queue.
 */
final class EventQueue {

    /** Longs per slot, and the offsets of the fields within a slot. */
    private static final int SLOT = 3, SEQ = 1, PAYLOAD = 2;
    /** Limits of the packed payload. */
    static final int MAX_TYPE = 15, MAX_TARGET = (1 << 28) - 1;

    private long[] heap = new long[SLOT * 256];
    private int size;
    private long nextSeq;

    /* Fields of the event last removed by poll(). */
    long polledTime;
    int polledType, polledTarget, polledEpoch;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    long peekTime() {
        return size == 0 ? Long.MAX_VALUE : heap[0];
    }

    /** Schedules an event of type {@code ty} (at most {@link #MAX_TYPE}) for target {@code tg} at time {@code t}. */
    void add(long t, int ty, int tg, int ep) {
        assert ty >= 0 && ty <= MAX_TYPE && tg >= 0 && tg <= MAX_TARGET : "event " + ty + " for " + tg;
        long[] h = heap;
        if (SLOT * size == h.length) {
            heap = h = Arrays.copyOf(h, h.length * 2);
        }
        long s = nextSeq++;
        long payload = (long) ep << 32 | (long) tg << 4 | ty;
        int i = size++;
        // Sift up. The new event's sequence number is larger than every queued one, so it goes after a parent of
        // equal time: comparing times alone gives the (time, sequence) order.
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            int p = SLOT * parent;
            if (h[p] <= t) {
                break;
            }
            int c = SLOT * i;
            h[c] = h[p];
            h[c + SEQ] = h[p + SEQ];
            h[c + PAYLOAD] = h[p + PAYLOAD];
            i = parent;
        }
        int c = SLOT * i;
        h[c] = t;
        h[c + SEQ] = s;
        h[c + PAYLOAD] = payload;
    }

    /** Removes the earliest event into the polled* fields. The queue must not be empty. */
    void poll() {
        long[] h = heap;
        long payload = h[PAYLOAD];
        polledTime = h[0];
        polledType = (int) payload & 0xF;
        polledTarget = (int) (payload >>> 4) & MAX_TARGET;
        polledEpoch = (int) (payload >>> 32);
        int last = --size;
        if (last == 0) {
            return;
        }
        int l = SLOT * last;
        long t = h[l], s = h[l + SEQ], pl = h[l + PAYLOAD];
        // Sift the last event down from the root.
        int i = 0;
        for (;;) {
            int child = 2 * i + 1;
            if (child >= last) {
                break;
            }
            int c = SLOT * child;
            int r = c + SLOT;
            if (child + 1 < last && (h[r] < h[c] || (h[r] == h[c] && h[r + SEQ] < h[c + SEQ]))) {
                child++;
                c = r;
            }
            if (t < h[c] || (t == h[c] && s < h[c + SEQ])) {
                break;
            }
            int d = SLOT * i;
            h[d] = h[c];
            h[d + SEQ] = h[c + SEQ];
            h[d + PAYLOAD] = h[c + PAYLOAD];
            i = child;
        }
        int d = SLOT * i;
        h[d] = t;
        h[d + SEQ] = s;
        h[d + PAYLOAD] = pl;
    }
}
