package org.smpng.stress;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;
import org.openjdk.jcstress.infra.results.I_Result;
import org.smpng.sim.par.PrimitiveProbe;

/**
 * Shared/exclusive exclusion of the parallel engine's sx lock (interlock, count, two sleep queues): an exclusive
 * holder never overlaps a shared holder or another exclusive holder.
 *
 * <p>Locking key: the counters are guarded by the modeled sx lock (written exclusively, read shared); the arbiter
 * reads them after both actors.
 */
public final class SxExclusion {

    private SxExclusion() {
    }

    /**
     * A writer (sx_xlock) increments the value while a reader (sx_slock) reads it twice with a pause between; a
     * reader overlapping the writer could see it change between its two reads.
     */
    @JCStressTest
    @Description("sx: a shared holder never sees an exclusive holder's update in progress.")
    @Outcome(id = "0, 0, 1", expect = Expect.ACCEPTABLE, desc = "The reader held the lock shared before the writer.")
    @Outcome(id = "1, 1, 1", expect = Expect.ACCEPTABLE, desc = "The reader held the lock shared after the writer.")
    @Outcome(id = "0, 1, 1", expect = Expect.FORBIDDEN,
            desc = "The value changed under a shared hold: reader and writer held the sx at once.")
    @Outcome(id = ".*", expect = Expect.FORBIDDEN, desc = "Anything else: a lost or torn update.")
    @State
    public static class SharedExclusive {
        private final PrimitiveProbe probe = ProbeEngines.probe(true);
        private final Object sx = ProbeEngines.firstLock(probe, "sx");
        /** Guarded by the modeled sx; volatile only so that the JIT keeps both of the reader's loads. */
        private volatile int value;

        @Actor
        public void writer() {
            PrimitiveProbe.Bound td = probe.bind(0, 0);
            td.acquire(sx);
            int v = value;
            ProbeEngines.holdWindow();
            value = v + 1;
            td.release(sx);
        }

        @Actor
        public void reader(III_Result r) {
            PrimitiveProbe.Bound td = probe.bind(1, 1);
            td.acquireShared(sx);
            r.r1 = value;
            ProbeEngines.holdWindow(); // time for an overlapping writer to store
            r.r2 = value;
            td.release(sx);
        }

        @Arbiter
        public void arbiter(III_Result r) {
            r.r3 = value;
        }
    }

    /** Two exclusive holders (sx_xlock) increment a plain counter: a lost increment means they overlapped. */
    @JCStressTest
    @Description("sx: two exclusive holders never overlap.")
    @Outcome(id = "2", expect = Expect.ACCEPTABLE, desc = "Both increments counted: the holds never overlapped.")
    @Outcome(id = "1", expect = Expect.FORBIDDEN, desc = "Lost update: both threads held the sx exclusively at once.")
    @State
    public static class ExclusiveExclusive {
        private final PrimitiveProbe probe = ProbeEngines.probe(true);
        private final Object sx = ProbeEngines.firstLock(probe, "sx");
        private int counter; // guarded by the modeled sx

        private void increment(int tid) {
            PrimitiveProbe.Bound td = probe.bind(tid, tid);
            td.acquire(sx);
            int v = counter;
            ProbeEngines.holdWindow();
            counter = v + 1;
            td.release(sx);
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
            r.r1 = counter;
        }
    }
}
