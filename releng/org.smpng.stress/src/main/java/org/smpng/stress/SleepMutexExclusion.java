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
 * Mutual exclusion of the parallel engine's sleep mutex (CAS lock word, adaptive spinning, turnstile): two modeled
 * threads on two CPUs, each run by its own jcstress actor thread, increment a plain counter under the mutex. Two
 * variants: adaptive spinning on (the loser usually spins on the running owner) and off (the loser blocks on the
 * turnstile and the release must wake it).
 *
 * <p>Locking key: {@link #counter} is guarded by the modeled mutex only; the arbiter reads it after both actors.
 */
public final class SleepMutexExclusion {

    private SleepMutexExclusion() {
    }

    /** The shared body of both variants. */
    abstract static class Counter {
        final PrimitiveProbe probe;
        final Object mutex;
        long counter; // guarded by the modeled mutex

        Counter(boolean adaptiveSpinning) {
            probe = ProbeEngines.probe(adaptiveSpinning);
            mutex = ProbeEngines.firstLock(probe, "sleep mutex");
        }

        /** mtx_lock, a read-modify-write of the counter, mtx_unlock, as modeled thread {@code tid} on CPU tid. */
        void increment(int tid) {
            PrimitiveProbe.Bound td = probe.bind(tid, tid);
            td.acquire(mutex);
            long v = counter;
            ProbeEngines.holdWindow(); // the window a lost update needs
            counter = v + 1;
            td.release(mutex);
        }
    }

    @JCStressTest
    @Description("Sleep mutex with adaptive spinning: two holders at once would lose an increment.")
    @Outcome(id = "2", expect = Expect.ACCEPTABLE, desc = "Both increments counted: the holds never overlapped.")
    @Outcome(id = "1", expect = Expect.FORBIDDEN, desc = "Lost update: both threads held the mutex at once.")
    @State
    public static class AdaptiveSpinning extends Counter {
        public AdaptiveSpinning() {
            super(true);
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

    @JCStressTest
    @Description("Sleep mutex without adaptive spinning: the loser blocks on the turnstile and must be woken.")
    @Outcome(id = "2", expect = Expect.ACCEPTABLE, desc = "Both increments counted: the holds never overlapped.")
    @Outcome(id = "1", expect = Expect.FORBIDDEN, desc = "Lost update: both threads held the mutex at once.")
    @State
    public static class TurnstileOnly extends Counter {
        public TurnstileOnly() {
            super(false);
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
}
