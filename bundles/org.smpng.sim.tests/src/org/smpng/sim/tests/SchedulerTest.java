package org.smpng.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smpng.sim.tests.Fixtures.fixed;
import static org.smpng.sim.tests.Fixtures.sleep;
import static org.smpng.sim.tests.Fixtures.wakeup;
import static org.smpng.sim.tests.Fixtures.work;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smpng.model.kernel.Sleep;
import org.smpng.model.scenario.SchedulerKind;
import org.smpng.model.workload.PriorityClass;
import org.smpng.sim.SimObserver;
import org.smpng.sim.SimResults;
import org.smpng.sim.Simulation;
import org.smpng.sim.Snapshots.EngineSnapshot;
import org.smpng.sim.compile.CompiledScenario;

/**
 * The schedulers' behavior: 4BSD's estcpu decay and sleep priorities, IPIs for remote preemption, ULE's affinity,
 * idle stealing and interactivity. (ULE's sched_balance() is shown in kern.SchedULEBalanceTest.)
 */
class SchedulerTest {

    /** 5.x sys/priority.h. */
    private static final int PSOCK = 88, PUSER = 160;

    private static Fixtures.Model model(String name, int cpus, SchedulerKind scheduler, long durationNs) {
        Fixtures.Model m = new Fixtures.Model(name, cpus).settings(true, true, durationNs);
        m.scenario.getSettings().setScheduler(scheduler);
        return m;
    }

    /**
     * The schedcpu() table for one CPU-bound nice 0 thread alone on one CPU: it gains 128 estcpu a second (stathz
     * 128), the load average is 1 (loadfac 2), so each second estcpu becomes 2/3 of (estcpu + 128), capped at
     * ESTCPULIM 295, and its priority is PUSER + 20 + estcpu / 8.
     */
    @Test
    void fourBsdCpuBoundPriorityDecaysByTheSchedcpuFormula() throws Exception {
        Fixtures.Model m = model("decay", 1, SchedulerKind.FOUR_BSD, 4_500_000_000L);
        m.group("hog", 1, fixed(0), m.path("burn", work(1_000_000)));
        try (Simulation sim = Simulation.of(m.compile(), null)) {
            sim.runUntil(500_000_000L);
            assertEquals(PUSER + 20 + 64 / 8, sim.latestSnapshot().thread("proc/hog#0").priority(),
                    "64 ticks in half a second: estcpu 64");
            int estcpu = 0;
            StringBuilder table = new StringBuilder("second  estcpu  priority\n");
            for (int second = 1; second <= 4; second++) {
                sim.runUntil(second * 1_000_000_000L);
                estcpu = Math.min(295, estcpu + 128);
                long loadfac = 2 * 2048;
                estcpu = (int) (loadfac * estcpu / (loadfac + 2048));
                int expected = PUSER + 20 + estcpu / 8;
                table.append(String.format("%6d  %6d  %8d%n", second, estcpu, expected));
                assertEquals(expected, sim.latestSnapshot().thread("proc/hog#0").priority(), table.toString());
            }
            System.out.println("4BSD schedcpu() decay of a CPU-bound thread:\n" + table);
            assertEquals(List.of(190, 197, 202, 204), List.of(PUSER + 20 + 85 / 8, PUSER + 20 + 142 / 8,
                    PUSER + 20 + 180 / 8, PUSER + 20 + 196 / 8), "the table above, worked by hand");
        }
    }

    /** A thread that ran for 1.5 s and then sleeps for 3 s forgets its CPU use: its priority comes back. */
    @Test
    void fourBsdPriorityRecoversWhileTheThreadSleeps() throws Exception {
        Fixtures.Model m = model("recover", 1, SchedulerKind.FOUR_BSD, 5_000_000_000L);
        m.group("burst", 1, fixed(0), m.path("burst", work(1_500_000_000), sleep(m.channel("nap"), null,
                fixed(3_000_000_000L))));
        try (Simulation sim = Simulation.of(m.compile(), null)) {
            sim.runUntil(1_400_000_000L);
            int busy = sim.latestSnapshot().thread("proc/burst#0").priority();
            sim.runUntil(4_400_000_000L);
            EngineSnapshot s = sim.latestSnapshot();
            assertEquals("sleep", s.thread("proc/burst#0").state());
            int rested = s.thread("proc/burst#0").priority();
            assertTrue(busy >= PUSER + 20 + 10, "decayed while running: " + busy);
            assertTrue(rested < busy && rested <= PUSER + 20 + 6, "recovered while asleep: " + rested + " < " + busy);
        }
    }

