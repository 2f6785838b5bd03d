package org.smpng.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.smpng.sim.tests.Fixtures.acquire;
import static org.smpng.sim.tests.Fixtures.exponential;
import static org.smpng.sim.tests.Fixtures.release;
import static org.smpng.sim.tests.Fixtures.work;

import org.junit.jupiter.api.Test;
import org.smpng.model.kernel.CodePath;
import org.smpng.model.kernel.LockType;
import org.smpng.sim.SimObserver;
import org.smpng.sim.SimResults;
import org.smpng.sim.compile.CompiledScenario;

/**
 * An M/M/1 check of the lock machinery: requests arrive at one sleep mutex as a Poisson process (the sum of many
 * independent interrupt sources), hold it for an exponential time, and wait in FIFO order by adaptive spinning with
 * free handoff (no cache-line cost, no context-switch cost, a CPU for every source). The mean wait must match
 * queueing theory, Wq = rho / (1 - rho) * S, within 5% over 200,000 requests. (Measured: about -2.7%. Part of that
 * is real: each source is one interrupt thread, so a request arriving while its source's previous request is still
 * waiting is held back, which makes the merged arrivals slightly smoother than Poisson.)
 */
class QueueingTest {

    @Test
    void meanWaitForASingleLockMatchesMM1() throws Exception {
        int sources = 100;
        double service = 10_000, rho = 0.5;
        double lambda = rho / (service / 1e9); // per second
        Fixtures.Model m = new Fixtures.Model("mm1", sources + 8).settings(true, true, 1_000_000_000L);
        LockType l = m.mutex("L");
        CodePath handler = m.path("handler", acquire(l), work(exponential(service)), release(l));
        for (int i = 0; i < sources; i++) {
            m.interrupt("src" + i, lambda / sources, handler);
        }
        CompiledScenario c = m.compile();
        CompiledScenario.Settings s = c.settings;
        c = c.withSettings(new CompiledScenario.Settings(s.preemption(), s.adaptiveSpinning(), 11, s.durationNs(), 0,
                s.quantumNs(), s.tryBackoffNs(), s.scheduler(), s.ipiLatencyNs()));
        long requests = 0;
        double waitNs = 0, holdNs = 0, timeNs = 0;
        for (long seed = 1; seed <= 4; seed++) {
            SimResults r = Fixtures.run(c, seed, SimObserver.NONE);
            assertNull(r.failure());
            SimResults.LockResult lock = r.locks().stream().filter(x -> x.name().equals("L")).findFirst()
                    .orElseThrow();
            requests += lock.acquisitions();
            waitNs += lock.waitNs();
            holdNs += lock.holdNs();
            timeNs += r.endTimeNs();
        }
        double utilisation = holdNs / timeNs, meanService = holdNs / requests, meanWait = waitNs / requests;
        double theory = utilisation / (1 - utilisation) * meanService;
        System.out.printf("M/M/1: %d requests, lock utilisation %.4f (offered %.2f), mean service %.0f ns, mean wait"
                + " %.0f ns, theory %.0f ns (%+.1f%%)%n", requests, utilisation, rho, meanService, meanWait, theory,
                100 * (meanWait - theory) / theory);
        assertEquals(rho, utilisation, 0.01);
        assertEquals(service, meanService, 0.02 * service);
        assertEquals(theory, meanWait, 0.05 * theory);
    }
}
