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

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smpng.model.kernel.CodePath;
import org.smpng.model.kernel.LockType;
import org.smpng.model.workload.PriorityClass;
import org.smpng.sim.SimObserver;
import org.smpng.sim.SimResults;
import org.smpng.sim.Simulation;
import org.smpng.sim.Snapshots.EngineSnapshot;
import org.smpng.sim.Snapshots.LockSnapshot;
import org.smpng.sim.compile.CompiledScenario;

/** The primitives' FreeBSD semantics: priority propagation, Giant across msleep, wakeups, panics, deadlocks. */
class PrimitivesTest {

    /**
     * low (priority 200) takes A at 50 us and works 1 ms; mid (190) takes B then blocks on A; high (realtime, 128) blocks
     * on B. Adaptive spinning is off so both block on turnstiles: high's priority must travel through mid to low.
     */
    @Test
    void priorityPropagatesThroughAChainOfTwoOwnersAndIsRestoredOnRelease() throws Exception {
        Fixtures.Model m = new Fixtures.Model("propagation", 3).settings(true, false, 3_000_000);
        LockType a = m.mutex("A"), b = m.mutex("B");
        CodePath low = m.path("low", acquire(a), work(1_000_000), release(a));
        CodePath mid = m.path("mid", acquire(b), acquire(a), work(1000), release(a), release(b));
        CodePath high = m.path("high", acquire(b), work(1000), release(b));
        m.group("low", 1, 20, PriorityClass.TIMESHARE, fixed(50_000), low);
        m.group("mid", 1, 10, PriorityClass.TIMESHARE, fixed(100_000), mid);
        m.group("high", 1, 0, PriorityClass.REALTIME, fixed(200_000), high);
        Observers.Recorder rec = new Observers.Recorder();
        try (Simulation sim = Simulation.of(m.compile(), rec)) {
            sim.runUntil(500_000);
            EngineSnapshot s = sim.latestSnapshot();
            assertEquals(128, s.thread("proc/low#0").priority(), "high's priority reached low through mid");
            assertEquals(200, s.thread("proc/low#0").basePriority());
            assertEquals(128, s.thread("proc/mid#0").priority());
            assertEquals("lock", s.thread("proc/mid#0").state());
            assertEquals("A", s.thread("proc/mid#0").waitingFor());
            LockSnapshot la = s.lock("A"), lb = s.lock("B");
            assertEquals("proc/low#0", la.owner());
            assertEquals(List.of("proc/mid#0"), la.waiters());
            assertEquals(128, la.lentPriority());
            assertEquals("proc/mid#0", lb.owner());
            assertEquals(List.of("proc/high#0"), lb.waiters());
            sim.runUntil(1_200_000);
        }
        List<String> lowPriorities = rec.lines.stream().filter(l -> l.contains(" priority proc/low#0 "))
                .map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList();
        assertEquals(List.of("190", "128", "200"), lowPriorities.subList(0, 3),
                "lent by mid, then by high through mid, then restored on release: " + rec.lines);
        assertTrue(rec.lines.stream().anyMatch(l -> l.contains("propagate proc/high#0 -> proc/low#0 128")));
        List<String> midPriorities = rec.lines.stream().filter(l -> l.contains(" priority proc/mid#0 "))
                .map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList();
        assertEquals(List.of("128", "190"), midPriorities.subList(0, 2), "mid restored when it releases B");
    }

