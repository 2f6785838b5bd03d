package org.smpng.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.kernel.CodePath;
import org.smpng.model.kernel.LockClassKind;
import org.smpng.model.kernel.LockType;
import org.smpng.model.scenario.Scenario;
import org.smpng.model.workload.PriorityClass;
import org.smpng.sim.SimResults;
import org.smpng.sim.Simulation;
import org.smpng.sim.diag.InterruptLatencies;
import org.smpng.sim.diag.LockProfiler;
import org.smpng.sim.diag.ObserverTee;
import org.smpng.sim.diag.RunAnalysis;
import org.smpng.sim.diag.RunAnalysis.InversionEpisode;
import org.smpng.sim.diag.RunReport;
import org.smpng.sim.diag.Scaling;

/** Run analyses: priority inversion with and without propagation, Giant by subsystem, utilisation, scaling. */
class RunAnalysisTest {

    /**
     * The textbook inversion on one CPU. A low-priority thread (nice 20) takes lock X and works 300 us with it. A
     * high-priority thread (nice -20) wakes after 100 us and wants X. A middle-priority thread (nice 0) wakes after
     * 150 us and computes for 400 us. With a sleep mutex, the high thread lends its priority to the owner, which
     * keeps the CPU until it releases X: the inversion lasts the rest of the hold, about 210 us. With an sx lock
     * (no propagation in FreeBSD) the middle thread preempts the owner and the inversion lasts 400 us longer.
     */
    private static RunAnalysis.Result inversion(LockClassKind kind) throws Exception {
        Fixtures.Model m = new Fixtures.Model("inversion " + kind, 1).settings(true, true, 1_200_000);
        LockType x = m.lock("X", kind);
        CodePath low = m.path("low", Fixtures.acquire(x), Fixtures.work(300_000), Fixtures.release(x),
                Fixtures.sleep(m.channel("low nap"), null, Fixtures.fixed(1_000_000)));
        CodePath high = m.path("high", Fixtures.sleep(m.channel("high nap"), null, Fixtures.fixed(100_000)),
                Fixtures.acquire(x), Fixtures.work(1_000), Fixtures.release(x),
                Fixtures.sleep(m.channel("high rest"), null, Fixtures.fixed(1_000_000)));
        CodePath middle = m.path("middle", Fixtures.sleep(m.channel("middle nap"), null, Fixtures.fixed(150_000)),
                Fixtures.work(400_000), Fixtures.sleep(m.channel("middle rest"), null, Fixtures.fixed(1_000_000)));
        m.group("high", 1, -20, PriorityClass.TIMESHARE, Fixtures.fixed(1_000), high);
        m.group("middle", 1, 0, PriorityClass.TIMESHARE, Fixtures.fixed(1_000), middle);
        m.group("low", 1, 20, PriorityClass.TIMESHARE, Fixtures.fixed(1_000), low);
        RunAnalysis analysis = new RunAnalysis();
        SimResults r = Fixtures.run(m.compile(), 1, analysis);
        assertTrue(r.completed(), r.failure());
        return analysis.result(r.endTimeNs());
    }

    @Test
    void inversionIsFoundAndPropagationShortensIt() throws Exception {
        RunAnalysis.Result mutex = inversion(LockClassKind.SLEEP_MUTEX);
        assertEquals(1, mutex.inversions().size(), mutex.inversions().toString());
        InversionEpisode e = mutex.inversions().get(0);
        assertEquals("proc/high#0", e.waiter());
        assertEquals("proc/low#0", e.owner());
        assertTrue(e.lent(), "the turnstile lent the owner the waiter's priority");
        assertTrue(e.durationNs() > 190_000 && e.durationNs() < 230_000, "rest of the 300 us hold: " + e);
        assertTrue(e.ownerRunnableNs() < 10_000, "boosted, the owner kept the CPU: " + e);
        assertEquals(1, mutex.withPropagation().episodes());
        assertEquals(0, mutex.withoutPropagation().episodes());

        RunAnalysis.Result sx = inversion(LockClassKind.SX);
        assertEquals(1, sx.inversions().size(), sx.inversions().toString());
        InversionEpisode s = sx.inversions().get(0);
        assertFalse(s.lent(), "sx waiters sleep on a sleep queue, which lends nothing");
        assertTrue(s.ownerRunnableNs() > 390_000, "the middle thread ran instead of the owner: " + s);
        assertTrue(s.durationNs() > e.durationNs() + 390_000, "without propagation: " + s + " vs " + e);
        assertEquals(1, sx.withoutPropagation().episodes());
        assertFalse(s.open(), "the episode ended within the run: " + s);
    }

