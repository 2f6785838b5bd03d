package org.smpng.sim.par;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The turnstile of one sleep mutex in the parallel engine: the threads really parked waiting for it, sorted by
 * priority, and the owner they lend their priority to.
 *
 * <pre>
 * Overview.
 *
 * After FreeBSD kern/subr_turnstile.c (5.x). FreeBSD hashes lock addresses into turnstile chains, each with a spin
 * lock (tc_lock) that serializes the MTX_CONTESTED protocol of the locks in the chain, and lets blocking threads
 * donate turnstiles. Here each SleepMutex keeps one Turnstile for life and its own chain lock ({@link #chain}): the
 * donation only saves memory, and a chain per mutex can only lower contention compared with a hash.
 *
 * The race that matters is the one between a thread about to block and the owner releasing. The blocking thread,
 * holding the chain lock, sets MTX_CONTESTED in the lock word (CAS, so a concurrent fast-path release either
 * happens before — the CAS fails, it retries — or cannot happen: the owner's fast-path CAS from "owner" to
 * "unowned" fails on the contested word and it takes the slow path, which needs the chain lock). It then enqueues
 * itself and only then releases the chain lock. The releasing owner, holding the chain lock, sees every waiter
 * that set the bit. No wakeup can be lost.
 *
 * Waiters, ts_owner and the owners' td_contested lists are guarded by sched_lock, as 5.x kept them under
 * sched_lock for propagate_priority(): propagation walks from turnstile to owner to the turnstile that owner is
 * blocked on, and needs all of them stable at once. Lock order: chain lock, then sched_lock (as in FreeBSD); never
 * the other way round.
 *
 * turnstile_signal() wakes the best waiter; the others stay, the lock word reads "unowned but contested", and the
 * next thread to take the lock claims the turnstile (turnstile_claim()) and inherits their lent priority.
 * </pre>
 *
 * <p>Locking key: (s) {@code sched_lock} for {@link #owner} and the waiters; {@link #chain} is the chain lock.
 */
final class Turnstile {

    final SleepMutex lock;
    final SpinLock chain;
    private final SpinLock schedLock;
    /** ts_owner: who the waiters lend priority to, or null between a release and the next claim. */
    KThread owner; // (s)
    private KThread[] blocked = new KThread[4]; // (s)
    private int count; // (s)

    Turnstile(SleepMutex lock, SpinLock schedLock) {
        this.lock = lock;
        this.schedLock = schedLock;
        this.chain = new SpinLock("turnstile chain " + lock.name);
    }

    /** Entry and exit: sched_lock held (or the run rests). */
    boolean isEmpty() {
        return count == 0;
    }

    /** The best waiter's priority, or Integer.MAX_VALUE. Entry and exit: sched_lock held. */
    int bestPriority() {
        return count == 0 ? Integer.MAX_VALUE : blocked[0].priority;
    }

    /** Inserts td after every waiter of the same or better priority. Entry and exit: sched_lock held. */
    void add(KThread td) {
        assert schedLock.isHeldByCurrentThread();
        if (count == blocked.length) {
            blocked = Arrays.copyOf(blocked, count * 2);
        }
        int i = count;
        while (i > 0 && blocked[i - 1].priority > td.priority) {
            blocked[i] = blocked[i - 1];
            i--;
        }
        blocked[i] = td;
        count++;
    }

    /** Entry and exit: sched_lock held. */
    void remove(KThread td) {
        assert schedLock.isHeldByCurrentThread();
        for (int i = 0; i < count; i++) {
            if (blocked[i] == td) {
                System.arraycopy(blocked, i + 1, blocked, i, count - i - 1);
                blocked[--count] = null;
                return;
            }
        }
        throw new IllegalStateException(td + " is not blocked on " + lock.name);
    }

    /** turnstile_signal()'s choice: removes and returns the best waiter. Entry and exit: sched_lock held. */
    KThread removeFirst() {
        KThread td = blocked[0];
        remove(td);
        return td;
    }

    /** turnstile_adjust(): re-sorts td after its priority changed. Entry and exit: sched_lock held. */
    void requeue(KThread td) {
        remove(td);
        add(td);
    }

    /** The waiters' names, best first. Entry and exit: sched_lock held. */
    List<String> waiterNames() {
        assert schedLock.isHeldByCurrentThread();
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(blocked[i].name);
        }
        return names;
    }
}