    /**
     * sleeper takes Giant and the interlock M, msleeps on "chan"; waker takes Giant meanwhile (so Giant must have
     * been dropped), wakes the channel; the sleeper gets Giant and M back before it releases them.
     */
    @Test
    void giantIsDroppedAcrossMsleepAndPickedUpOnWakeup() throws Exception {
        Fixtures.Model m = new Fixtures.Model("giant-sleep", 2).settings(true, true, 2_000_000);
        LockType giant = m.giant(), mtx = m.mutex("M");
        var chan = m.channel("chan");
        CodePath sleeper = m.path("sleeper", acquire(giant), acquire(mtx), sleep(chan, mtx, null), work(100),
                release(mtx), release(giant));
        CodePath waker = m.path("waker", acquire(giant), acquire(mtx), wakeup(chan, true), release(mtx),
                release(giant));
        m.group("sleeper", 1, fixed(0), sleeper);
        m.group("waker", 1, fixed(50_000), waker);
        Observers.Recorder rec = new Observers.Recorder();
        try (Simulation sim = Simulation.of(m.compile(), rec)) {
            sim.runUntil(40_000);
            EngineSnapshot s = sim.latestSnapshot();
            assertEquals("sleep", s.thread("proc/sleeper#0").state());
            assertNull(s.lock("Giant").owner(), "Giant is not held by a sleeping thread");
            assertNull(s.lock("M").owner(), "the interlock was dropped");
            sim.runUntil(2_000_000);
            assertNull(sim.results().failure());
        }
        List<String> l = rec.lines;
        int blocked = indexOf(l, "block proc/sleeper#0 chan");
        int giantDropped = indexOf(l, "release proc/sleeper#0 Giant");
        int wakerGiant = indexOf(l, "acquire proc/waker#0 Giant");
        int woken = indexOf(l, "woken proc/sleeper#0 by proc/waker#0");
        assertTrue(giantDropped >= 0 && giantDropped < blocked, "Giant dropped before sleeping: " + l);
        assertTrue(wakerGiant > blocked && wakerGiant < woken, "the waker held Giant while the sleeper slept");
        int regained = indexOf(l.subList(woken, l.size()), "acquire proc/sleeper#0 Giant");
        int interlock = indexOf(l.subList(woken, l.size()), "acquire proc/sleeper#0 M");
        assertTrue(regained >= 0 && interlock > regained, "Giant, then the interlock, picked up after wakeup");
    }

