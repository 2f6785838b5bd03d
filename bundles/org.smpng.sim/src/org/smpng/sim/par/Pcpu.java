package org.smpng.sim.par;

/**
 * A modeled CPU of the parallel engine ({@code struct pcpu}): the thread dispatched on it (null: its idle thread),
 * the pending preemption flag and the time accounting behind the utilisation split.
 *
 * <p>Locking key: (s) {@code sched_lock} for {@link #current}, {@link #quantumExpired} and {@link #switches};
 * {@link #owepreempt} is set under {@code sched_lock} by whoever asks for a preemption and cleared by the CPU's own
 * thread, and is volatile because the running thread polls it without the lock at its preemption points. (o) the
 * accounting fields belong to the CPU's owner: its current thread while one runs, else the holder of
 * {@code sched_lock} (a switch to or from idle happens under it); results read them only once the run rests.
 */
final class Pcpu {

    static final int USER = 0, KERNEL = 1, SPIN = 2, INTR = 3, IDLE = 4, BUCKETS = 5;

    final int index, cpuId;
    volatile KThread current; // (s)
    volatile boolean owepreempt; // (s) set, (o) cleared
    boolean quantumExpired; // (s)
    long switches; // (s)

    volatile int bucket = IDLE; // (o), volatile for snapshots
    long bucketSince; // (o)
    final long[] time = new long[BUCKETS]; // (o)

    Pcpu(int index, int cpuId) {
        this.index = index;
        this.cpuId = cpuId;
    }

    /** Charges the time since the last change to the current bucket and starts {@code newBucket}. Owner only. */
    void account(long now, int newBucket) {
        if (now > bucketSince) {
            time[bucket] += now - bucketSince;
            bucketSince = now;
        }
        bucket = newBucket;
    }
}
