package org.smpng.sim.kern;

/**
 * A logical CPU ({@code struct pcpu}): the thread it runs ({@code pc_curthread}; null means its idle thread), its
 * own run queue under ULE, whether an IPI to it is in flight, the pending preemption flag ({@code td_owepreempt}
 * of the current thread, kept here) and the time accounting that gives the utilisation split.
 *
 * <p>Locking key: (b) the engine's baton for all mutable fields.
 */
public final class Cpu {

    /** Time accounting buckets. */
    public static final int USER = 0, KERNEL = 1, SPIN = 2, INTR = 3, IDLE = 4, BUCKETS = 5;

    public final int index;
    public final int cpuId;
    SimThread current;
    boolean owepreempt;
    /** Set with owepreempt when the quantum expired, so the switch puts the thread at the tail (round robin). */
    boolean quantumExpired;
    long sliceEnd;
    /** An IPI to this CPU is on its way: it is not offered a thread nor sent another until it arrives. */
    boolean ipiPending;
    /** ULE's per-CPU run queue (struct tdq's queue); unused under 4BSD, whose one queue is global. */
    final RunQueue tdq = new RunQueue();
    int bucket = IDLE;
    long bucketSince;
    final long[] time = new long[BUCKETS];
    long switches;

    Cpu(int index, int cpuId) {
        this.index = index;
        this.cpuId = cpuId;
    }

    void account(long now, int newBucket) {
        time[bucket] += now - bucketSince;
        bucketSince = now;
        bucket = newBucket;
    }

    public SimThread current() {
        return current;
    }

    /** ULE's tdq_load: the thread running (not the idle thread) plus the threads on this CPU's queue. */
    int load() {
        return (current != null ? 1 : 0) + tdq.size();
    }
}
