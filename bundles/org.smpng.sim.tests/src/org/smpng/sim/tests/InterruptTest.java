package org.smpng.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smpng.sim.tests.Fixtures.acquire;
import static org.smpng.sim.tests.Fixtures.exponential;
import static org.smpng.sim.tests.Fixtures.fixed;
import static org.smpng.sim.tests.Fixtures.periodic;
import static org.smpng.sim.tests.Fixtures.poisson;
import static org.smpng.sim.tests.Fixtures.release;
import static org.smpng.sim.tests.Fixtures.sleep;
import static org.smpng.sim.tests.Fixtures.work;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smpng.model.kernel.CodePath;
import org.smpng.model.kernel.LockType;
import org.smpng.model.workload.InterruptSource;
import org.smpng.model.machine.Device;
import org.smpng.model.machine.HandlerKind;
import org.smpng.model.machine.IrqLine;
import org.smpng.model.machine.MachineFactory;
import org.smpng.model.machine.RoutingPolicy;
import org.smpng.sim.SimObserver;
import org.smpng.sim.SimResults;
import org.smpng.sim.SimResults.InterruptResult;
import org.smpng.sim.Simulation;
import org.smpng.sim.Snapshots.EngineSnapshot;
import org.smpng.sim.Snapshots.IrqSnapshot;
import org.smpng.sim.compile.CompiledScenario;
import org.smpng.sim.compile.ScenarioCompiler;
import org.smpng.sim.compile.UnsupportedFeatureException;

/**
 * Interrupts: delivery to CPUs by the IRQ line's routing, the three handler kinds (ithread, INTR_FAST, filter +
 * ithread), what interrupt context may not do, Giant around non-MPSAFE handlers, latency, snapshots, determinism.
 * CPU ids equal CPU indices in these machines.
 */
class InterruptTest {

    /** Records assertions, handler starts and operations as they happen. */
    static final class IntrLog implements SimObserver {
        RunInfo info;
        final List<long[]> asserted = new ArrayList<>(); // {time, source, cpu}
        final List<long[]> started = new ArrayList<>(); // {time, source, cpu, kind, latency}
        final List<long[]> finished = new ArrayList<>(); // {time, source, cpu}
        final List<long[]> operations = new ArrayList<>(); // {end time, latency}
        final List<long[]> contended = new ArrayList<>(); // {time, thread, lock}
        final List<long[]> acquired = new ArrayList<>(); // {time, thread, lock}

        @Override
        public void attached(RunInfo i) {
            info = i;
        }

        @Override
        public void interruptAsserted(long t, int source, int cpu) {
            asserted.add(new long[] { t, source, cpu });
        }

        @Override
        public void interruptHandlerStarted(long t, int source, int cpu, int kind, long latency) {
            started.add(new long[] { t, source, cpu, kind, latency });
        }

        @Override
        public void interruptHandlerFinished(long t, int source, int cpu) {
            finished.add(new long[] { t, source, cpu });
        }

        @Override
        public void operationCompleted(long t, int thread, int operation, long latency) {
            operations.add(new long[] { t, latency });
        }

        @Override
        public void lockContended(long t, int thread, int lock, int owner, int site) {
            contended.add(new long[] { t, thread, lock });
        }

        @Override
        public void lockAcquired(long t, int thread, int lock, boolean shared, int site) {
            acquired.add(new long[] { t, thread, lock });
        }

        long starts(int source, int kind) {
            return started.stream().filter(s -> s[1] == source && s[3] == kind).count();
        }
    }

