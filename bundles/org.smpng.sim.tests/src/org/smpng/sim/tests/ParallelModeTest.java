package org.smpng.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smpng.sim.tests.Fixtures.acquire;
import static org.smpng.sim.tests.Fixtures.exponential;
import static org.smpng.sim.tests.Fixtures.fixed;
import static org.smpng.sim.tests.Fixtures.release;
import static org.smpng.sim.tests.Fixtures.sleep;
import static org.smpng.sim.tests.Fixtures.uniform;
import static org.smpng.sim.tests.Fixtures.wakeup;
import static org.smpng.sim.tests.Fixtures.work;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smpng.model.kernel.CodePath;
import org.smpng.model.kernel.LockType;
import org.smpng.model.scenario.ExecutionMode;
import org.smpng.model.workload.PriorityClass;
import org.smpng.sim.SimObserver;
import org.smpng.sim.SimResults;
import org.smpng.sim.Simulation;
import org.smpng.sim.Snapshots.EngineSnapshot;
import org.smpng.sim.Snapshots.LockSnapshot;
import org.smpng.sim.Snapshots.ThreadSnapshot;
import org.smpng.sim.compile.CompiledScenario;

/**
 * The parallel mode: modeled CPUs run concurrently on host threads, so runs differ, but every invariant holds in
 * every run — checked over many seeds, with the same observers as the deterministic mode. Virtual time follows the
 * wall clock, so how much a run achieves in a given time depends on how busy the host is (the tests share two cores
 * with builds); the stress runs therefore go on, a virtual millisecond at a time, until they did enough to make the
 * check meaningful (or a cap), instead of for a fixed time.
 */
class ParallelModeTest {

    /** Slow motion: ten wall nanoseconds per virtual nanosecond. */
    static final double SLOW = 0.1;
    /**
     * Slower still, for the tests that expect events in an order set by think times: at 50 wall ns per virtual ns, a
     * host that leaves a thread off its cores for 50 ms (it happens on a loaded build machine) costs 1 virtual ms.
     */
    static final double SLOWER = 0.02;

    /**
     * Runs {@code sim} a virtual millisecond at a time until {@code enough} says so of the results so far, or virtual
     * time reaches {@code capNs}; returns the results. Between steps the run rests, so {@code enough} may also read
     * the observer.
     */
    static SimResults runUntilEnough(Simulation sim, java.util.function.Predicate<SimResults> enough, long capNs) {
        SimResults r = sim.results();
        while (!enough.test(r) && sim.now() < capNs && !sim.finished()) {
            sim.runUntil(sim.now() + 1_000_000);
            r = sim.results();
        }
        return r;
    }

    private static Simulation.Options parallel(double scale) {
        return Simulation.Options.DEFAULT.withMode(ExecutionMode.PARALLEL).withScale(scale);
    }

