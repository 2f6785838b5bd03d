package org.smpng.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smpng.sim.tests.Fixtures.acquire;
import static org.smpng.sim.tests.Fixtures.exponential;
import static org.smpng.sim.tests.Fixtures.fixed;
import static org.smpng.sim.tests.Fixtures.release;
import static org.smpng.sim.tests.Fixtures.work;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.smpng.model.kernel.LockType;
import org.smpng.sim.SimObserver;
import org.smpng.sim.SimResults;
import org.smpng.sim.Simulation;
import org.smpng.sim.Snapshots.EngineSnapshot;
import org.smpng.sim.compile.CompiledScenario;

/** The run API: stepping, running to a time, snapshots and stop from another thread; cache-line costs. */
class ControlTest {

    @Test
    void stepAndRunUntilAdvanceVirtualTimeAndResultsAreTheSameAsOneRun() throws Exception {
        CompiledScenario c = EngineInvariantsTest.stress(2, true, true).with(5, 2_000_000);
        Observers.TraceHash whole = new Observers.TraceHash(), pieces = new Observers.TraceHash();
        SimResults one = Fixtures.run(c, 5, whole);
        try (Simulation sim = Simulation.of(c, pieces)) {
            for (int i = 0; i < 1000; i++) {
                sim.step();
            }
            long t = sim.now();
            assertTrue(t > 0 && t < 2_000_000, "1000 events take some virtual time: " + t);
            sim.runUntil(1_000_000);
            assertEquals(1_000_000, sim.now());
            EngineSnapshot s = sim.latestSnapshot();
            assertEquals(1_000_000, s.timeNs());
            assertEquals(2, s.cpus().size());
            SimResults r = sim.run();
            assertEquals(one.operationsCompleted(), r.operationsCompleted());
            assertEquals("completed", r.outcome());
        }
        assertEquals(whole.hash, pieces.hash, "pausing does not change the run");
    }

    @Test
    void snapshotsAndStopFromAnotherThreadDoNotBlockTheRun() throws Exception {
        CompiledScenario c = EngineInvariantsTest.stress(3, true, true).with(9, 10_000_000_000L);
        try (Simulation sim = Simulation.of(c, SimObserver.NONE)) {
            AtomicReference<SimResults> result = new AtomicReference<>();
            Thread runner = new Thread(() -> result.set(sim.run()), "test runner");
            runner.start();
            long lastTime = -1;
            int distinct = 0;
            for (int i = 0; i < 2000 && distinct < 5; i++) {
                sim.requestSnapshot();
                Thread.sleep(2);
                EngineSnapshot s = sim.latestSnapshot();
                if (s != null && s.timeNs() > lastTime) {
                    assertTrue(s.runQueue().stream().allMatch(t -> t.state().equals("runq")));
                    assertEquals(3, s.cpus().size());
                    lastTime = s.timeNs();
                    distinct++;
                }
            }
            assertTrue(distinct >= 5, "snapshots keep coming while the run goes on");
            sim.stop();
            runner.join(10_000);
            assertNotNull(result.get());
            assertEquals("paused", result.get().outcome());
            assertTrue(result.get().endTimeNs() < 10_000_000_000L);
            assertNull(result.get().failure());
        }
    }

    @Test
    void cacheLineTransfersCostTimeByTopology() throws Exception {
        double[] throughput = new double[2];
        for (int k = 0; k < 2; k++) {
            Fixtures.Model m = new Fixtures.Model("pingpong", 2).settings(true, true, 5_000_000);
            m.cacheCosts(0, 0, k == 0 ? 0 : 2000);
            LockType l = m.mutex("L");
            m.group("g", 2, fixed(0), m.path("p", acquire(l), work(exponential(300)), release(l)));
            SimResults r = Fixtures.run(m.compile(), 1, SimObserver.NONE);
            throughput[k] = r.throughputPerSecond();
        }
        assertTrue(throughput[1] < 0.7 * throughput[0], "2 us per cross-package transfer slows the ping-pong: "
                + throughput[0] + " vs " + throughput[1]);
    }
}