    @Test
    void giantIsChargedToTheSubsystemsThatHoldItAndCpuTimeAddsUp() throws Exception {
        Scenario s = KernelModels.load("builtin:syscall-mix-5.3", Scenario.class);
        var c = Simulation.compile(s, Simulation.Options.DEFAULT.withCpus(4).withDuration(5_000_000).withSeed(3));
        RunAnalysis analysis = new RunAnalysis();
        LockProfiler prof = new LockProfiler();
        SimResults r = Fixtures.run(c, 3, new ObserverTee(List.of(analysis, prof)));
        RunAnalysis.Result a = analysis.result(r.endTimeNs());
        assertEquals(r.giantHeldShare(), a.giantHeldShare(), 1e-9, "the same held share as the engine's");
        double sum = a.giant().stream().mapToDouble(RunAnalysis.GiantShare::heldShare).sum();
        assertEquals(a.giantHeldShare(), sum, 1e-9, "subsystems' shares add up to Giant's");
        assertTrue(a.giant().size() >= 2, "several subsystems take Giant in 5.3: " + a.giant());
        assertFalse(a.giant().stream().anyMatch(g -> g.subsystem().startsWith("(")),
                "every Giant acquisition is in a code path with a subsystem: " + a.giant());
        long contended = a.giant().stream().mapToLong(RunAnalysis.GiantShare::contended).sum();
        long acquired = a.giant().stream().mapToLong(RunAnalysis.GiantShare::acquisitions).sum();
        assertEquals(r.giantContendedShare(), (double) contended / acquired, 1e-9);

        assertEquals(4, a.cpus().size());
        double idle = 0;
        for (RunAnalysis.CpuUtilisation u : a.cpus()) {
            assertEquals(1.0, u.busy() + u.idle(), 1e-9);
            assertTrue(u.spin() <= u.busy() && u.interruptThreads() <= u.busy());
            idle += u.idle() / 4;
        }
        assertEquals(r.utilisation()[SimResults.IDLE], idle, 0.01, "idle agrees with the engine's accounting");
        for (int i = 1; i < a.contention().size(); i++) {
            assertTrue(a.contention().get(i - 1).waitNs() >= a.contention().get(i).waitNs());
        }

        RunReport report = new RunReport(r, a, InterruptLatencies.fromResults(r), prof);
        String text = report.text();
        assertTrue(text.contains("Giant: held"), text);
        assertTrue(text.contains("Priority inversion"), text);
        assertTrue(text.contains(a.contention().get(0).lock()), text);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(report.json());
        assertEquals(a.giantHeldShare(), (Double) ((Map<?, ?>) json.get("giant")).get("heldShare"), 1e-12);
        assertEquals(r.interrupts().size(), ((List<?>) json.get("interruptLatency")).size());
    }

    @Test
    void interruptLatenciesKeepADistributionPerSource() throws Exception {
        Fixtures.Model m = new Fixtures.Model("irq", 1);
        m.interrupt("disk", 1000, m.path("ata_intr", Fixtures.work(100)));
        InterruptLatencies l = new InterruptLatencies(m.compile());
        l.interruptAsserted(1_000, 0);
        l.interruptAsserted(1_500, 0);
        l.handlerStarted(3_000, 0);
        l.handlerStarted(4_500, 0);
        InterruptLatencies.Summary s = l.summaries().get(0);
        assertEquals(2, s.handled());
        assertEquals(2_500, s.meanNs(), 3, "(2000 + 3000) / 2");
        assertEquals(3_000, s.maxNs(), 3);
        assertTrue(s.hasDistribution());
        assertTrue(l.recorded());
        assertEquals(List.of(s), InterruptLatencies.of(l, null).subList(0, 1), "recorded distributions win");
    }

    @Test
    void scalingTableComparesCpuCounts() throws Exception {
        Scenario s = KernelModels.load("builtin:syscall-mix-4x", Scenario.class);
        List<Scaling.Row> rows = Scaling.run(s, Simulation.Options.DEFAULT.withDuration(3_000_000).withSeed(2),
                new int[] { 1, 2, 4 });
        assertEquals(List.of(1, 2, 4), rows.stream().map(Scaling.Row::cpus).toList());
        assertEquals(1.0, rows.get(0).speedup(), 1e-12);
        assertTrue(rows.get(2).giantHeldShare() > rows.get(0).giantHeldShare() - 1e-9,
                "under 4.x's Giant, more CPUs hold Giant at least as much: " + rows);
        String table = Scaling.text(rows);
        assertEquals(4, table.split("\n").length);
        assertTrue(table.startsWith("cpus   operations/s  speedup"), table);
        MiniJson.parse(Scaling.json(rows));
    }
}