    private static InterruptResult source(SimResults r, String name) {
        return r.interrupts().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aFixedRoutedIrqLandsOnItsCpuAndItsIthreadRunsThere() throws Exception {
        Fixtures.Model m = new Fixtures.Model("fixed", 4).settings(true, true, 20_000_000);
        CodePath fast = m.path("clk_path", work(2_000));
        CodePath ith = m.path("disk_path", work(5_000));
        m.source("clk", m.irq(0, RoutingPolicy.FIXED, 2), HandlerKind.FAST, true, fast, null, poisson(5_000));
        m.source("disk", m.irq(14, RoutingPolicy.FIXED, 1), HandlerKind.ITHREAD, true, ith, null, poisson(2_000));
        IntrLog log = new IntrLog();
        SimResults r = Fixtures.run(m.compile(), 1, log);
        assertNull(r.failure());

        InterruptResult clk = source(r, "clk");
        assertEquals("fast", clk.handlerKind());
        assertEquals(-1, clk.priority(), "a line with only a fast handler has no interrupt thread");
        assertEquals(0, clk.irq());
        assertEquals("fixed", clk.routing());
        assertTrue(clk.arrivals() > 50, "arrivals " + clk.arrivals());
        assertEquals(List.of(new SimResults.CpuShare(2, clk.handled())), clk.cpus());
        assertTrue(log.asserted.stream().filter(a -> a[1] == 0).allMatch(a -> a[2] == 2), "every clk assertion on cpu2");

        InterruptResult disk = source(r, "disk");
        assertEquals("ithread", disk.handlerKind());
        assertTrue(disk.arrivals() > 20);
        // The machine is otherwise idle, so ithread_schedule on the interrupted CPU finds it idle and it runs there.
        assertEquals(disk.latency("ithread").count(), disk.startsOn(1));
        assertEquals(disk.startsOn(1), disk.cpus().stream().mapToLong(SimResults.CpuShare::handlerStarts).sum());
        assertEquals(2_000, disk.latency("ithread").p50Ns(), 2_000 / 32, "an idle CPU takes it after one switch");
    }

    @Test
    void anIthreadPreemptsTheInterruptedThreadOnItsRoutedCpuWhenNoCpuIsIdle() throws Exception {
        Fixtures.Model m = new Fixtures.Model("local", 2).settings(true, true, 20_000_000);
        m.group("busy", 2, fixed(0), m.path("compute", work(100_000)));
        m.source("nic", m.irq(16, RoutingPolicy.FIXED, 1), HandlerKind.ITHREAD, true, m.path("nic_path", work(5_000)),
                null, poisson(5_000));
        SimResults r = Fixtures.run(m.compile(), 8, null);
        InterruptResult nic = source(r, "nic");
        assertTrue(nic.handled() > 50, "handled " + nic.handled());
        // Both CPUs run equally bad threads: the scheduler's remote preemption would pick cpu0 every time.
        assertEquals(nic.latency("ithread").count(), nic.startsOn(1), nic.cpus().toString());
        // Each wakeup from IWAIT preempts cpu1's thread; assertions that find the ithread still busy only queue.
        assertTrue(r.preemptions() > nic.handled() / 2, r.preemptions() + " preemptions for " + nic.handled());
        assertTrue(nic.latency("ithread").p50Ns() >= ScenarioCompiler.DEFAULT_CONTEXT_SWITCH_NS);
    }

    @Test
    void roundRobinSpreadsAssertionsEvenlyOverTheRoutedCpus() throws Exception {
        Fixtures.Model m = new Fixtures.Model("rr", 4).settings(true, true, 20_000_000);
        CodePath fast = m.path("nic_path", work(1_000));
        m.source("nic", m.irq(256, RoutingPolicy.ROUND_ROBIN, 0, 1, 2, 3), HandlerKind.FAST, true, fast, null,
                periodic(100_000));
        SimResults r = Fixtures.run(m.compile(), 3, null);
        InterruptResult nic = source(r, "nic");
        assertEquals("round-robin", nic.routing());
        assertEquals(4, nic.cpus().size(), nic.cpus().toString());
        for (SimResults.CpuShare s : nic.cpus()) {
            assertEquals(nic.handled() / 4.0, s.handlerStarts(), 1.0, nic.cpus().toString());
        }
        assertEquals(10_000, nic.ratePerSecond(), 100);
    }

    @Test
    void lowestPriorityDeliveryAvoidsTheBusyCpu() throws Exception {
        Fixtures.Model m = new Fixtures.Model("lowest", 2).settings(true, true, 20_000_000);
        CodePath spin = m.path("compute", work(100_000));
        m.group("busy", 1, fixed(0), spin);
        CodePath fast = m.path("lp_path", work(1_000));
        // Periodic and short, so the idle CPU is never still in interrupt context (its task priority raised) when
        // the next one comes: then the busy CPU would be the lowest-priority one.
        m.source("lp", m.irq(17, RoutingPolicy.LOWEST_PRIORITY, 0, 1), HandlerKind.FAST, true, fast, null,
                periodic(50_000));
        try (Simulation sim = Simulation.of(m.compile(), null)) {
            SimResults r = sim.run();
            int busyCpu = sim.latestSnapshot().thread("proc/busy#0").lastCpu();
            InterruptResult lp = source(r, "lp");
            assertTrue(lp.handled() > 200, "handled " + lp.handled());
            assertEquals(0, lp.startsOn(busyCpu), "the busy CPU " + busyCpu + " got interrupts: " + lp.cpus());
            assertEquals(lp.handled(), lp.startsOn(1 - busyCpu));
            // The busy thread was never interrupted: each of its 100 us operations took exactly 100 us.
            assertEquals(100_000, r.operation("compute").meanLatencyNs(), 1e-9);
        }
    }

    @Test
    void aFastHandlerDelaysTheInterruptedThreadsWorkByExactlyItsDuration() throws Exception {
        Fixtures.Model m = new Fixtures.Model("freeze", 1).settings(true, true, 10_000_000);
        m.group("worker", 1, fixed(0), m.path("op", work(1_000_000)));
        m.source("tick", m.irq(0, RoutingPolicy.FIXED, 0), HandlerKind.FAST, true, m.path("tick_path", work(10_000)),
                null, periodic(300_000));
        IntrLog log = new IntrLog();
        SimResults r = Fixtures.run(m.compile(), 5, log);
        assertNull(r.failure());
        assertTrue(log.operations.size() >= 6, "operations " + log.operations.size());
        long interrupted = 0;
        for (long[] op : log.operations) {
            long end = op[0], begin = op[0] - op[1];
            long k = log.started.stream().filter(s -> s[0] >= begin && s[0] < end).count();
            interrupted += k;
            assertEquals(1_000_000 + 10_000 * k, op[1], "operation ending at " + end + " with " + k + " interrupts");
        }
        assertTrue(interrupted >= 15, "interrupts during operations: " + interrupted);
        // Nothing else runs on the CPU, so a fast handler always starts the moment its interrupt is asserted.
        assertEquals(0, source(r, "tick").maxLatencyNs());
        assertEquals(source(r, "tick").handled() * 10_000 / 10e6, r.utilisation()[SimResults.INTR], 1e-3);
    }

    @Test
    void aFastHandlerHasLowerLatencyThanAnIthreadUnderLoad() throws Exception {
        Fixtures.Model m = new Fixtures.Model("load", 1).settings(true, true, 40_000_000);
        LockType s = m.spin("S");
        m.group("workers", 2, fixed(0), m.path("busy", acquire(s), work(5_000), release(s), work(50_000)));
        m.source("fast", m.irq(4, RoutingPolicy.FIXED, 0), HandlerKind.FAST, true,
                m.path("fast_path", acquire(s), work(2_000), release(s)), null, poisson(5_000));
        m.source("ith", m.irq(5, RoutingPolicy.FIXED, 0), HandlerKind.ITHREAD, true, m.path("ith_path", work(2_000)),
                null, poisson(5_000));
        Observers.InvariantChecker check = new Observers.InvariantChecker();
        SimResults r = Fixtures.run(m.compile(), 11, check);
        assertNull(r.failure());
        assertNull(check.violation);
        SimResults.LatencyResult fast = source(r, "fast").latency("fast"), ith = source(r, "ith").latency("ithread");
        assertTrue(fast.count() > 100 && ith.count() > 100, fast + " " + ith);
        assertEquals(0, fast.p50Ns(), "most fast interrupts find interrupts enabled");
        assertTrue(fast.maxNs() > 0, "some wait for a critical section (the spin mutex S) to end: " + fast);
        assertTrue(ith.p50Ns() >= ScenarioCompiler.DEFAULT_CONTEXT_SWITCH_NS, "an ithread pays a switch: " + ith);
        assertTrue(fast.meanNs() < ith.meanNs() / 2, fast + " vs " + ith);
        System.out.printf(java.util.Locale.ROOT, "1 CPU, 2 busy threads taking spin mutex S, 5,000/s each: latency"
                + " mean / p99 / max: fast %.0f / %d / %d ns, ithread %.0f / %d / %d ns%n", fast.meanNs(), fast.p99Ns(),
                fast.maxNs(), ith.meanNs(), ith.p99Ns(), ith.maxNs());
    }

    @Test
    void interruptContextTakingASleepMutexOrSleepingIsAPanicNamingTheHandler() throws Exception {
        Fixtures.Model m = new Fixtures.Model("bad", 2).settings(true, true, 10_000_000);
        LockType mtx = m.mutex("sc_mtx");
        m.source("foo", m.irq(5, RoutingPolicy.FIXED, 1), HandlerKind.FAST, true,
                m.path("foo_path", acquire(mtx), work(1_000), release(mtx)), null, poisson(10_000));
        SimResults r = Fixtures.run(m.compile(), 1, null);
        assertEquals("panic", r.outcome());
        assertTrue(r.failure().contains("fast interrupt handler foo_intr of irq5: foo0 acquires sleep mutex sc_mtx on"
                + " cpu1: interrupt context may take spin mutexes only and never sleep"), r.failure());

        Fixtures.Model f = new Fixtures.Model("badfilter", 2).settings(true, true, 10_000_000);
        f.source("bar", f.irq(6, RoutingPolicy.FIXED, 0), HandlerKind.FILTER_ITHREAD, true, f.path("bar_path",
                work(1_000)), f.path("bar_filter", sleep(f.channel("barwait"), null, fixed(1_000))), poisson(10_000));
        SimResults rf = Fixtures.run(f.compile(), 1, null);
        assertEquals("panic", rf.outcome());
        assertTrue(rf.failure().contains("filter interrupt handler bar_intr (filter) of irq6: bar0 sleeps on barwait"),
                rf.failure());

        Fixtures.Model x = new Fixtures.Model("badexit", 1).settings(true, true, 10_000_000);
        x.source("baz", x.irq(7, RoutingPolicy.FIXED, 0), HandlerKind.FAST, true,
                x.path("baz_path", work(1_000), Fixtures.K.createCriticalExit()), null, poisson(10_000));
        SimResults rx = Fixtures.run(x.compile(), 1, null);
        assertEquals("panic", rx.outcome());
        assertTrue(rx.failure().contains("critical_exit without critical_enter (thread cpu0: interrupt context"),
                rx.failure());
    }

    @Test
    void aFilterRunsInInterruptContextThenSchedulesItsIthread() throws Exception {
        Fixtures.Model m = new Fixtures.Model("filter", 2).settings(true, true, 20_000_000);
        m.source("em", m.irq(257, RoutingPolicy.FIXED, 1), HandlerKind.FILTER_ITHREAD, true,
                m.path("em_task", work(4_000)), m.path("em_filter", work(1_000)), poisson(10_000));
        IntrLog log = new IntrLog();
        SimResults r = Fixtures.run(m.compile(), 2, log);
        assertNull(r.failure());
        InterruptResult em = source(r, "em");
        assertEquals("filter", em.handlerKind());
        long filters = log.starts(0, CompiledScenario.HANDLER_FILTER);
        long ithreads = log.starts(0, CompiledScenario.HANDLER_ITHREAD);
        assertTrue(filters > 100, "filters " + filters);
        assertTrue(filters - ithreads >= 0 && filters - ithreads <= 2, filters + " filters, " + ithreads + " ithreads");
        assertEquals(filters, em.latency("filter").count());
        assertEquals(ithreads, em.latency("ithread").count());
        // The ithread of an assertion starts after its filter ran (1 us) and the switch to it (2 us) at the least.
        assertTrue(em.latency("ithread").p50Ns() >= 3_000, em.latencies().toString());
        assertTrue(em.latency("ithread").meanNs() > em.latency("filter").meanNs() + 3_000, em.latencies().toString());
        assertEquals(em.handled(), ithreads, "an assertion is handled when its ithread finished");
        assertTrue(log.started.stream().allMatch(s -> s[2] == 1), "filter and ithread both run on the routed CPU");
    }

    @Test
    void aNonMpsafeIthreadHandlerRunsUnderGiantAndContendsForIt() throws Exception {
        for (boolean mpsafe : new boolean[] { false, true }) {
            Fixtures.Model m = new Fixtures.Model("giant", 2).settings(true, true, 20_000_000);
            LockType giant = m.giant();
            m.group("users", 2, exponential(50_000), m.path("syscall", acquire(giant), work(200_000), release(giant)));
            m.source("gdev", m.irq(9, RoutingPolicy.FIXED, 0), HandlerKind.ITHREAD, mpsafe,
                    m.path("gdev_path", work(10_000)), null, poisson(2_000));
            CompiledScenario c = m.compile();
            IntrLog log = new IntrLog();
            SimResults r = Fixtures.run(c, 4, log);
            assertNull(r.failure());
            int ithread = log.info.threads().indexOf("irq9: gdev0");
            int giantLock = log.info.locks().indexOf("Giant");
            long takes = log.acquired.stream().filter(a -> a[1] == ithread && a[2] == giantLock).count();
            long contended = log.contended.stream().filter(a -> a[1] == ithread && a[2] == giantLock).count();
            InterruptResult g = source(r, "gdev");
            if (mpsafe) {
                assertEquals(0, takes, "an MPSAFE handler runs without Giant");
                assertTrue(g.latency("ithread").meanNs() < 10_000, g.latencies().toString());
            } else {
                assertTrue(Arrays.stream(c.paths).anyMatch(p -> p.name().equals("ithread_loop(gdev_path, Giant)")));
                assertTrue(takes >= g.handled() && takes > 20, takes + " Giant acquisitions, " + g.handled());
                assertTrue(contended > takes / 4, contended + " of " + takes + " contended");
            }
        }
    }

    @Test
    void snapshotsShowTheIrqsKindCpuAndPendingAndTheCpuInInterrupt() throws Exception {
        Fixtures.Model m = new Fixtures.Model("snap", 2).settings(true, true, 5_000_000);
        m.source("slowfast", m.irq(3, RoutingPolicy.FIXED, 1), HandlerKind.FAST, true, m.path("sf", work(50_000)),
                null, periodic(100_000));
        m.source("backlog", m.irq(10, RoutingPolicy.FIXED, 0), HandlerKind.ITHREAD, true,
                m.path("bl", work(300_000)), null, periodic(100_000));
        boolean sawInterrupt = false;
        int maxPending = 0;
        try (Simulation sim = Simulation.of(m.compile(), null)) {
            for (int k = 0; k < 3_000 && !sim.finished(); k++) {
                sim.step();
                EngineSnapshot s = sim.latestSnapshot();
                IrqSnapshot fast = s.irqs().get(0), slow = s.irqs().get(1);
                assertEquals("fast", fast.handlerKind());
                assertEquals(1, fast.cpu());
                assertEquals("ithread", slow.handlerKind());
                assertEquals(0, slow.cpu());
                if (s.cpus().get(1).state().equals("interrupt")) {
                    sawInterrupt = true;
                    assertEquals("cpu1: interrupt context", s.cpus().get(1).current(), "the idle CPU was interrupted");
                }
                if (s.cpus().get(0).state().equals("interrupt")) { // an ithread's time is interrupt time too
                    assertEquals("irq10: backlog0", s.cpus().get(0).current());
                }
                maxPending = Math.max(maxPending, slow.pending());
            }
        }
        assertTrue(sawInterrupt, "cpu1 is in interrupt context half of the time");
        assertTrue(maxPending >= 3, "an ithread three times slower than its interrupts falls behind: " + maxPending);
    }

    /** All kinds and routings at once, with handlers and threads contending for a spin mutex and Giant. */
    private static CompiledScenario mixed(int cpus, boolean preemption) throws Exception {
        Fixtures.Model m = new Fixtures.Model("mixed", cpus).settings(preemption, preemption, 5_000_000);
        LockType giant = m.giant(), s = m.spin("sched lock"), a = m.mutex("A");
        int[] all = new int[cpus];
        Arrays.setAll(all, i -> i);
        m.group("users", 2 * cpus, exponential(3_000), m.path("u1", acquire(s), work(800), release(s), work(2_000)),
                m.path("u2", acquire(giant), acquire(a), work(exponential(3_000)), release(a), release(giant)));
        m.source("clk", m.irq(0, RoutingPolicy.ROUND_ROBIN, all), HandlerKind.FAST, true,
                m.path("clk_path", acquire(s), work(500), release(s)), null, periodic(50_000));
        m.source("net", m.irq(20, RoutingPolicy.LOWEST_PRIORITY, all), HandlerKind.FILTER_ITHREAD, true,
                m.path("net_task", acquire(a), work(exponential(4_000)), release(a)),
                m.path("net_filter", acquire(s), work(300), release(s)), poisson(30_000));
        m.source("old", m.irq(11, RoutingPolicy.FIXED, cpus - 1), HandlerKind.ITHREAD, false,
                m.path("old_path", work(exponential(2_000))), null, poisson(10_000));
        return m.compile();
    }

    @Test
    void invariantsHoldAndTheSameSeedGivesTheSameTraceWithInterrupts() throws Exception {
        for (int cpus : new int[] { 1, 2, 4, -2 }) { // -2: two CPUs without preemption or adaptive spinning
            CompiledScenario c = mixed(Math.abs(cpus), cpus > 0);
            for (long seed = 1; seed <= 4; seed++) {
                Observers.InvariantChecker check = new Observers.InvariantChecker();
                SimResults r = Fixtures.run(c, seed, check);
                assertNull(r.failure(), cpus + " CPUs, seed " + seed);
                assertNull(check.violation, cpus + " CPUs, seed " + seed);
                for (InterruptResult i : r.interrupts()) {
                    assertTrue(i.handled() > 0 && i.arrivals() - i.handled() <= 20, i.toString());
                }
            }
        }
        CompiledScenario c = mixed(4, true);
        Observers.TraceHash h1 = new Observers.TraceHash(), h2 = new Observers.TraceHash();
        SimResults r1 = Fixtures.run(c, 9, h1), r2 = Fixtures.run(c, 9, h2);
        assertTrue(h1.events > 5_000, "trace too short: " + h1.events);
        assertEquals(h1.hash, h2.hash, "same seed must give the same trace");
        assertEquals(r1.toJson(), r2.toJson());
    }

    @Test
    void aSharedLineRunsEveryHandlerOnIt() throws Exception {
        Fixtures.Model m = new Fixtures.Model("shared", 2).settings(true, true, 20_000_000);
        LockType fxpLock = m.mutex("fxp"), uhciLock = m.mutex("uhci");
        IrqLine line = m.irq(19, RoutingPolicy.FIXED, 1);
        line.setShared(true);
        InterruptSource fxp = m.source("fxp", line, HandlerKind.ITHREAD, true,
                m.path("fxp_intr", acquire(fxpLock), work(2_000), release(fxpLock)), null, poisson(5_000));
        Device uhci = MachineFactory.eINSTANCE.createDevice();
        uhci.setName("uhci0");
        uhci.getIrqLines().add(line);
        m.machine.getDevices().add(uhci);
        m.handler(uhci, "uhci_intr", HandlerKind.ITHREAD, true, line,
                m.path("uhci_intr", acquire(uhciLock), work(1_000), release(uhciLock)), null);
        CompiledScenario c = m.compile();
        assertEquals("irq19: fxp0 uhci0", c.interrupts[0].threadName());
        IntrLog log = new IntrLog();
        SimResults r = Fixtures.run(c, 6, log);
        InterruptResult i = source(r, fxp.getName());
        assertTrue(i.handled() > 50);
        for (String lock : List.of("fxp", "uhci")) {
            int l = log.info.locks().indexOf(lock);
            long n = log.acquired.stream().filter(a -> a[2] == l).count();
            assertTrue(n >= i.handled() && n <= i.handled() + 1, lock + ": " + n + " for " + i.handled());
        }
    }

    @Test
    void theBuiltinMachinesRouteTheirIrqsAndSoftwareInterruptsStillRun() throws Exception {
        SimResults r = Fixtures.runBuiltin("builtin:syscall-mix-5.3", 4, 20_000_000, 1, 0);
        assertNull(r.failure());
        InterruptResult clock = source(r, "clock"), disk = source(r, "disk"), softclock = source(r, "softclock");
        assertEquals("fast", clock.handlerKind(), "i386 clkintr is INTR_FAST in 5.3");
        assertEquals(List.of(0), clock.cpus().stream().map(SimResults.CpuShare::cpuId).toList());
        assertEquals(20, clock.handled(), 1);
        assertEquals("ithread", disk.handlerKind());
        assertEquals(14, disk.irq());
        assertEquals("ithread", softclock.handlerKind());
        assertEquals(-1, softclock.irq());
        assertEquals(20, softclock.handled(), 1);
        SimResults old = Fixtures.runBuiltin("builtin:syscall-mix-4x", 4, 20_000_000, 1, 0);
        assertNull(old.failure());
        assertEquals("ithread", source(old, "clock").handlerKind(), "4.x: clkintr takes Giant, so it is an ithread");
        assertEquals(20, source(old, "clock").handled(), 1);
        System.out.println("syscall-mix on 4 CPUs, 20 ms, seed 1: interrupt latency mean / p99 / max");
        for (SimResults run : List.of(old, r)) {
            for (InterruptResult i : run.interrupts()) {
                System.out.printf(java.util.Locale.ROOT, "  %-26s %-10s %-8s cpus %-10s %8.0f / %6d / %6d ns%n",
                        run.scenario(), i.name(), i.handlerKind(),
                        i.cpus().stream().map(c -> c.cpuId() + ":" + c.handlerStarts()).toList(), i.meanLatencyNs(),
                        i.p99LatencyNs(), i.maxLatencyNs());
            }
        }
    }

    @Test
    void theCompilerKeepsRoutedCpusThatExistAndSaysWhatItModels() throws Exception {
        Fixtures.Model m = new Fixtures.Model("route", 4);
        m.source("far", m.irq(7, RoutingPolicy.FIXED, 3), HandlerKind.FAST, true, m.path("far_path", work(1_000)),
                null, poisson(1_000));
        m.source("some", m.irq(8, RoutingPolicy.ROUND_ROBIN, 1, 3), HandlerKind.ITHREAD, true,
                m.path("some_path", work(1_000)), null, poisson(1_000));
        CompiledScenario two = ScenarioCompiler.compile(m.scenario, 2);
        Fixtures.Model bad = new Fixtures.Model("nofilter", 1);
        bad.source("nf", bad.irq(3, RoutingPolicy.FIXED, 0), HandlerKind.FILTER_ITHREAD, true,
                bad.path("nf_path", work(1_000)), null, poisson(1_000));
        UnsupportedFeatureException e = assertThrows(UnsupportedFeatureException.class, bad::compile);
        assertEquals("interrupt source 'nf': handler 'nf_intr' of device 'nf0' is a filter + ithread handler without a"
                + " filter code path", e.getMessage());
        assertEquals(0, two.interrupts[0].targets()[0], "a line routed only to a CPU that is gone goes to the BSP");
        assertTrue(two.notes.stream().anyMatch(n -> n.startsWith("irq7 (far) is routed to no CPU of this machine")),
                two.notes.toString());
        assertEquals(List.of(1), Arrays.stream(two.interrupts[1].targets()).boxed().toList());
        assertTrue(two.notes.contains(ScenarioCompiler.INTERRUPT_NOTE));
        assertNotNull(two.interrupts[1].threadName());
        assertEquals("irq8: some0", two.interrupts[1].threadName());
    }
}
