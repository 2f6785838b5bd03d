package org.smpng.sim.kern;

import java.util.Arrays;

/**
 * The engine's future-event list: a binary min-heap of events ordered by (virtual time, sequence number), kept in
 * parallel primitive arrays so that scheduling an event allocates nothing once the arrays have grown. The sequence
 * number makes the order of simultaneous events the order in which they were scheduled, which is what makes a run
 * deterministic.
 *
 * <p>Events are never removed early: an event that became stale (its thread was preempted, its sleep ended) carries
 * the epoch it was scheduled in and is ignored when it surfaces.
 *
 * <p>Locking key: (b) the engine's baton; only the baton holder touches the queue.
 */
final class EventQueue {

    private long[] time = new long[256];
    private long[] seq = new long[256];
    private int[] type = new int[256];
    private int[] target = new int[256];
    private int[] epoch = new int[256];
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
        return size == 0 ? Long.MAX_VALUE : time[0];
    }

    void add(long t, int ty, int tg, int ep) {
        if (size == time.length) {
            int n = size * 2;
            time = Arrays.copyOf(time, n);
            seq = Arrays.copyOf(seq, n);
            type = Arrays.copyOf(type, n);
            target = Arrays.copyOf(target, n);
            epoch = Arrays.copyOf(epoch, n);
        }
        long s = nextSeq++;
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (time[parent] < t || (time[parent] == t && seq[parent] < s)) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        set(i, t, s, ty, tg, ep);
    }

    /** Removes the earliest event into the polled* fields. */
    void poll() {
        polledTime = time[0];
        polledType = type[0];
        polledTarget = target[0];
        polledEpoch = epoch[0];
        int last = --size;
        if (last == 0) {
            return;
        }
        long t = time[last], s = seq[last];
        int ty = type[last], tg = target[last], ep = epoch[last];
        int i = 0;
        for (;;) {
            int child = 2 * i + 1;
            if (child >= last) {
                break;
            }
            if (child + 1 < last && (time[child + 1] < time[child]
                    || (time[child + 1] == time[child] && seq[child + 1] < seq[child]))) {
                child++;
            }
            if (t < time[child] || (t == time[child] && s < seq[child])) {
                break;
            }
            move(child, i);
            i = child;
        }
        set(i, t, s, ty, tg, ep);
    }

    private void move(int from, int to) {
        set(to, time[from], seq[from], type[from], target[from], epoch[from]);
    }

    private void set(int i, long t, long s, int ty, int tg, int ep) {
        time[i] = t;
        seq[i] = s;
        type[i] = ty;
        target[i] = tg;
        epoch[i] = ep;
    }
}
