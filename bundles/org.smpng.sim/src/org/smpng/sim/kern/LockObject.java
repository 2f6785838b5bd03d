package org.smpng.sim.kern;

import java.util.ArrayList;
import java.util.List;

import org.smpng.sim.Snapshots.LockSnapshot;
import org.smpng.sim.compile.CompiledScenario.LockTypeInfo;

/**
 * One lock instance ({@code struct lock_object}) with what every class shares: the type it belongs to, the owner,
 * the CPU whose cache last held its line, adaptive/spin waiters, and the statistics LOCK_PROFILING would keep.
 *
 * <p>Locking key: all mutable fields are (b), guarded by the engine's baton. In the deterministic engine the baton
 * plays the role of FreeBSD's lock word and turnstile chain locks at once: exactly one modeled thread runs
 * primitive code at a time. Each method states the lock's state on entry and exit and asserts it.
 */
public abstract class LockObject {

    public final int id;
    public final LockTypeInfo type;
    public final String name;
    final Engine engine;

    /** The exclusive owner, or null. */
    SimThread owner;
    int recursion;
    /** The CPU index whose cache last held the lock's line, or -1. */
    int lastCpu = -1;
    long acquiredAt;

    /** Threads spinning for the lock in acquisition order (spin mutexes, and sleep mutexes' adaptive spinners). */
    SimThread[] spinners = new SimThread[4];
    int spinnerCount;

    long acquisitions, contentions, waitNs, holdNs;

    LockObject(int id, LockTypeInfo type, String name, Engine engine) {
        this.id = id;
        this.type = type;
        this.name = name;
        this.engine = engine;
    }

    /** Acquires the lock for {@code td}, blocking or spinning as the class does. */
    abstract void lock(SimThread td, boolean shared);

    /** Tries once without blocking; true if {@code td} now holds the lock. */
    abstract boolean tryLock(SimThread td, boolean shared);

    /** Releases {@code td}'s most recent hold. */
    abstract void unlock(SimThread td);

    /** Whether {@code td} holds the lock (exclusively or shared); exclusive-only classes need not override this. */
    boolean heldBy(SimThread td) {
        return owner == td;
    }

    /** Adds the threads that hold the lock to {@code out} (for snapshots); shared-capable classes override this. */
    void owners(List<SimThread> out) {
        if (owner != null) {
            out.add(owner);
        }
    }

    /** How many threads hold the lock; with {@link #holder(int)}, deadlock detection walks holders allocation-free. */
    int holderCount() {
        return owner == null ? 0 : 1;
    }

    /** The i-th holder, 0 &lt;= i &lt; {@link #holderCount()}. */
    SimThread holder(int i) {
        return owner;
    }

    abstract String className();

    abstract List<String> waiterNames();

    int lentPriority() {
        return LockSnapshot.NONE;
    }

    List<String> sharerNames() {
        return List.of();
    }

    /** DDB-style picture of the lock. Called with the baton held. */
    public final LockSnapshot snapshot() {
        List<String> spin = new ArrayList<>();
        for (int i = 0; i < spinnerCount; i++) {
            spin.add(spinners[i].name);
        }
        return new LockSnapshot(name, className(), owner == null ? null : owner.name, recursion, sharerNames(),
                waiterNames(), spin, lentPriority());
    }

    void addSpinner(SimThread td) {
        if (spinnerCount == spinners.length) {
            spinners = java.util.Arrays.copyOf(spinners, spinnerCount * 2);
        }
        spinners[spinnerCount++] = td;
        td.spinningOn = this;
    }

    void removeSpinner(SimThread td) {
        for (int i = 0; i < spinnerCount; i++) {
            if (spinners[i] == td) {
                System.arraycopy(spinners, i + 1, spinners, i, spinnerCount - i - 1);
                spinners[--spinnerCount] = null;
                td.spinningOn = null;
                return;
            }
        }
        throw new IllegalStateException(td + " is not spinning on " + name);
    }

    SimThread removeFirstSpinner() {
        SimThread td = spinners[0];
        removeSpinner(td);
        return td;
    }

    /**
     * Makes {@code td} the exclusive owner: statistics, observer, and the cache-line transfer from the CPU that last
     * held the line, which {@code td} pays as {@code kind} time unless {@code charge} is false (a spinner that was
     * handed the lock pays it in its grant). Returns the transfer cost.
     */
    long take(SimThread td) {
        owner = td;
        acquiredAt = engine.now;
        acquisitions++;
        engine.observer.lockAcquired(engine.now, td.tid, id, false, td.site);
        int cpu = td.cpu == null ? td.lastCpu : td.cpu.index;
        long cost = engine.scenario.machine.transferCost(lastCpu, cpu);
        lastCpu = cpu;
        return cost;
    }

    /** Ends the owner's hold: statistics and observer. The caller clears {@link #owner}. */
    void endHold(SimThread td) {
        holdNs += engine.now - acquiredAt;
        engine.observer.lockReleased(engine.now, td.tid, id, td.site);
        if (td.cpu != null) {
            lastCpu = td.cpu.index;
        }
    }

    /** Time the lock has been held including a hold still in progress (for the results). */
    long holdNsUntilNow() {
        return holdNs + (owner != null ? engine.now - acquiredAt : 0);
    }

    @Override
    public String toString() {
        return name;
    }
}
