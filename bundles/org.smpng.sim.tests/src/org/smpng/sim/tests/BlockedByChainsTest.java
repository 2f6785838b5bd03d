package org.smpng.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smpng.sim.tests.Fixtures.acquire;
import static org.smpng.sim.tests.Fixtures.fixed;
import static org.smpng.sim.tests.Fixtures.release;
import static org.smpng.sim.tests.Fixtures.work;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smpng.model.kernel.CodePath;
import org.smpng.model.kernel.LockType;
import org.smpng.model.workload.PriorityClass;
import org.smpng.sim.SimObserver;
import org.smpng.sim.Simulation;
import org.smpng.sim.Snapshots.EngineSnapshot;
import org.smpng.sim.Snapshots.LockSnapshot;
import org.smpng.sim.Snapshots.ThreadSnapshot;
import org.smpng.sim.analysis.BlockedByChains;
import org.smpng.sim.analysis.BlockedByChains.Chain;
import org.smpng.sim.analysis.BlockedByChains.Wait;

/** Blocked-by chains from engine snapshots: propagation chains, spinners, shared owners, deadlock cycles. */
class BlockedByChainsTest {

    /** The propagation scenario of PrimitivesTest: high blocks on B (held by mid), mid on A (held by low). */
    @Test
    void followsARealPropagationChainFromTheEngine() throws Exception {
        Fixtures.Model m = new Fixtures.Model("propagation", 3).settings(true, false, 3_000_000);
        LockType a = m.mutex("A"), b = m.mutex("B");
        CodePath low = m.path("low", acquire(a), work(1_000_000), release(a));
        CodePath mid = m.path("mid", acquire(b), acquire(a), work(1000), release(a), release(b));
        CodePath high = m.path("high", acquire(b), work(1000), release(b));
        m.group("low", 1, 20, PriorityClass.TIMESHARE, fixed(50_000), low);
        m.group("mid", 1, 10, PriorityClass.TIMESHARE, fixed(100_000), mid);
        m.group("high", 1, 0, PriorityClass.REALTIME, fixed(200_000), high);
        try (Simulation sim = Simulation.of(m.compile(), SimObserver.NONE)) {
            sim.runUntil(500_000);
            List<Chain> chains = BlockedByChains.of(sim.latestSnapshot());
            assertEquals(1, chains.size(), "mid is inside high's chain, not a chain of its own: " + chains);
            Chain chain = chains.get(0);
            assertEquals(List.of("proc/high#0", "proc/mid#0", "proc/low#0"),
                    chain.links().stream().map(l -> l.thread().name()).toList());
            assertEquals(List.of("B", "A"), chain.locks().stream().map(LockSnapshot::name).toList());
            assertEquals(128, chain.locks().get(1).lentPriority(), "high's priority is lent along A");
            assertTrue(chain.links().get(2).lentPriority(), "low runs on a lent priority");
            assertFalse(chain.links().get(0).lentPriority());
            assertEquals(Wait.BLOCKED, chain.links().get(0).how());
            assertNull(chain.links().get(2).waitsFor(), "low waits for nothing");
            assertFalse(chain.cycle());
            assertTrue(chain.toString().startsWith("proc/high#0 (pri 128) blocked on B"), chain.toString());

            // By 1.2 ms high got B and left; mid (whose next operation arrived) again waits for low's A, and only
            // mid's priority is lent to low now.
            sim.runUntil(1_200_000);
            List<Chain> later = BlockedByChains.of(sim.latestSnapshot());
            assertEquals(1, later.size(), later.toString());
            assertEquals(List.of("proc/mid#0", "proc/low#0"), names(later.get(0)));
            assertEquals(190, later.get(0).end().priority());
        }
    }

    @Test
    void spinnersAndBlockedWaitersOfOneLockEachStartAChain() {
        EngineSnapshot s = snapshot(List.of(thread("a", "running", 100, 100, 0, null),
                thread("b", "running", 120, 120, 1, null), thread("c", "lock", 90, 90, -1, "M")),
                List.of(lock("M", "a", List.of(), List.of("c"), List.of("b"), 90)));
        List<Chain> chains = BlockedByChains.of(s);
        assertEquals(2, chains.size());
        assertEquals("b", chains.get(0).head().name(), "same length: ordered by name");
        assertEquals(Wait.SPINNING, chains.get(0).links().get(0).how());
        assertEquals(Wait.BLOCKED, chains.get(1).links().get(0).how());
        assertEquals("a", chains.get(0).end().name());
        assertEquals("a", chains.get(1).end().name());
    }

    @Test
    void sharedOwnersOfAnSxLockBranchIntoOneChainEach() {
        EngineSnapshot s = snapshot(List.of(thread("w", "sleep", 120, 120, -1, "proctree"),
                thread("r1", "running", 120, 120, 0, null), thread("r2", "lock", 120, 120, -1, "M"),
                thread("o", "running", 100, 100, 1, null)),
                List.of(lock("proctree", null, List.of("r1", "r2"), List.of("w"), List.of(), -1),
                        lock("M", "o", List.of(), List.of("r2"), List.of(), 120)));
        List<Chain> chains = BlockedByChains.of(s);
        assertEquals(2, chains.size(), chains.toString());
        assertEquals(List.of("w", "r2", "o"), names(chains.get(0)));
        assertEquals(List.of("w", "r1"), names(chains.get(1)));
    }

    @Test
    void aDeadlockCycleIsReportedOnceAndMarked() {
        EngineSnapshot s = snapshot(List.of(thread("x", "lock", 100, 100, -1, "B"),
                thread("y", "lock", 100, 100, -1, "A")),
                List.of(lock("A", "x", List.of(), List.of("y"), List.of(), 100),
                        lock("B", "y", List.of(), List.of("x"), List.of(), 100)));
        List<Chain> chains = BlockedByChains.of(s);
        assertEquals(1, chains.size(), chains.toString());
        assertTrue(chains.get(0).cycle());
        assertEquals(List.of("x", "y"), names(chains.get(0)), "starts at the first thread by name");
        assertTrue(chains.get(0).toString().endsWith("(deadlock: back to x)"), chains.get(0).toString());
    }

    @Test
    void aWaiterOfAJustReleasedLockEndsAtTheFreeLockAndSleepersOnChannelsAreNoChains() {
        EngineSnapshot s = snapshot(List.of(thread("x", "lock", 100, 100, -1, "A"),
                thread("z", "sleep", 100, 100, -1, "select")),
                List.of(lock("A", null, List.of(), List.of("x"), List.of(), -1)));
        List<Chain> chains = BlockedByChains.of(s);
        assertEquals(1, chains.size());
        assertEquals("A", chains.get(0).links().get(0).waitsFor().name());
        assertEquals(1, chains.get(0).links().size());
    }

    private static List<String> names(Chain chain) {
        return chain.links().stream().map(l -> l.thread().name()).toList();
    }

    private static ThreadSnapshot thread(String name, String state, int priority, int base, int cpu, String waiting) {
        return new ThreadSnapshot(name, state, priority, base, cpu, cpu, waiting);
    }

    private static LockSnapshot lock(String name, String owner, List<String> sharers, List<String> waiters,
            List<String> spinners, int lent) {
        return new LockSnapshot(name, "sleep mutex", owner, 0, sharers, waiters, spinners, lent);
    }

    private static EngineSnapshot snapshot(List<ThreadSnapshot> threads, List<LockSnapshot> locks) {
        return new EngineSnapshot(1000, List.of(), List.of(), threads, locks, List.of());
    }
}
