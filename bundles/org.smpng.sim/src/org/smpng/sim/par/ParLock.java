package org.smpng.sim.par;

import java.util.List;

import org.smpng.sim.Snapshots.LockSnapshot;
import org.smpng.sim.compile.CompiledScenario.LockTypeInfo;

/**
 * One lock instance of the parallel engine ({@code struct lock_object}): its type and name, and the statistics
 * LOCK_PROFILING would keep. The subclasses are real concurrent objects: modeled threads running on different host
 * cores acquire them at the same time.
 *
 * <p>Hold times are sampled, as LOCK_PROFILING can be told to: one exclusive hold in {@link #HOLD_SAMPLE} is
 * timed, and the total is estimated from the sampled ones. Reading the host clock costs far more than the lock
 * itself (System.nanoTime took 230 to 900 ns on the sandboxed build host, where two reads per hold made the
 * uncontended acquire and release nine times dearer than ReentrantLock's), so the fast path reads it only for the
 * sampled holds. Waits are always timed: they are slow anyway.
 *
 * <p>Locking key: (o) the statistics are written only by a holder of the lock itself (exclusive holders write them
 * while they hold it; shared holders of an sx under its interlock), so they need no other lock; results read them
 * once the run rests.
 */
abstract class ParLock {

    final int id;
    final LockTypeInfo type;
    final String name;
    final ParEngine engine;

    /** One exclusive hold in this many is timed (a power of two). */
    static final int HOLD_SAMPLE = 64;

    long acquisitions, contentions, waitNs; // (o)
    /** When the current exclusive hold began, or -1 if it is not a sampled one. */
    long acquiredAt = -1; // (o)
    /** Exclusive holds ended, how many of them were timed, and their total length. */
    long exclusiveHolds, sampledHolds, sampledHoldNs; // (o)
    /** Time held shared (sx), measured exactly from the first reader in to the last one out. */
    long sharedHoldNs; // (o)
    /** The CPU index whose cache last held the lock's line, or -1. */
    int lastCpu = -1; // (o)

    ParLock(int id, LockTypeInfo type, String name, ParEngine engine) {
        this.id = id;
        this.type = type;
        this.name = name;
        this.engine = engine;
    }

    /** Acquires the lock for {@code td}, spinning or blocking as the class does. Entry: td runs on a CPU. */
    abstract void lock(KThread td, boolean shared);

    /** One attempt that never waits; true if td now holds the lock. */
    abstract boolean tryLock(KThread td, boolean shared);

    /** Releases td's most recent hold. */
    abstract void unlock(KThread td);

    /** Whether td holds it exclusively with recursion (msleep refuses a recursed interlock). Holder only. */
    abstract boolean recursed(KThread td);

    /** Adds the threads holding the lock now; any thread (a racy but self-consistent read, for the watchdog). */
    abstract void holders(List<KThread> out);

    /** A DDB-style picture of the lock; any thread. */
    abstract LockSnapshot snapshot();

    abstract String className();

    /**
     * Bookkeeping of a new exclusive hold: statistics, the observer (after the lock word changed hands, so an
     * observer sees the previous holder's release first), and the cache-line transfer from the CPU that last held
     * the line. Returns the transfer's cost for the caller to spend. Entry and exit: td holds the lock.
     */
    final long acquired(KThread td, boolean shared, long waitStart) {
        long now = -1;
        acquisitions++;
        if (waitStart >= 0) {
            now = engine.clock.now();
            contentions++;
            waitNs += now - waitStart;
        }
        if (!shared) {
            acquiredAt = (acquisitions & (HOLD_SAMPLE - 1)) != 0 ? -1 : now >= 0 ? now : engine.clock.now();
        }
        engine.observeAcquired(td, this, shared);
        Pcpu c = td.cpu;
        long cost = engine.scenario.machine.transferCost(lastCpu, c.index);
        lastCpu = c.index;
        return cost;
    }

    /** Bookkeeping of the end of an exclusive hold, before the lock word is released. Entry: td holds the lock. */
    final void releasing(KThread td) {
        exclusiveHolds++;
        if (acquiredAt >= 0) {
            sampledHolds++;
            sampledHoldNs += engine.clock.now() - acquiredAt;
        }
        engine.observeReleased(td, this);
        lastCpu = td.cpu.index;
    }

    /**
     * Time held: shared holds exactly, exclusive holds estimated from the sampled ones (including a sampled hold in
     * progress). Once the run rests.
     */
    long holdNsUntil(long now, boolean held) {
        double exclusive = sampledHolds == 0 ? 0 : (double) sampledHoldNs * exclusiveHolds / sampledHolds;
        return sharedHoldNs + Math.round(exclusive) + (held && acquiredAt >= 0 ? now - acquiredAt : 0);
    }

    abstract boolean isHeld();

    @Override
    public String toString() {
        return name;
    }
}