    /**
     * msleep(..., PSOCK, ...): the sleeper is queued at PSOCK when woken, so it preempts the timeshare waker at once
     * on their one CPU, and gets its user priority back when its syscall returns.
     */
    @Test
    void wokenMsleeperRunsAtItsSleepPriorityUntilUserMode() throws Exception {
        Fixtures.Model m = model("sleeppri", 1, SchedulerKind.FOUR_BSD, 5_000_000);
        var chan = m.channel("sock");
        Sleep sl = sleep(chan, null, null);
        sl.setPriority(PSOCK);
        m.group("reader", 1, fixed(0), m.path("soreceive", sl, work(100_000)));
        m.group("writer", 1, fixed(10_000), m.path("sosend", work(50_000), wakeup(chan, true), work(20_000)));
        List<String> events = new ArrayList<>();
        SimObserver o = new SimObserver() {
            @Override
            public void enqueued(long t, int thread, int priority) {
                if (thread == 0) {
                    events.add("enqueued " + priority);
                }
            }

            @Override
            public void priorityChanged(long t, int thread, int priority) {
                if (thread == 0) {
                    events.add("priority " + priority);
                }
            }

            @Override
            public void preempted(long t, int cpu, int thread) {
                if (thread == 1) {
                    events.add("writer preempted");
                }
            }
        };
        SimResults r = Fixtures.run(m.compile(), 1, o);
        assertNull(r.failure());
        int woken = events.indexOf("enqueued " + PSOCK);
        assertTrue(woken > 0, events.toString());
        assertEquals("writer preempted", events.get(woken + 1), "PSOCK beats the writer at once: " + events);
        assertEquals("priority " + (PUSER + 20), events.get(woken + 2), "back to user priority: " + events);
        assertTrue(r.operation("soreceive").completed() > 10);
    }

    /**
     * The writer on one CPU wakes a realtime reader whose best victim is the nice 20 hog on the other CPU: the
     * preemption arrives there by IPI_PREEMPT exactly one IPI latency later.
     */
    @Test
    void remotePreemptionGoesThroughAnIpiWithItsLatency() throws Exception {
        for (long latency : new long[] { 1_000, 7_000 }) {
            Fixtures.Model m = model("ipi", 2, SchedulerKind.FOUR_BSD, 20_000_000);
            var chan = m.channel("rtq");
            m.group("hog", 1, 20, PriorityClass.TIMESHARE, fixed(0), m.path("burn", work(5_000_000)));
            m.group("writer", 1, 0, PriorityClass.TIMESHARE, fixed(0),
                    m.path("post", work(200_000), wakeup(chan, true)));
            m.group("rt", 1, 0, PriorityClass.REALTIME, fixed(0), m.path("serve", sleep(chan, null, null), work(10_000)));
            m.scenario.getSettings().setIpiLatency(latency);
            CompiledScenario c = m.compile();
            assertEquals(latency, c.settings.ipiLatencyNs());
            List<long[]> ipis = new ArrayList<>();
            List<long[]> preemptions = new ArrayList<>();
            SimObserver o = new SimObserver() {
                @Override
                public void ipiSent(long t, int from, int to, int kind) {
                    ipis.add(new long[] { t, from, to, kind });
                }

                @Override
                public void preempted(long t, int cpu, int thread) {
                    preemptions.add(new long[] { t, cpu, thread });
                }
            };
            SimResults r = Fixtures.run(c, 3, o);
            assertNull(r.failure());
            assertTrue(ipis.size() > 20, "an IPI per wakeup of the reader: " + ipis.size());
            assertEquals(ipis.size(), r.ipis());
            for (long[] ipi : ipis) {
                assertEquals(SimObserver.IPI_PREEMPT, ipi[3]);
                assertTrue(preemptions.stream().anyMatch(p -> p[0] == ipi[0] + latency && p[1] == ipi[2] && p[2] == 0),
                        "the hog is preempted on CPU " + ipi[2] + " at " + (ipi[0] + latency));
                assertFalse(preemptions.stream().anyMatch(p -> p[0] >= ipi[0] && p[0] < ipi[0] + latency
                        && p[1] == ipi[2]), "not before the IPI arrives");
            }
        }
    }