    @ParameterizedTest(name = "{0} CPUs, preemption {1}, adaptive {2}")
    @CsvSource({ "1,true,true", "2,true,true", "3,false,false", "4,true,false" })
    void mutualExclusionAndOneCpuPerThreadOverManySeeds(int cpus, boolean preemption, boolean adaptive)
            throws Exception {
        CompiledScenario c = EngineInvariantsTest.stress(cpus, preemption, adaptive);
        for (long seed = 1; seed <= 8; seed++) {
            Observers.InvariantChecker check = new Observers.InvariantChecker();
            SimResults r;
            try (Simulation sim = Simulation.of(c.with(seed, 2_000_000_000L), check, parallel(SLOW))) {
                r = runUntilEnough(sim, x -> check.acquisitions > 500 && x.operationsCompleted() > 20, 200_000_000);
            }
            assertNull(r.failure(), "seed " + seed);
            assertNull(check.violation, "seed " + seed);
            assertEquals("paused", r.outcome());
            assertTrue(r.operationsCompleted() > 0, "seed " + seed + ": " + r.operationsCompleted());
            assertTrue(check.acquisitions > 100 && check.switches >= cpus,
                    "seed " + seed + ": " + check.acquisitions + " acquisitions, " + check.switches + " switches");
            double sum = 0;
            for (double u : r.utilisation()) {
                sum += u;
            }
            assertEquals(1.0, sum, 1e-9);
            assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("parallel run at scale 0.1 ")), r.notes().toString());
        }
    }

    /** Every wakeup finds every thread that committed to sleeping, while wakers and sleepers really race. */
    @Test
    void noWakeupIsLostOverManySeeds() throws Exception {
        Fixtures.Model m = new Fixtures.Model("wakeups", 3).cacheCosts(5, 40, 150).settings(true, true, 2_000_000_000L);
        LockType mtx = m.mutex("M");
        var chan = m.channel("chan");
        m.group("sleepers", 3, uniform(0, 3000), m.path("consume", acquire(mtx), work(exponential(200)),
                sleep(chan, mtx, null), release(mtx)));
        m.group("wakers", 2, exponential(1500), m.path("produce", acquire(mtx), work(exponential(100)),
                wakeup(chan, true), release(mtx)));
        CompiledScenario c = m.compile();
        for (long seed = 1; seed <= 8; seed++) {
            Observers.WakeupChecker check = new Observers.WakeupChecker();
            SimResults r;
            try (Simulation sim = Simulation.of(c.with(seed, 2_000_000_000L), check, parallel(SLOW))) {
                r = runUntilEnough(sim, x -> check.wakeups > 50 && check.woken > 50, 200_000_000);
            }
            assertNull(r.failure(), "seed " + seed);
            assertNull(check.violation, "seed " + seed);
            assertTrue(check.wakeups > 20 && check.woken > 20, "seed " + seed + ": " + check.wakeups);
            assertTrue(r.operation("consume").completed() > 20, "seed " + seed);
        }
    }

    /**
     * Lent priority, checked on the snapshots of a run paused every 100 virtual us (each consistent under sched_lock): every
     * thread's priority is exactly the better of its base priority and the best priority waiting on the turnstiles of
     * the sleep mutexes it owns — raised by propagation, and restored on release. Two priority classes and
     * interrupt threads contend for Giant and two mutexes, with adaptive spinning off so that threads block.
     */
    @Test
    void ownersRunAtTheirWaitersPriorityAndAreRestoredAfterRelease() throws Exception {
        Fixtures.Model m = new Fixtures.Model("lend", 2).settings(true, false, 2_000_000_000L);
        LockType giant = m.giant(), a = m.mutex("A"), b = m.mutex("B");
        CodePath p1 = m.path("p1", acquire(a), work(exponential(20_000)), acquire(b), work(5000), release(b),
                release(a));
        CodePath p2 = m.path("p2", acquire(b), work(exponential(10_000)), release(b));
        CodePath p3 = m.path("p3", acquire(giant), acquire(a), work(3000), release(a), release(giant));
        m.group("ts", 3, exponential(20_000), p1, p2, p3);
        m.group("rt", 2, 0, PriorityClass.REALTIME, exponential(60_000), p2, p3);
        m.interrupt("dev", 2_000, p2);
        CompiledScenario c = m.compile().with(3, 2_000_000_000L);
        int checked = 0, lent = 0;
        try (Simulation sim = Simulation.of(c, SimObserver.NONE, parallel(SLOW))) {
            while (checked < 2_000 && (checked < 30 || lent < 3)) { // stops early once lending was seen
                sim.runUntil(sim.now() + 100_000);
                EngineSnapshot s = sim.latestSnapshot();
                checked++;
                Map<String, Integer> lentTo = new HashMap<>();
                for (LockSnapshot l : s.locks()) {
                    if (l.owner() != null && l.lentPriority() != LockSnapshot.NONE) {
                        lentTo.merge(l.owner(), l.lentPriority(), Math::min);
                    }
                }
                for (ThreadSnapshot t : s.threads()) {
                    int expected = Math.min(t.basePriority(), lentTo.getOrDefault(t.name(), Integer.MAX_VALUE));
                    assertEquals(expected, t.priority(), "priority of " + t.name() + " at " + s.timeNs() + ": " + s);
                    if (t.priority() < t.basePriority()) {
                        lent++;
                    }
                }
            }
            assertNull(sim.results().failure());
        }
        assertTrue(checked >= 30, "snapshots checked: " + checked);
        assertTrue(lent > 0, "some snapshot caught a lent priority (" + checked + " snapshots)");
    }

    /** high's priority travels through mid to low and is given back, as in the deterministic mode. */
    @Test
    void priorityPropagatesThroughAChainOfTwoOwners() throws Exception {
        Fixtures.Model m = new Fixtures.Model("propagation", 3).settings(true, false, 40_000_000);
        LockType a = m.mutex("A"), b = m.mutex("B");
        m.group("low", 1, 20, PriorityClass.TIMESHARE, fixed(0), m.path("low", acquire(a), work(10_000_000),
                release(a)));
        m.group("mid", 1, 10, PriorityClass.TIMESHARE, fixed(1_000_000), m.path("mid", acquire(b), acquire(a),
                work(1000), release(a), release(b)));
        m.group("high", 1, 0, PriorityClass.REALTIME, fixed(2_000_000), m.path("high", acquire(b), work(1000),
                release(b)));
        Observers.Recorder rec = new Observers.Recorder();
        try (Simulation sim = Simulation.of(m.compile(), rec, parallel(SLOWER))) {
            sim.runUntil(5_000_000);
            EngineSnapshot s = sim.latestSnapshot();
            assertTrue(s.timeNs() >= 5_000_000, "paused at or just after the time asked: " + s.timeNs());
            assertEquals(128, s.thread("proc/low#0").priority(), "high's priority reached low through mid: " + s);
            assertEquals("lock", s.thread("proc/mid#0").state());
            assertEquals("A", s.thread("proc/mid#0").waitingFor());
            assertEquals(List.of("proc/mid#0"), s.lock("A").waiters());
            assertEquals(List.of("proc/high#0"), s.lock("B").waiters());
            assertEquals(128, s.lock("A").lentPriority());
            sim.runUntil(12_000_000);
            assertNull(sim.results().failure());
        }
        List<String> lowPriorities = rec.lines.stream().filter(l -> l.contains(" priority proc/low#0 "))
                .map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList();
        assertEquals(List.of("190", "128", "200"), lowPriorities.subList(0, 3), rec.lines.toString());
        assertTrue(rec.lines.stream().anyMatch(l -> l.contains("propagate proc/high#0 -> proc/low#0 128")));
    }

    /** Giant is dropped while its holder sleeps on a channel, and picked up (before the interlock) on wakeup. */
    @Test
    void giantIsDroppedAcrossMsleep() throws Exception {
        Fixtures.Model m = new Fixtures.Model("giant-sleep", 2).settings(true, true, 20_000_000);
        LockType giant = m.giant(), mtx = m.mutex("M");
        var chan = m.channel("chan");
        m.group("sleeper", 1, fixed(0), m.path("sleeper", acquire(giant), acquire(mtx), sleep(chan, mtx, null),
                work(100), release(mtx), release(giant)));
        m.group("waker", 1, fixed(4_000_000), m.path("waker", acquire(giant), acquire(mtx), wakeup(chan, true),
                release(mtx), release(giant)));
        Observers.Recorder rec = new Observers.Recorder();
        try (Simulation sim = Simulation.of(m.compile(), rec, parallel(SLOWER))) {
            sim.runUntil(2_000_000);
            EngineSnapshot s = sim.latestSnapshot();
            assertEquals("sleep", s.thread("proc/sleeper#0").state());
            assertNull(s.lock("Giant").owner(), "Giant is not held by a sleeping thread");
            assertNull(s.lock("M").owner(), "the interlock was dropped");
            sim.runUntil(8_000_000);
            assertNull(sim.results().failure());
        }
        List<String> l = rec.lines;
        int woken = indexOf(l, "woken proc/sleeper#0 by proc/waker#0");
        assertTrue(woken > indexOf(l, "acquire proc/waker#0 Giant"), l.toString());
        List<String> after = l.subList(woken, l.size());
        int regained = indexOf(after, "acquire proc/sleeper#0 Giant");
        assertTrue(regained >= 0 && indexOf(after, "acquire proc/sleeper#0 M") > regained, l.toString());
    }

    private static int indexOf(List<String> lines, String what) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).endsWith(what)) {
                return i;
            }
        }
        return -1;
    }

    /** ABBA on sleep mutexes (blocking or spinning) and on spin mutexes: reported with the cycle, never a hang. */
    @Test
    void deadlocksAreReportedWithTheCycleAndEndTheRun() throws Exception {
        for (String kind : List.of("blocking", "adaptive", "spin")) {
            Fixtures.Model m = new Fixtures.Model("abba", 2).settings(true, kind.equals("adaptive"), 10_000_000_000L);
            LockType a = kind.equals("spin") ? m.spin("A") : m.mutex("A");
            LockType b = kind.equals("spin") ? m.spin("B") : m.mutex("B");
            m.group("ab", 1, fixed(0), m.path("ab", acquire(a), work(100_000), acquire(b), release(b), release(a)));
            m.group("ba", 1, fixed(0), m.path("ba", acquire(b), work(100_000), acquire(a), release(a), release(b)));
            long wall = System.nanoTime();
            SimResults r = Fixtures.runParallel(m.compile(), 1, SimObserver.NONE, 1);
            wall = System.nanoTime() - wall;
            assertEquals("deadlock", r.outcome(), kind + ": " + r.failure());
            assertNotNull(r.failure());
            for (String name : List.of("thread proc/ab#0", "thread proc/ba#0", " A ", " B ")) {
                assertTrue((r.failure() + " ").contains(name), r.failure() + " lacks " + name);
            }
            assertTrue(wall < 3_000_000_000L, kind + ": found within seconds, not at the end of the run: " + wall);
        }
    }

    /** Lock misuse panics in the parallel mode too, and the run says so. */
    @Test
    void recursionOnANonRecursiveMutexPanics() throws Exception {
        Fixtures.Model m = new Fixtures.Model("recurse", 2).settings(true, true, 10_000_000);
        LockType mtx = m.mutex("M");
        m.group("bad", 1, fixed(0), m.path("bad", acquire(mtx), acquire(mtx), release(mtx), release(mtx)));
        SimResults r = Fixtures.runParallel(m.compile(), 1, SimObserver.NONE, 1);
        assertEquals("panic", r.outcome());
        assertTrue(r.failure().contains("recursing on non-recursive"), r.failure());
    }

    /**
     * Pausing: runUntil rests at (or just after) the time asked; step runs one quantum; snapshots arrive while the
     * run goes on; stop from another thread pauses it.
     */
    @Test
    void runUntilStepSnapshotsAndStop() throws Exception {
        CompiledScenario c = EngineInvariantsTest.stress(3, true, true).with(9, 10_000_000_000L);
        try (Simulation sim = Simulation.of(c, SimObserver.NONE, parallel(1))) {
            assertEquals(ExecutionMode.PARALLEL, sim.mode());
            sim.runUntil(2_000_000);
            long t = sim.now();
            assertTrue(t >= 2_000_000 && t < 2_000_000_000L, "rests just after 2 ms: " + t);
            Thread.sleep(20);
            assertEquals(t, sim.now(), "virtual time stands still while paused");
            sim.step();
            assertTrue(sim.now() >= t + c.settings.quantumNs(), "a step is a quantum: " + t + " -> " + sim.now());
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
                    assertTrue(s.runQueue().stream().allMatch(x -> x.state().equals("runq")));
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
            assertNull(result.get().failure());
            assertTrue(result.get().operationsCompleted() > 100);
        }
    }
}
