package org.smpng.sim.par;

/**
 * The parallel engine's virtual time: wall-clock time since the run started (minus pauses), multiplied by the
 * scale (virtual nanoseconds per wall nanosecond). Frozen while the run is paused, so a paused run's time does not
 * move and a resumed run continues where it stopped.
 *
 * <p>Locking key: the current {@link Epoch} is one immutable object behind a volatile reference, so any thread reads
 * a consistent (base, wall, frozen) triple without a lock; only the controller (the caller of run/step) replaces it,
 * and only while the run is paused or not started.
 */
final class VirtualClock {

    /** From {@code wall} on, virtual time is {@code base + (nanoTime - wall) * scale}; frozen: always base. */
    private record Epoch(long base, long wall, boolean frozen) {
    }

    final double scale;
    private volatile Epoch epoch = new Epoch(0, 0, true);

    VirtualClock(double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("the scale must be a positive number of virtual ns per wall ns, not "
                    + scale);
        }
        this.scale = scale;
    }

    /** The virtual time now; any thread. */
    long now() {
        Epoch e = epoch;
        return e.frozen ? e.base : e.base + (long) ((System.nanoTime() - e.wall) * scale);
    }

    /** How many wall nanoseconds until virtual time {@code t} (negative when past); any thread. */
    long wallNanosUntil(long t) {
        return (long) ((t - now()) / scale);
    }

    boolean frozen() {
        return epoch.frozen;
    }

    /** Starts or resumes the clock from its frozen time. Controller only. */
    void resume() {
        Epoch e = epoch;
        assert e.frozen;
        epoch = new Epoch(e.base, System.nanoTime(), false);
    }

    /** Stops the clock at the current time. Controller only. */
    void freeze() {
        Epoch e = epoch;
        if (!e.frozen) {
            epoch = new Epoch(now(), 0, true);
        }
    }
}
