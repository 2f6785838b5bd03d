package org.smpng.sim.par;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The threads sleeping on one wait channel or condition variable, or waiting for one sx lock, in the parallel
 * engine; each really parked until a wakeup, a signal or its timeout.
 *
 * <pre>
 * Overview.
 *
 * After FreeBSD kern/subr_sleepqueue.c. The queue's chain lock ({@link #chain}, FreeBSD's sc_lock) is the whole
 * story of "no lost wakeup": a sleeper adds itself to the queue holding the chain lock and only then drops its
 * interlock (the modeled mutex of msleep, or the sx's interlock for cv_wait), and it marks itself asleep under
 * sched_lock before it releases the chain lock; a waker changes the condition under the interlock and then takes
 * the chain lock to wake, so it either runs before the sleeper committed (and the sleeper sees the new condition
 * under the interlock) or finds the sleeper on the queue. Sleepers are woken FIFO (5.x sleepq_signal took the
 * first). A timeout is a callout that, under the chain lock, removes the sleeper only if it still sleeps the same
 * sleep (sleepSeq), so a stale timeout is harmless. Lock order: a chain lock comes before turnstile chain locks and
 * sched_lock; the callout lock nests inside it.
 * </pre>
 *
 * <p>Locking key: (c) {@link #chain} for the sleepers and the sleepers' sleepingOn/sleepSeq.
 */
final class SleepQueue {

    final int channel;
    final String name;
    final SpinLock chain;
    private KThread[] sleepers = new KThread[4]; // (c)
    private int count; // (c)

    SleepQueue(int channel, String name) {
        this.channel = channel;
        this.name = name;
        this.chain = new SpinLock("sleepq chain " + name);
    }

    /** Entry and exit: chain held. */
    boolean isEmpty() {
        assert chain.isHeldByCurrentThread();
        return count == 0;
    }

    /** sleepq_add(). Entry and exit: chain held. */
    void add(KThread td) {
        assert chain.isHeldByCurrentThread();
        if (count == sleepers.length) {
            sleepers = Arrays.copyOf(sleepers, count * 2);
        }
        sleepers[count++] = td;
        td.sleepingOn = this;
    }

    /** Removes td if it sleeps here. Entry and exit: chain held. */
    boolean remove(KThread td) {
        assert chain.isHeldByCurrentThread();
        for (int i = 0; i < count; i++) {
            if (sleepers[i] == td) {
                System.arraycopy(sleepers, i + 1, sleepers, i, count - i - 1);
                sleepers[--count] = null;
                td.sleepingOn = null;
                return true;
            }
        }
        return false;
    }

    /** Entry and exit: chain held; the queue is not empty. */
    KThread removeFirst() {
        KThread td = sleepers[0];
        remove(td);
        return td;
    }

    /** The sleepers' names; takes and releases the chain lock (caller holds no sched_lock). */
    List<String> names() {
        chain.lock();
        try {
            List<String> names = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                names.add(sleepers[i].name);
            }
            return names;
        } finally {
            chain.unlock();
        }
    }
}
