package org.smpng.sim.par;

/**
 * The 4BSD global run queue of the parallel engine, FreeBSD's {@code struct runq} shape (sys/runq.h,
 * kern/kern_switch.c): {@link #RQ_NQS} FIFO queues of {@link #RQ_PPQ} priorities each and a status bitmap, so
 * {@link #choose()} finds the best non-empty queue with one find-first-set ({@code RQB_FFS}). Intrusive lists
 * through {@link KThread#rqNext}/{@link KThread#rqPrev}: adding and removing never allocate. The deterministic
 * engine's {@code kern.RunQueue} has the same shape over its own thread class; the two thread classes differ in
 * their locking (baton there, {@code sched_lock} here), so each engine keeps its own queue.
 *
 * <p>Locking key: (s) {@code sched_lock} for everything; every method asserts it.
 */
final class RunQueue {

    static final int RQ_NQS = 64, RQ_PPQ = 4;

    private final SpinLock schedLock;
    private long status;
    private final KThread[] head = new KThread[RQ_NQS];
    private final KThread[] tail = new KThread[RQ_NQS];
    private int count;

    RunQueue(SpinLock schedLock) {
        this.schedLock = schedLock;
    }

    /** runq_add; {@code atHead} for a preempted thread (SRQ_PREEMPTED). Entry and exit: sched_lock held. */
    void add(KThread td, boolean atHead) {
        assert schedLock.isHeldByCurrentThread();
        assert td.rqIndex < 0 : td + " is already on the run queue";
        int q = td.priority / RQ_PPQ;
        td.rqIndex = q;
        if (head[q] == null) {
            head[q] = tail[q] = td;
            td.rqNext = td.rqPrev = null;
            status |= 1L << q;
        } else if (atHead) {
            td.rqPrev = null;
            td.rqNext = head[q];
            head[q].rqPrev = td;
            head[q] = td;
        } else {
            td.rqNext = null;
            td.rqPrev = tail[q];
            tail[q].rqNext = td;
            tail[q] = td;
        }
        count++;
    }

    /** runq_remove. Entry and exit: sched_lock held. */
    void remove(KThread td) {
        assert schedLock.isHeldByCurrentThread();
        int q = td.rqIndex;
        assert q >= 0 : td + " is not on the run queue";
        if (td.rqPrev == null) {
            head[q] = td.rqNext;
        } else {
            td.rqPrev.rqNext = td.rqNext;
        }
        if (td.rqNext == null) {
            tail[q] = td.rqPrev;
        } else {
            td.rqNext.rqPrev = td.rqPrev;
        }
        td.rqNext = td.rqPrev = null;
        td.rqIndex = -1;
        if (head[q] == null) {
            status &= ~(1L << q);
        }
        count--;
    }

    /** runq_choose: the best thread, left on the queue, or null. Entry and exit: sched_lock held. */
    KThread choose() {
        assert schedLock.isHeldByCurrentThread();
        return status == 0 ? null : head[Long.numberOfTrailingZeros(status)];
    }

    /** The best priority queued, or Integer.MAX_VALUE. Entry and exit: sched_lock held. */
    int bestPriority() {
        KThread td = choose();
        return td == null ? Integer.MAX_VALUE : td.priority;
    }

    int size() {
        return count;
    }

    /** Appends the threads of every queue, best queue first. Entry and exit: sched_lock held. */
    void appendAll(java.util.List<KThread> out) {
        assert schedLock.isHeldByCurrentThread();
        for (int q = 0; q < RQ_NQS; q++) {
            for (KThread t = head[q]; t != null; t = t.rqNext) {
                out.add(t);
            }
        }
    }
}
