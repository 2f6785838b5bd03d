package org.smpng.sim.kern;

import java.util.ArrayList;
import java.util.List;

/**
 * A turnstile: the queue of threads blocked on one sleep mutex, which knows the mutex's owner and therefore can
 * lend it the priority of its best waiter.
 *
 * <pre>
 * Overview.
 *
 * After FreeBSD kern/subr_turnstile.c. There, turnstiles are donated by blocking threads, found through a hash of
 * the lock address into chains each guarded by a spin lock, and ts_blocked is a priority-sorted queue. Here every
 * SleepMutex owns one Turnstile for its life (the donation and the chain hash only matter for memory and for the
 * chain locks, which the engine's baton replaces), and the waiters are kept sorted by td_priority, FIFO among equal
 * priorities, as TAILQ insertion in turnstile_wait() does.
 *
 * Priority propagation (propagate_priority()): when a thread blocks, its priority is lent to the owner; if the owner
 * is itself blocked on another turnstile, it is re-sorted there and the priority travels on to that lock's owner,
 * until an owner already runs at that priority or better, or is not blocked on a turnstile (sleeping threads and sx
 * waiters have no owner to lend to). On release (turnstile_unpend() → sched_unlend_prio()) the releasing thread's
 * priority is recomputed from the turnstiles of the locks it still owns (td_contested), or falls back to its base.
 *
 * turnstile_signal() in 5.x wakes one waiter, the best; the others stay on the turnstile, which keeps no owner until
 * the next thread to take the lock claims it (turnstile_claim()) and so becomes the target of their lent priority.
 * </pre>
 *
 * <p>Locking key: (b) the engine's baton for every field (FreeBSD: (c) the turnstile chain lock, (q) td_contested
 * lock).
 */
public final class Turnstile {

    final SleepMutex lock;
    /** ts_owner: the owner the waiters lend priority to, or null between a release and the next claim. */
    SimThread owner;
    private SimThread[] blocked = new SimThread[4];
    private int count;

    Turnstile(SleepMutex lock) {
        this.lock = lock;
    }

    boolean isEmpty() {
        return count == 0;
    }

    int size() {
        return count;
    }

    /** The best (numerically lowest) priority among the waiters, or Integer.MAX_VALUE. */
    int bestPriority() {
        return count == 0 ? Integer.MAX_VALUE : blocked[0].priority;
    }

    /** Inserts td after every waiter of the same or better priority. */
    void add(SimThread td) {
        if (count == blocked.length) {
            blocked = java.util.Arrays.copyOf(blocked, count * 2);
        }
        int i = count;
        while (i > 0 && blocked[i - 1].priority > td.priority) {
            blocked[i] = blocked[i - 1];
            i--;
        }
        blocked[i] = td;
        count++;
    }

    void remove(SimThread td) {
        for (int i = 0; i < count; i++) {
            if (blocked[i] == td) {
                System.arraycopy(blocked, i + 1, blocked, i, count - i - 1);
                blocked[--count] = null;
                return;
            }
        }
        throw new IllegalStateException(td + " is not blocked on " + lock.name);
    }

    SimThread removeFirst() {
        SimThread td = blocked[0];
        remove(td);
        return td;
    }

    /** Re-sorts td after its priority changed (turnstile_adjust()). */
    void requeue(SimThread td) {
        remove(td);
        add(td);
    }

    List<String> waiterNames() {
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(blocked[i].name);
        }
        return names;
    }
}
