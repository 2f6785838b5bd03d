package org.smpng.sim.kern;

import java.util.ArrayList;
import java.util.List;

/**
 * The queue of threads sleeping on one wait channel or condition variable ({@code msleep}/{@code cv_wait}), or
 * waiting for one sx/lockmgr lock.
 *
 * <pre>
 * Overview.
 *
 * After FreeBSD kern/subr_sleepqueue.c. A sleep queue has no owner, so unlike a turnstile it lends no priority.
 * In FreeBSD sleepq_add() is called with the sleep queue chain locked and before msleep() drops its interlock,
 * which is what makes "check the condition, then sleep" free of lost wakeups: a waker must take the interlock to
 * change the condition and the chain lock to wake, so it cannot slip between the two. Here the engine's baton
 * covers both: Engine.msleep() adds the thread to this queue before it releases the interlock, and a wakeup() can
 * only run when another thread holds the baton afterwards. Sleepers are woken in FIFO order (wakeup_one(),
 * cv_signal() wake the first; 5.x's sleepq_signal() also took the first, later versions the best priority).
 * A sleep may end by its timeout; the timeout event carries the sleep's sequence number so a stale one is ignored.
 * </pre>
 *
 * <p>Locking key: (b) the engine's baton (FreeBSD: (c) the sleep queue chain lock).
 */
public final class SleepQueue {

    final int channel;
    final String name;
    private SimThread[] sleepers = new SimThread[4];
    private int count;

    SleepQueue(int channel, String name) {
        this.channel = channel;
        this.name = name;
    }

    boolean isEmpty() {
        return count == 0;
    }

    int size() {
        return count;
    }

    void add(SimThread td) {
        if (count == sleepers.length) {
            sleepers = java.util.Arrays.copyOf(sleepers, count * 2);
        }
        sleepers[count++] = td;
        td.sleepingOn = this;
    }

    boolean remove(SimThread td) {
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

    SimThread removeFirst() {
        SimThread td = sleepers[0];
        remove(td);
        return td;
    }

    List<String> names() {
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(sleepers[i].name);
        }
        return names;
    }
}
