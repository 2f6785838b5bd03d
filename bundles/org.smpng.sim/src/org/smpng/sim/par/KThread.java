package org.smpng.sim.par;

import java.util.Arrays;

import org.smpng.sim.kern.Rng;

/**
 * A modeled kernel thread of the parallel engine ({@code struct thread}): a user thread in its syscalls or an
 * interrupt thread, executed by its own Java thread, which runs modeled code only while the thread is dispatched on
 * a modeled CPU ({@link #cpu} not null) and otherwise parks.
 *
 * <p>Locking key, after sys/proc.h:
 * <ul>
 * <li>(s) {@code sched_lock}: state, priority, cpu, lastCpu, run queue linkage, blockedOn, contested, pending,
 * switches, preemptions. {@link #state}, {@link #priority} and {@link #cpu} are volatile so that the adaptive spin
 * loop and the watchdog may read them without the lock ({@code TD_IS_RUNNING(owner)} is such a racy read in
 * FreeBSD too).</li>
 * <li>(c) the chain lock of the sleep queue the thread sleeps on: sleepingOn, sleepSeq.</li>
 * <li>(t) the thread itself (only its own Java thread touches them): critnest, held, site, rng, op counters.</li>
 * <li>(w) volatile, written by the thread itself, read by the deadlock watchdog: waitingFor, waitSeq.</li>
 * </ul>
 */
final class KThread {

    /** td_state with the inhibitors folded in (sys/proc.h: TDS_*, TDI_*), as in the deterministic engine. */
    static final int TDS_INACTIVE = 0, TDS_RUNQ = 1, TDS_RUNNING = 2, TDI_LOCK = 3, TDI_SLEEPING = 4,
            TDI_IWAIT = 5;
    static final String[] STATE_NAMES = { "inactive", "runq", "running", "lock", "sleep", "iwait" };

    final int tid;
    final String name;
    final int basePriority;
    final boolean ithread;
    final int processIndex, device;
    /** The thread group (user threads) or -1 - interrupt source (interrupt threads). */
    final int group;
    final Rng rng; // (t)

    volatile int priority; // (s)
    volatile int state = TDS_INACTIVE; // (s)
    volatile Pcpu cpu; // (s)
    int lastCpu = -1; // (s)
    KThread rqNext, rqPrev; // (s)
    int rqIndex = -1; // (s)
    Turnstile blockedOn; // (s)
    Turnstile[] contested = new Turnstile[4]; // (s)
    int contestedCount; // (s)
    int pending; // (s) interrupts asserted and not yet handled
    long switches, preemptions; // (s)

    SleepQueue sleepingOn; // (c)
    int sleepSeq; // (c)

    volatile ParLock waitingFor; // (w)
    volatile int waitSeq; // (w)

    int critnest; // (t)
    ParLock[] held = new ParLock[16]; // (t)
    int heldCount; // (t)
    int site = -1; // (t)
    final long[] opCount, opLatency; // (t)

    Thread javaThread;

    KThread(int tid, String name, int basePriority, boolean ithread, int processIndex, int device, int group, Rng rng,
            int operations) {
        this.tid = tid;
        this.name = name;
        this.basePriority = basePriority;
        this.priority = basePriority;
        this.ithread = ithread;
        this.processIndex = processIndex;
        this.device = device;
        this.group = group;
        this.rng = rng;
        this.opCount = new long[operations];
        this.opLatency = new long[operations];
    }

    void pushHeld(ParLock l) {
        if (heldCount == held.length) {
            held = Arrays.copyOf(held, heldCount * 2);
        }
        held[heldCount++] = l;
    }

    /** Removes the most recent hold of lock type {@code type}; returns it, or null. */
    ParLock popHeld(int type) {
        for (int i = heldCount - 1; i >= 0; i--) {
            if (held[i].type.id() == type) {
                ParLock l = held[i];
                System.arraycopy(held, i + 1, held, i, heldCount - i - 1);
                held[--heldCount] = null;
                return l;
            }
        }
        return null;
    }

    ParLock findHeld(int type) {
        for (int i = heldCount - 1; i >= 0; i--) {
            if (held[i].type.id() == type) {
                return held[i];
            }
        }
        return null;
    }

    int countHeld(int type) {
        int n = 0;
        for (int i = 0; i < heldCount; i++) {
            if (held[i].type.id() == type) {
                n++;
            }
        }
        return n;
    }

    /** Entry and exit: sched_lock held. */
    void addContested(Turnstile ts) {
        if (contestedCount == contested.length) {
            contested = Arrays.copyOf(contested, contestedCount * 2);
        }
        contested[contestedCount++] = ts;
    }

    /** Entry and exit: sched_lock held. */
    void removeContested(Turnstile ts) {
        for (int i = 0; i < contestedCount; i++) {
            if (contested[i] == ts) {
                System.arraycopy(contested, i + 1, contested, i, contestedCount - i - 1);
                contested[--contestedCount] = null;
                return;
            }
        }
        throw new IllegalStateException(name + " does not own the turnstile of " + ts.lock.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