    /** Four threads that sleep briefly on four CPUs: ULE wakes each on the CPU it ran on; nothing migrates. */
    @Test
    void uleKeepsEachThreadOnItsCpuWhenLoadIsBalanced() throws Exception {
        Fixtures.Model m = model("affinity", 4, SchedulerKind.ULE, 50_000_000);
        m.group("w", 4, fixed(0), m.path("io", work(Fixtures.exponential(200_000)), sleep(m.channel("nap"), null,
                fixed(100_000))));
        List<String> migrations = new ArrayList<>();
        SimObserver o = new SimObserver() {
            @Override
            public void threadMigrated(long t, int thread, int from, int to, boolean steal) {
                migrations.add(thread + ": " + from + " -> " + to);
            }
        };
        SimResults r = Fixtures.run(m.compile(), 5, o);
        assertTrue(r.operationsCompleted() > 500, "" + r.operationsCompleted());
        assertEquals(List.of(), migrations);
        assertEquals(0, r.migrations());
        assertEquals(0, r.steals());
    }

    /**
     * Three threads on two CPUs under ULE: when the CPU with one thread sees it go to sleep, with its own queue
     * empty, it steals the thread waiting on the other CPU's queue.
     */
    @Test
    void anIdleUleCpuStealsFromTheBusiestQueue() throws Exception {
        Fixtures.Model m = model("steal", 2, SchedulerKind.ULE, 100_000_000);
        m.group("w", 3, fixed(0), m.path("io", work(2_000_000), sleep(m.channel("nap"), null, fixed(500_000))));
        List<boolean[]> moves = new ArrayList<>();
        SimObserver o = new SimObserver() {
            @Override
            public void threadMigrated(long t, int thread, int from, int to, boolean steal) {
                moves.add(new boolean[] { steal });
            }
        };
        SimResults r = Fixtures.run(m.compile(), 1, o);
        assertTrue(r.steals() > 5, "steals " + r.steals());
        assertEquals(r.steals(), moves.stream().filter(s -> s[0]).count());
        assertEquals(r.migrations(), moves.size());
        assertTrue(r.utilisation()[SimResults.IDLE] < 0.2, "stealing keeps both CPUs busy: " + r.utilisation()[4]);
    }

    /**
     * ULE's interactivity score: a thread that sleeps far more than it runs is interactive (priority 160..171 with
     * 5.x numbers); CPU hogs score 100 and land at the batch end of the range.
     */
    @Test
    void uleGivesInteractiveThreadsBetterPriorityThanCpuHogs() throws Exception {
        Fixtures.Model m = model("interactive", 2, SchedulerKind.ULE, 1_000_000_000L);
        m.group("hog", 3, fixed(0), m.path("burn", work(1_000_000)));
        m.group("editor", 1, fixed(0), m.path("keystroke", work(50_000), sleep(m.channel("tty"), null,
                fixed(2_000_000))));
        try (Simulation sim = Simulation.of(m.compile(), null)) {
            SimResults r = sim.run();
            assertNull(r.failure());
            EngineSnapshot s = sim.latestSnapshot();
            int editor = s.thread("proc/editor#0").priority();
            assertTrue(editor <= 171, "interactive: " + editor);
            for (int i = 0; i < 3; i++) {
                int hog = s.thread("proc/hog#" + i).priority();
                assertTrue(hog >= 192 && hog > editor, "batch: " + hog);
            }
            assertTrue(r.operation("keystroke").completed() > 300, "the editor is served promptly: "
                    + r.operation("keystroke").completed());
        }
    }

    /** Snapshots show ULE's per-CPU queues on each CPU and 4BSD's one queue as the engine's run queue. */
    @Test
    void snapshotsShowPerCpuQueuesUnderUleAndTheGlobalQueueUnder4bsd() throws Exception {
        for (SchedulerKind k : SchedulerKind.values()) {
            Fixtures.Model m = model("queues", 1, k, 50_000_000);
            m.group("hog", 3, fixed(0), m.path("burn", work(1_000_000)));
            try (Simulation sim = Simulation.of(m.compile(), null)) {
                sim.runUntil(10_500_000);
                EngineSnapshot s = sim.latestSnapshot();
                List<String> perCpu = s.cpus().get(0).runQueue().stream().map(t -> t.name()).toList();
                List<String> global = s.runQueue().stream().map(t -> t.name()).toList();
                assertEquals(2, (k == SchedulerKind.ULE ? perCpu : global).size(), k + ": " + perCpu + global);
                assertEquals(0, (k == SchedulerKind.ULE ? global : perCpu).size(), k + ": " + perCpu + global);
                assertFalse((k == SchedulerKind.ULE ? perCpu : global).contains(s.cpus().get(0).current()));
            }
        }
    }
}
