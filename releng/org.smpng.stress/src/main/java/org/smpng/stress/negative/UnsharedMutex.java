package org.smpng.stress.negative;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;
import org.smpng.sim.par.PrimitiveProbe;
import org.smpng.stress.ProbeEngines;

/**
 * Negative control, EXPECTED TO FAIL: {@code SleepMutexExclusion.AdaptiveSpinning} with the mutual exclusion
 * taken away. Each actor takes a different sleep mutex instance, so the counter is not guarded at all and the
 * lost update the real test forbids must show up. It proves that the harness (these actors, this result encoding,
 * jcstress's run of the engine's primitives and the JUnit driver's reading of the report) can detect a broken lock:
 * the driver runs it separately and fails if it does NOT report FORBIDDEN. {@code ./smpng stress} leaves it out.
 *
 * <p>Locking key: none, deliberately; {@link #counter} is what two unrelated mutexes fail to guard.
 */
@JCStressTest
@Description("NEGATIVE CONTROL (expected to fail): each thread takes its own mutex, so increments get lost.")
@Outcome(id = "2", expect = Expect.ACCEPTABLE, desc = "Both increments counted: the threads happened not to overlap.")
@Outcome(id = "1", expect = Expect.FORBIDDEN, desc = "Lost update: detected, as a control must be.")
@State
public class UnsharedMutex {

    private final PrimitiveProbe probe = ProbeEngines.probe(true);
    private final Object mutex0 = probe.resolve(probe.lockNames("sleep mutex").get(0));
    private final Object mutex1 = probe.resolve(probe.lockNames("sleep mutex").get(1));
    private long counter;

    private void increment(int tid, Object mutex) {
        PrimitiveProbe.Bound td = probe.bind(tid, tid);
        td.acquire(mutex);
        long v = counter;
        ProbeEngines.holdWindow();
        counter = v + 1;
        td.release(mutex);
    }

    @Actor
    public void thread0() {
        increment(0, mutex0);
    }

    @Actor
    public void thread1() {
        increment(1, mutex1);
    }

    @Arbiter
    public void arbiter(I_Result r) {
        r.r1 = (int) counter;
    }
}
