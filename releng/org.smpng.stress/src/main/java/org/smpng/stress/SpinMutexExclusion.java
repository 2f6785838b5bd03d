package org.smpng.stress;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;
import org.smpng.sim.par.PrimitiveProbe;

/**
 * Mutual exclusion of the parallel engine's spin mutex (test-and-test-and-set on the lock word inside a critical
 * section): two modeled threads on two CPUs increment a plain counter under it.
 *
 * <p>Locking key: {@link #counter} is guarded by the modeled spin mutex only; the arbiter reads it after both actors.
 */
@JCStressTest
@Description("Spin mutex: two holders at once would lose an increment.")
@Outcome(id = "2", expect = Expect.ACCEPTABLE, desc = "Both increments counted: the holds never overlapped.")
@Outcome(id = "1", expect = Expect.FORBIDDEN, desc = "Lost update: both threads held the spin mutex at once.")
@State
public class SpinMutexExclusion {

    private final PrimitiveProbe probe = ProbeEngines.probe(true);
    private final Object mutex = ProbeEngines.firstLock(probe, "spin mutex");
    private long counter; // guarded by the modeled spin mutex

    private void increment(int tid) {
        PrimitiveProbe.Bound td = probe.bind(tid, tid);
        td.acquire(mutex);
        long v = counter;
        ProbeEngines.holdWindow();
        counter = v + 1;
        td.release(mutex);
    }

    @Actor
    public void thread0() {
        increment(0);
    }

    @Actor
    public void thread1() {
        increment(1);
    }

    @Arbiter
    public void arbiter(I_Result r) {
        r.r1 = (int) counter;
    }
}
