package org.smpng.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smpng.sim.tests.Fixtures.acquire;
import static org.smpng.sim.tests.Fixtures.exponential;
import static org.smpng.sim.tests.Fixtures.fixed;
import static org.smpng.sim.tests.Fixtures.release;
import static org.smpng.sim.tests.Fixtures.work;

import org.junit.jupiter.api.Test;
import org.smpng.model.kernel.CodePath;
import org.smpng.model.kernel.Distribution;
import org.smpng.model.kernel.LockType;
import org.smpng.sim.SimObserver;
import org.smpng.sim.SimResults;
import org.smpng.sim.compile.CompiledScenario;

/**
 * Validation against analytic results (docs/validation.md quotes the tables these tests print).
 *
 * <p>Single lock: requests arrive at one sleep mutex as a Poisson process (the sum of many independent interrupt
 * sources), hold it for the service time, and wait in FIFO order by adaptive spinning with free handoff (no
 * cache-line cost, no context-switch cost, a CPU for every source). The mean wait must match queueing theory within
 * 5% over about 200,000 requests: M/M/1 (exponential service), Wq = rho / (1 - rho) * S, and M/D/1 (fixed service,
 * Pollaczek-Khinchine), Wq = rho / (2 mu (1 - rho)) = rho / (1 - rho) * S / 2. The measured waits come out a few
 * percent short, and part of that is real: each source is one interrupt thread, so a request arriving while its
 * source's previous request is still waiting is held back, which makes the merged arrivals slightly smoother than
 * Poisson.
 *
 * <p>Giant bound: a workload whose threads hold Giant for a fraction f of their time cannot run more than 1/f times
 * faster on any number of CPUs, because Giant is one lock.
 */
class QueueingTest {

    /** Measured mean wait, theory, utilisation and mean service of one lock under Poisson arrivals. */
    private record Queue(long requests, double utilisation, double meanService, double meanWait, double theory) {
        double error() {
            return (meanWait - theory) / theory;
        }
    }

    /**
     * Runs 100 Poisson sources into one lock at offered load {@code rho} with service {@code service} (mean
     * {@code meanService}); {@code deterministic} selects the M/D/1 formula.
     */
    private static Queue singleLock(String name, Distribution service, double meanService, double rho,
            boolean deterministic) throws Exception {
        int sources = 100;
        double lambda = rho / (meanService / 1e9); // per second
        Fixtures.Model m = new Fixtures.Model(name, sources + 8).settings(true, true, 1_000_000_000L);
        LockType l = m.mutex("L");
        CodePath handler = m.path("handler", acquire(l), work(service), release(l));
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
        double utilisation = holdNs / timeNs, mean = holdNs / requests, wait = waitNs / requests;
        double theory = utilisation / (1 - utilisation) * mean * (deterministic ? 0.5 : 1);
        Queue q = new Queue(requests, utilisation, mean, wait, theory);
        System.out.printf("| %-5s | %7d | %.4f (offered %.2f) | %6.0f | %6.0f | %6.0f | %+5.1f%% |%n", name, requests,
                utilisation, rho, mean, wait, theory, 100 * q.error());
        return q;
    }

    @Test
    void meanWaitForASingleLockMatchesMM1AndMD1() throws Exception {
        double service = 10_000, rho = 0.5;
        System.out.println("Single lock under Poisson arrivals, 4 seeds x 1 s virtual (times in ns):");
        System.out.println("| model | requests | lock utilisation | mean service | mean wait | theory Wq | error |");
        System.out.println("|-------|---------:|-----------------:|-------------:|----------:|----------:|------:|");
        Queue mm1 = singleLock("M/M/1", exponential(service), service, rho, false);
        Queue md1 = singleLock("M/D/1", fixed(service), service, rho, true);
        for (Queue q : new Queue[] { mm1, md1 }) {
            assertEquals(rho, q.utilisation(), 0.01);
            assertEquals(service, q.meanService(), 0.02 * service);
            assertEquals(q.theory(), q.meanWait(), 0.05 * q.theory());
        }
        // The formulas differ by a factor of two; the engine must reproduce the difference, not just one of them.
        assertEquals(2, mm1.meanWait() / md1.meanWait(), 0.15);
    }

    @Test
    void giantBoundsTheSpeedUpToOneOverTheHeldFraction() throws Exception {
        int threads = 16;
        int[] cpus = { 1, 2, 4, 8, 16 };
        double cycle = 10_000;
        System.out.println("Giant bound: 16 threads, each cycle exponential user time then Giant held for f of the"
                + " cycle (10 us), 20 ms virtual:");
        System.out.println("| f (nominal) | f (1 CPU) | 1/f  | speed-up at 1, 2, 4, 8, 16 CPUs |");
        System.out.println("|------------:|----------:|-----:|---------------------------------|");
        for (double f : new double[] { 0.5, 0.25, 0.1 }) {
            double[] throughput = new double[cpus.length];
            double held1 = 0;
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < cpus.length; i++) {
                Fixtures.Model m = new Fixtures.Model("giant-bound", cpus[i]).settings(true, true, 20_000_000L);
                LockType giant = m.giant();
                CodePath syscall = m.path("under_giant", acquire(giant), work(fixed(f * cycle)), release(giant));
                m.group("workers", threads, exponential((1 - f) * cycle), syscall);
                SimResults r = Fixtures.run(m.compile(), 1, SimObserver.NONE);
                assertNull(r.failure());
                throughput[i] = r.throughputPerSecond();
                if (i == 0) {
                    held1 = r.giantHeldShare();
                }
                row.append(String.format("%s%.2f", i == 0 ? "" : ", ", throughput[i] / throughput[0]));
            }
            System.out.printf("| %11.2f | %9.3f | %4.1f | %s |%n", f, held1, 1 / held1, row);
            assertEquals(f, held1, 0.05 * f, "one busy CPU holds Giant for about f of its time");
            for (int i = 1; i < cpus.length; i++) {
                double speedUp = throughput[i] / throughput[0];
                assertTrue(speedUp <= 1.01 / held1, "speed-up " + speedUp + " at " + cpus[i] + " CPUs exceeds 1/f");
                assertTrue(speedUp >= 0.8 * Math.min(cpus[i], 1 / held1),
                        "speed-up " + speedUp + " at " + cpus[i] + " CPUs falls well short of min(N, 1/f)");
            }
            double last = throughput[cpus.length - 1] / throughput[0];
            assertTrue(last >= 0.85 / held1, "with enough CPUs the speed-up approaches 1/f: " + last);
        }
    }
}
