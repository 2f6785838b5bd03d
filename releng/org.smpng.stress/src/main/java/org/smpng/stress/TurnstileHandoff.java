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
 * Handoff through the sleep mutex's turnstile with adaptive spinning off: the owner (modeled thread 0 on CPU 0)
 * takes the mutex and, while holding it, waits (boundedly) until the taker (thread 1 on CPU 1) is blocked on the
 * turnstile, then writes the data the mutex guards and releases. The taker must come back owning the mutex and see
 * that write. A lost wakeup leaves the taker parked for ever: its actor never finishes and the run hangs, which the
 * JUnit driver reports as a failure.
 *
 * <p>r1: the data the taker saw once it held the mutex (1: the owner's write). r2: 1 if the owner saw the taker
 * blocked on the turnstile before it released (the handoff this test is about), 0 if the taker had not arrived yet.
 *
 * <p>Locking key: {@link #data} is guarded by the modeled mutex; {@link #ownerIn} is volatile.
 */
@JCStressTest
@Description("Sleep mutex handoff: a thread blocked on the turnstile gets the mutex after the owner releases.")
@Outcome(id = "1, 1", expect = Expect.ACCEPTABLE,
        desc = "Handoff: the taker blocked on the turnstile, was woken by the release and saw the owner's write.")
@Outcome(id = "1, 0", expect = Expect.ACCEPTABLE,
        desc = "The taker arrived after the owner stopped waiting for it; it still got the mutex after the release.")
@Outcome(id = "0, .*", expect = Expect.FORBIDDEN,
        desc = "The taker held the mutex while the owner still did (it did not see the owner's write).")
@State
public class TurnstileHandoff {

    /** How long the owner waits for the taker to block (spin iterations, a yield every 64). */
    private static final int MAX_WAIT_SPINS = 1 << 14;

    private final PrimitiveProbe probe = ProbeEngines.probe(false);
    private final Object mutex = ProbeEngines.firstLock(probe, "sleep mutex");
    private volatile PrimitiveProbe.Bound taker;
    private volatile boolean ownerIn;
    private int data; // guarded by the modeled mutex

    @Actor
    public void owner(II_Result r) {
        PrimitiveProbe.Bound td = probe.bind(0, 0);
        td.acquire(mutex);
        ownerIn = true;
        PrimitiveProbe.Bound t = null;
        for (int spins = 0; t == null && spins < MAX_WAIT_SPINS; spins++) {
            t = taker;
            Thread.onSpinWait();
        }
        r.r2 = t != null && ProbeEngines.awaitBlocked(t, MAX_WAIT_SPINS) ? 1 : 0;
        data = 1;
        td.release(mutex);
    }

    @Actor
    public void taker(II_Result r) {
        PrimitiveProbe.Bound td = probe.bind(1, 1);
        taker = td;
        while (!ownerIn) {
            Thread.onSpinWait(); // the owner always gets in: it waits for nobody before acquiring
        }
        td.acquire(mutex); // blocks on the turnstile until the owner's release wakes it
        r.r1 = data;
        td.release(mutex);
    }
}
