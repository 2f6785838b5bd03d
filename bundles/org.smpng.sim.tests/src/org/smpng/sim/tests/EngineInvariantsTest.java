package org.smpng.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smpng.sim.tests.Fixtures.acquire;
import static org.smpng.sim.tests.Fixtures.acquireShared;
import static org.smpng.sim.tests.Fixtures.exponential;
import static org.smpng.sim.tests.Fixtures.release;
import static org.smpng.sim.tests.Fixtures.sleep;
import static org.smpng.sim.tests.Fixtures.wakeup;
import static org.smpng.sim.tests.Fixtures.work;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.smpng.model.kernel.CodePath;
import org.smpng.model.kernel.LockType;
import org.smpng.model.scenario.SchedulerKind;
import org.smpng.model.workload.PriorityClass;
import org.smpng.sim.SimResults;
import org.smpng.sim.compile.CompiledScenario;

/** Mutual exclusion and scheduling invariants under stress, and determinism, over many seeds. */
class EngineInvariantsTest {

    /** Every primitive at once: Giant, sleep mutexes, a spin mutex, an sx lock, msleep/wakeup, an interrupt. */
    static CompiledScenario stress(int cpus, boolean preemption, boolean adaptive) throws Exception {
        return stress(cpus, preemption, adaptive, SchedulerKind.FOUR_BSD);
    }

    static CompiledScenario stress(int cpus, boolean preemption, boolean adaptive, SchedulerKind scheduler)
            throws Exception {
        Fixtures.Model m = new Fixtures.Model("stress", cpus).cacheCosts(5, 40, 150);
        m.settings(preemption, adaptive, 3_000_000);
        m.scenario.getSettings().setScheduler(scheduler);
        LockType giant = m.giant(), a = m.mutex("A"), b = m.mutex("B"), s = m.spin("S"), x = m.sx("X");
        var chan = m.channel("chan");
        CodePath p1 = m.path("p1", acquire(giant), acquire(a), work(exponential(500)), release(a), release(giant));
        CodePath p2 = m.path("p2", acquire(a), acquire(s), work(200), release(s), release(a));
        CodePath p3 = m.path("p3", acquireShared(x), work(exponential(1000)), release(x));
        CodePath p4 = m.path("p4", acquire(x), acquire(b), work(300), release(b), release(x));
        CodePath p5 = m.path("p5", acquire(giant), acquire(b), sleep(chan, b, exponential(2000)), release(b),
                release(giant));
        CodePath p6 = m.path("p6", acquire(b), wakeup(chan, true), release(b));
        CodePath p7 = m.path("p7", acquire(giant), acquire(giant), work(100), release(giant), release(giant));
        m.group("workers", 6, exponential(1000), p1, p2, p3, p4, p5, p6, p7);
        m.group("rt", 2, 0, PriorityClass.REALTIME, exponential(3000), p1, p2, p6);
        m.interrupt("dev", 20_000, p2);
        return m.compile();
    }

    @ParameterizedTest(name = "{0} CPUs, preemption {1}, adaptive {2}, {3}")
    @CsvSource({ "1,true,true,FOUR_BSD", "2,true,true,FOUR_BSD", "3,true,true,FOUR_BSD", "3,false,false,FOUR_BSD",
            "4,true,false,FOUR_BSD", "8,false,true,FOUR_BSD", "1,true,true,ULE", "2,true,true,ULE", "3,true,true,ULE",
            "3,false,false,ULE", "4,true,false,ULE", "8,false,true,ULE" })
    void mutualExclusionAndOneCpuPerThreadOverManySeeds(int cpus, boolean preemption, boolean adaptive,
            SchedulerKind scheduler) throws Exception {
        CompiledScenario c = stress(cpus, preemption, adaptive, scheduler);
        for (long seed = 1; seed <= 25; seed++) {
            Observers.InvariantChecker check = new Observers.InvariantChecker();
            SimResults r = Fixtures.run(c, seed, check);
            assertNull(r.failure(), "seed " + seed);
            assertNull(check.violation, "seed " + seed);
            assertTrue(r.operationsCompleted() > 100, "seed " + seed + ": " + r.operationsCompleted());
            assertTrue(check.acquisitions > 500);
            double sum = 0;
            for (double u : r.utilisation()) {
                sum += u;
            }
            assertEquals(1.0, sum, 1e-9);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "FOUR_BSD", "ULE" })
    void sameSeedSameTraceDifferentSeedDifferentTrace(SchedulerKind scheduler) throws Exception {
        CompiledScenario c = stress(3, true, true, scheduler);
        Observers.TraceHash h1 = new Observers.TraceHash(), h2 = new Observers.TraceHash(),
                h3 = new Observers.TraceHash();
        SimResults r1 = Fixtures.run(c, 42, h1);
        SimResults r2 = Fixtures.run(c, 42, h2);
        Fixtures.run(c, 43, h3);
        assertTrue(h1.events > 10_000, "trace too short: " + h1.events);
        assertEquals(h1.events, h2.events);
        assertEquals(h1.hash, h2.hash, "same seed must give the same trace");
        assertEquals(r1.operationsCompleted(), r2.operationsCompleted());
        assertNotEquals(h1.hash, h3.hash, "another seed should give another trace");
    }

    @Test
    void builtinScenarioIsDeterministic() throws Exception {
        var s = org.smpng.model.builtin.KernelModels.load("builtin:syscall-mix-5.3",
                org.smpng.model.scenario.Scenario.class);
        CompiledScenario c = org.smpng.sim.Simulation.compile(s,
                org.smpng.sim.Simulation.Options.DEFAULT.withDuration(20_000_000L));
        Observers.TraceHash h1 = new Observers.TraceHash(), h2 = new Observers.TraceHash();
        Fixtures.run(c, 7, h1);
        Fixtures.run(c, 7, h2);
        assertEquals(h1.hash, h2.hash);
    }
}
