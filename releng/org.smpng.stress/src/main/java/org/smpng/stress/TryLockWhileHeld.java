package org.smpng.stress;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;
import org.smpng.sim.par.PrimitiveProbe;

/**
 * mtx_trylock on the parallel engine's sleep mutex never succeeds while another thread holds it: the holder moves
 * the guarded value from 0 through 1 to 2 inside one hold, so a try that succeeded in the middle of that hold would
 * see 1. The trier keeps trying (taking and releasing the mutex on each success) until it sees the holder done or a
 * bound is reached, so that its tries span the holder's hold instead of landing before or after it.
 *
 * <p>r1: 1 if a successful try saw the middle value. r2: 1 if some try failed (it fell inside the hold).
 *
 * <p>Locking key: {@link #value} is guarded by the modeled mutex.
 */
@JCStressTest
@Description("Sleep mutex: mtx_trylock fails while another thread holds the mutex.")
@Outcome(id = "0, 1", expect = Expect.ACCEPTABLE,
        desc = "Tries failed while the other thread held the mutex; the successful ones fell outside its hold.")
@Outcome(id = "0, 0", expect = Expect.ACCEPTABLE, desc = "No try fell inside the other thread's hold.")
@Outcome(id = "1, .*", expect = Expect.FORBIDDEN, desc = "A try succeeded while the other thread held the mutex.")
@State
public class TryLockWhileHeld {

    /** Tries before the trier gives up waiting for the holder. */
    private static final int MAX_TRIES = 1024;

    private final PrimitiveProbe probe = ProbeEngines.probe(true);
    private final Object mutex = ProbeEngines.firstLock(probe, "sleep mutex");
    /** Guarded by the modeled mutex; volatile only so that the JIT keeps the middle store (not for ordering). */
    private volatile int value;

    @Actor
    public void holder() {
        PrimitiveProbe.Bound td = probe.bind(0, 0);
        td.acquire(mutex);
        value = 1;
        ProbeEngines.holdWindow(); // hold the middle state a while
        value = 2;
        td.release(mutex);
    }

    @Actor
    public void trier(II_Result r) {
        PrimitiveProbe.Bound td = probe.bind(1, 1);
        for (int tries = 0; tries < MAX_TRIES; tries++) {
            if (td.tryAcquire(mutex)) {
                int v = value;
                td.release(mutex);
                if (v == 1) {
                    r.r1 = 1;
                }
                if (v == 2) {
                    return; // the holder is done
                }
            } else {
                r.r2 = 1;
            }
            Thread.onSpinWait();
        }
    }
}
