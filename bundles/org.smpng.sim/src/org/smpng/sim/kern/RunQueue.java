package org.smpng.sim.kern;

/**
 * A run queue in the shape of FreeBSD's {@code struct runq} (sys/runq.h, kern/kern_switch.c): {@link #RQ_NQS} FIFO
 * queues of {@link #RQ_PPQ} priorities each, and a status bitmap with one bit per non-empty queue, so that
 * {@link #choose()} finds the best (numerically lowest) non-empty queue with one find-first-set, as
 * {@code runq_choose()} does with {@code RQB_FFS}. Within a queue threads are FIFO; {@code runq_add()} with
 * {@code SRQ_PREEMPTED} puts a preempted thread at the head instead.
 *
 * <p>Queues are intrusive doubly linked lists through {@link SimThread#rqNext}/{@link SimThread#rqPrev}, so adding
 * and removing never allocate.
 *
 * <p>Locking key: (b) the engine's baton (FreeBSD: {@code sched_lock} for 4BSD's global queue).
 */
public final class RunQueue {

    public static final int RQ_NQS = 64, RQ_PPQ = 4;

    /** rq_status: bit q set iff queue q is non-empty (RQB_LEN = 1 word of 64 bits). */
    private long status;
    private final SimThread[] head = new SimThread[RQ_NQS];
    private final SimThread[] tail = new SimThread[RQ_NQS];
    private int count;

    /** runq_add: appends {@code td} to the queue of its current priority ({@code td_priority / RQ_PPQ}). */
    public void add(SimThread td, boolean atHead) {
        assert td.rqIndex < 0 : td + " is already on a run queue";
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

    /** runq_remove: takes {@code td} off its queue, clearing the status bit when the queue empties. */
    public void remove(SimThread td) {
        int q = td.rqIndex;
        assert q >= 0 : td + " is not on a run queue";
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

    /** runq_choose: the first thread of the best non-empty queue, still on the queue, or null. */
    public SimThread choose() {
        return status == 0 ? null : head[Long.numberOfTrailingZeros(status)];
    }

    /** The best priority queued ({@code queue * RQ_PPQ}'s best member), or Integer.MAX_VALUE when empty. */
    public int bestPriority() {
        SimThread td = choose();
        return td == null ? Integer.MAX_VALUE : td.priority;
    }

    /** The status bitmap (for tests and snapshots). */
    public long status() {
        return status;
    }

    public int size() {
        return count;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** The threads of queue {@code q}, head first. */
    public SimThread[] queue(int q) {
        int n = 0;
        for (SimThread t = head[q]; t != null; t = t.rqNext) {
            n++;
        }
        SimThread[] a = new SimThread[n];
        n = 0;
        for (SimThread t = head[q]; t != null; t = t.rqNext) {
            a[n++] = t;
        }
        return a;
    }
}