    private static int indexOf(List<String> lines, String what) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).endsWith(what) || lines.get(i).contains(" " + what)) {
                return i;
            }
        }
        return -1;
    }

    /** Sleeping with a sleep mutex that is not the interlock held is a panic, and the run says so. */
    @Test
    void sleepingWithANonSleepableMutexHeldPanics() throws Exception {
        Fixtures.Model m = new Fixtures.Model("bad-sleep", 1);
        LockType mtx = m.mutex("M"), other = m.mutex("O");
        var chan = m.channel("chan");
        m.group("bad", 1, fixed(0), m.path("bad", acquire(other), acquire(mtx), sleep(chan, mtx, fixed(10)),
                release(mtx), release(other)));
        SimResults r = Fixtures.run(m.compile(), 1, SimObserver.NONE);
        assertEquals("panic", r.outcome());
        assertTrue(r.failure().contains("non-sleepable lock O"), r.failure());
    }

    /** Recursing on a mutex not initialised MTX_RECURSE is a panic; Giant may recurse. */
    @Test
    void recursionOnlyWhereAllowed() throws Exception {
        Fixtures.Model m = new Fixtures.Model("recurse", 1);
        LockType mtx = m.mutex("M");
        m.group("bad", 1, fixed(0), m.path("bad", acquire(mtx), acquire(mtx), release(mtx), release(mtx)));
        SimResults r = Fixtures.run(m.compile(), 1, SimObserver.NONE);
        assertEquals("panic", r.outcome());
        assertTrue(r.failure().contains("recursing on non-recursive"), r.failure());
    }

    /** Blocking on a sleep mutex with a spin mutex held is a panic. */
    @Test
    void sleepLockUnderSpinLockPanics() throws Exception {
        Fixtures.Model m = new Fixtures.Model("spin-then-sleep", 1);
        LockType s = m.spin("S"), mtx = m.mutex("M");
        m.group("bad", 1, fixed(0), m.path("bad", acquire(s), acquire(mtx), release(mtx), release(s)));
        SimResults r = Fixtures.run(m.compile(), 1, SimObserver.NONE);
        assertEquals("panic", r.outcome());
        assertTrue(r.failure().contains("spinlock or critical section held"), r.failure());
    }

    /**
     * No lost wakeup: a sleeper checks-and-sleeps under the interlock; wakers wake the channel under the same
     * interlock. Every wakeup must find every thread that committed to sleeping (dropped the interlock in msleep)
     * still on the queue and wake it — none may be left asleep behind a wakeup. Over many seeds.
     */
    @Test
    void noWakeupIsLostBetweenTheCheckAndTheSleep() throws Exception {
        Fixtures.Model m = new Fixtures.Model("wakeups", 3).cacheCosts(5, 40, 150);
        LockType mtx = m.mutex("M");
        var chan = m.channel("chan");
        m.group("sleepers", 3, uniform(0, 3000), m.path("consume", acquire(mtx), work(exponential(200)),
                sleep(chan, mtx, null), release(mtx)));
        m.group("wakers", 2, exponential(1500), m.path("produce", acquire(mtx), work(exponential(100)),
                wakeup(chan, true), release(mtx)));
        CompiledScenario c = m.compile();
        for (long seed = 1; seed <= 20; seed++) {
            Observers.WakeupChecker check = new Observers.WakeupChecker();
            SimResults r = Fixtures.run(c, seed, check);
            assertNull(r.failure());
            assertNull(check.violation, "seed " + seed);
            assertTrue(check.wakeups > 100 && check.woken > 100, "seed " + seed + ": " + check.wakeups);
            assertTrue(r.operation("consume").completed() > 100);
        }
    }

    /** The ABBA deadlock: the run ends (never hangs) with a report naming both threads and both locks. */
    @Test
    void abbaDeadlockIsReportedWithBothLocksAndThreads() throws Exception {
        for (boolean adaptive : new boolean[] { false, true }) {
            Fixtures.Model m = new Fixtures.Model("abba", 2).settings(true, adaptive, 100_000_000);
            LockType a = m.mutex("A"), b = m.mutex("B");
            m.group("ab", 1, fixed(0), m.path("ab", acquire(a), work(10_000), acquire(b), release(b), release(a)));
            m.group("ba", 1, fixed(0), m.path("ba", acquire(b), work(10_000), acquire(a), release(a), release(b)));
            SimResults r = Fixtures.run(m.compile(), 1, SimObserver.NONE);
            assertEquals("deadlock", r.outcome(), "adaptive " + adaptive);
            assertNotNull(r.failure());
            for (String name : List.of("thread proc/ab#0", "thread proc/ba#0", " A ", " B ")) {
                assertTrue((r.failure() + " ").contains(name), r.failure() + " lacks " + name);
            }
            assertTrue(r.endTimeNs() < 1_000_000, "found at once, not at the end of the run: " + r.endTimeNs());
        }
    }

    /** A three-way cycle through an sx lock is found too. */
    @Test
    void cycleThroughThreeLocksIncludingSx() throws Exception {
        Fixtures.Model m = new Fixtures.Model("cycle3", 3).settings(true, false, 10_000_000);
        LockType a = m.mutex("A"), b = m.mutex("B"), x = m.sx("X");
        m.group("t1", 1, fixed(0), m.path("p1", acquire(a), work(10_000), acquire(b), release(b), release(a)));
        m.group("t2", 1, fixed(0), m.path("p2", acquire(b), work(10_000), acquire(x), release(x), release(b)));
        m.group("t3", 1, fixed(0), m.path("p3", acquire(x), work(10_000), acquire(a), release(a), release(x)));
        SimResults r = Fixtures.run(m.compile(), 1, SimObserver.NONE);
        assertEquals("deadlock", r.outcome());
        for (String name : List.of("t1#0", "t2#0", "t3#0", " A ", " B ", " X ")) {
            assertTrue((r.failure() + " ").contains(name), r.failure() + " lacks " + name);
        }
    }
}
