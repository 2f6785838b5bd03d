package org.smpng.sim.par;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A host spin lock: the parallel engine's own short-term locks ({@code sched_lock}, turnstile and sleep queue chain
 * locks, sx interlocks, the callout lock), as FreeBSD uses {@code mtx_lock_spin} for them. It is not a modeled lock:
 * no observer, no statistics, never held across a context switch of a modeled thread or a park.
 *
 * <pre>{@code
 * schedLock.lock();
 * try { ... } finally { schedLock.unlock(); }
 * }</pre>
 *
 * <pre>
 * Overview.
 *
 * One word, the owning Java thread or null, set by compare-and-set (test-and-test-and-set: waiters spin reading the
 * word and only retry the CAS when it reads free, so the cache line is not bounced while held). Holds last a few
 * hundred instructions; but the host may deschedule a holder (2 host cores, many Java threads), so a waiter that
 * has spun a while yields its core instead of burning its time slice. Not recursive: recursing is a bug, asserted.
 * </pre>
 *
 * <p>Locking key: {@link #owner} is the lock word itself, written only by CAS (acquire) and by the owner (release).
 */
final class SpinLock {

    private static final VarHandle OWNER;

    static {
        try {
            OWNER = MethodHandles.lookup().findVarHandle(SpinLock.class, "owner", Thread.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Spins before a waiter yields its host core. */
    private static final int SPINS_BEFORE_YIELD = 256;

    final String name;
    @SuppressWarnings("unused") // accessed through OWNER
    private volatile Thread owner;

    SpinLock(String name) {
        this.name = name;
    }

    /** Entry: not held by the caller. Exit: held by the caller. */
    void lock() {
        Thread me = Thread.currentThread();
        assert owner != me : "recursing on spin lock " + name;
        if (OWNER.compareAndSet(this, null, me)) {
            return;
        }
        int spins = 0;
        do {
            while (owner != null) {
                if (++spins >= SPINS_BEFORE_YIELD) {
                    spins = 0;
                    Thread.yield();
                } else {
                    Thread.onSpinWait();
                }
            }
        } while (!OWNER.compareAndSet(this, null, me));
    }

    /** Entry: held by the caller. Exit: free. */
    void unlock() {
        assert owner == Thread.currentThread() : name + " released by a thread that does not hold it";
        OWNER.setRelease(this, null);
    }

    boolean isHeldByCurrentThread() {
        return owner == Thread.currentThread();
    }
}
