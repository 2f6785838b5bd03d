package org.smpng.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smpng.sim.tests.Fixtures.acquire;
import static org.smpng.sim.tests.Fixtures.fixed;
import static org.smpng.sim.tests.Fixtures.release;
import static org.smpng.sim.tests.Fixtures.work;

import org.junit.jupiter.api.Test;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.kernel.LockClassKind;
import org.smpng.model.scenario.ExecutionMode;
import org.smpng.model.scenario.Scenario;
import org.smpng.model.scenario.SchedulerKind;
import org.smpng.sim.Simulation;
import org.smpng.sim.compile.CompiledScenario;
import org.smpng.sim.compile.ScenarioCompiler;
import org.smpng.sim.compile.UnsupportedFeatureException;

/** What the compiler produces, and how it refuses what the engine cannot run. */
class ScenarioCompilerTest {

    @Test
    void builtinScenarioCompilesToCompactTables() throws Exception {
        Scenario s = KernelModels.load("builtin:syscall-mix-5.3", Scenario.class);
        CompiledScenario c = ScenarioCompiler.compile(s);
        assertEquals(4, c.machine.cpus());
        assertEquals("Giant", c.lockTypes[c.giant].name());
        assertTrue(c.lockTypes[c.giant].recursable());
        assertEquals(16, c.threadGroups[0].count());
        assertEquals(180, c.threadGroups[0].priority(), "PUSER + nice 0 - PRIO_MIN");
        assertTrue(c.operations.length >= 8);
        assertTrue(c.interrupts.length >= 4, "hardclock, statclock, disk, softclock");
        assertTrue(c.notes.stream().anyMatch(n -> n.contains("KSE")), c.notes.toString());
    }

    @Test
    void threadLibrariesCompileWithTheirKseCountAndUserLevelWaits() throws Exception {
        Scenario s = KernelModels.load("builtin:syscall-mix-5.3", Scenario.class);
        CompiledScenario kse = ScenarioCompiler.compile(s, 2);
        assertEquals(CompiledScenario.LIB_KSE, kse.threadGroups[0].library());
        assertEquals(2, kse.threadGroups[0].kses(), "one KSE per CPU of the rebuilt machine");
        assertTrue(kse.notes.stream().anyMatch(n -> n.contains("2 KSEs") && n.contains("derived")),
                kse.notes.toString());
        assertEquals(null, kse.threadGroups[0].userLevelWaits());

        s.getWorkload().getProcesses().get(0).setThreadingLibrary(org.smpng.model.kernel.ThreadingLibrary.LIBC_R);
        CompiledScenario libcR = ScenarioCompiler.compile(s);
        boolean[] userLevel = libcR.threadGroups[0].userLevelWaits();
        java.util.List<String> channels = java.util.List.of(libcR.channels);
        // Woken by the process's own syscalls: the pipe between its threads, its children's exit.
        for (String own : new String[] { "piperd", "pipewr", "wait" }) {
            assertTrue(userLevel[channels.indexOf(own)], own);
        }
        // Woken from outside the process: the disk interrupt's biodone, the netisr's socket wakeups.
        for (String outside : new String[] { "biord", "sbwait" }) {
            assertTrue(!userLevel[channels.indexOf(outside)], outside);
        }
        assertEquals(0, libcR.threadGroups[0].kses());
        assertTrue(libcR.notes.stream().anyMatch(n -> n.contains("libc_r (N:1)")), libcR.notes.toString());
    }

    @Test
    void everyLockStepHasADistinctAcquisitionSite() throws Exception {
        CompiledScenario c = ScenarioCompiler.compile(KernelModels.load("builtin:syscall-mix-5.3", Scenario.class));
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        java.util.ArrayDeque<org.smpng.sim.compile.Op[]> todo = new java.util.ArrayDeque<>();
        for (CompiledScenario.PathInfo p : c.paths) {
            todo.add(p.steps());
        }
        while (!todo.isEmpty()) {
            for (org.smpng.sim.compile.Op op : todo.poll()) {
                boolean lockStep = op.code == org.smpng.sim.compile.Op.ACQUIRE
                        || op.code == org.smpng.sim.compile.Op.RELEASE || op.code == org.smpng.sim.compile.Op.SLEEP;
                assertEquals(lockStep, op.site >= 0, "site of op " + op.code + " " + op.label);
                if (lockStep) {
                    assertTrue(seen.add(op.site), "site shared: " + c.sites[op.site]);
                }
                if (op.body != null) {
                    todo.add(op.body);
                }
                if (op.elseBody != null) {
                    todo.add(op.elseBody);
                }
            }
        }
        // Without line numbers in the built-in data, a site is the code path and the step's ordinal in it.
        CompiledScenario.SiteInfo first = c.sites[0];
        assertEquals(first.path(), first.file());
        assertTrue(first.line() >= 1 && first.toString().equals(first.file() + ":" + first.line()), first.toString());
    }

    @Test
    void cpusOverrideKeepsTopologyAndAddsPackages() throws Exception {
        Scenario s = KernelModels.load("builtin:syscall-mix-5.3", Scenario.class);
        CompiledScenario two = ScenarioCompiler.compile(s, 2);
        assertEquals(2, two.machine.cpus());
        CompiledScenario six = ScenarioCompiler.compile(s, 6);
        assertEquals(6, six.machine.cpus());
        assertEquals(six.machine.crossPackageNs(), six.machine.transferCost(4, 5));
        assertEquals(0, six.machine.transferCost(3, 3));
    }

    @Test
    void schedulerSettingSelectsTheSchedulerAndItsNote() throws Exception {
        Scenario s = KernelModels.load("builtin:syscall-mix-5.3", Scenario.class);
        CompiledScenario bsd = ScenarioCompiler.compile(s);
        assertEquals(CompiledScenario.SCHED_4BSD, bsd.settings.scheduler());
        assertTrue(bsd.notes.stream().anyMatch(n -> n.startsWith("SCHED_4BSD")), bsd.notes.toString());
        s.getSettings().setScheduler(SchedulerKind.ULE);
        CompiledScenario ule = ScenarioCompiler.compile(s);
        assertEquals(CompiledScenario.SCHED_ULE, ule.settings.scheduler());
        assertTrue(ule.notes.stream().anyMatch(n -> n.startsWith("SCHED_ULE")), ule.notes.toString());
        assertEquals(ScenarioCompiler.DEFAULT_IPI_LATENCY_NS, ule.settings.ipiLatencyNs());
    }

    @Test
    void engineTimingsComeFromTheSettingsAndNegativeOnesAreRefused() throws Exception {
        Fixtures.Model m = new Fixtures.Model("timings", 1);
        m.group("g", 1, fixed(0), m.path("p", work(10)));
        m.scenario.getSettings().setContextSwitchCost(3500);
        m.scenario.getSettings().setQuantum(20_000_000);
        m.scenario.getSettings().setIpiLatency(2500);
        CompiledScenario c = m.compile();
        assertEquals(3500, c.settings.contextSwitchNs());
        assertEquals(20_000_000, c.settings.quantumNs());
        assertEquals(2500, c.settings.ipiLatencyNs());
        m.scenario.getSettings().setIpiLatency(-1);
        UnsupportedFeatureException e = assertThrows(UnsupportedFeatureException.class, m::compile);
        assertTrue(e.getMessage().contains("IPI latency") && e.getMessage().contains("timings"), e.getMessage());
    }

    @Test
    void sleepPriorityOutsideTheRangeIsRefusedNamingThePath() throws Exception {
        Fixtures.Model m = new Fixtures.Model("sleeppri", 1);
        var sl = Fixtures.sleep(m.channel("chan"), null, fixed(1000));
        sl.setPriority(300);
        m.group("g", 1, fixed(0), m.path("sleeps_badly", sl));
        UnsupportedFeatureException e = assertThrows(UnsupportedFeatureException.class, m::compile);
        assertTrue(e.getMessage().contains("sleeps_badly") && e.getMessage().contains("300"), e.getMessage());
    }

    @Test
    void rwLockIsRefusedNamingTheLockTypeAndThePath() throws Exception {
        Fixtures.Model m = new Fixtures.Model("rw", 1);
        var rw = m.lock("my rwlock", LockClassKind.RW);
        m.group("g", 1, fixed(0), m.path("uses_rw", acquire(rw), work(10), release(rw)));
        UnsupportedFeatureException e = assertThrows(UnsupportedFeatureException.class, m::compile);
        assertTrue(e.getMessage().contains("my rwlock") && e.getMessage().contains("uses_rw")
                && e.getMessage().contains("RW"), e.getMessage());
    }

    @Test
    void parallelModeRunsTheBuiltinScenario() throws Exception {
        Scenario s = KernelModels.load("builtin:syscall-mix-5.3", Scenario.class);
        Simulation.Options options = Simulation.Options.DEFAULT.withMode(ExecutionMode.PARALLEL).withScale(0.1)
                .withDuration(20_000_000);
        try (Simulation sim = Simulation.load(s, options)) {
            assertEquals(ExecutionMode.PARALLEL, sim.mode());
            assertTrue(sim.engine() instanceof org.smpng.sim.par.ParEngine);
            org.smpng.sim.SimResults r = sim.run();
            assertEquals("completed", r.outcome(), r.failure());
            assertTrue(r.operationsCompleted() > 0, r.toJson());
            assertTrue(r.locks().stream().anyMatch(l -> l.name().equals("Giant") && l.acquisitions() > 0), r.toJson());
        }
        assertThrows(IllegalArgumentException.class, () -> Simulation.Options.DEFAULT.withScale(-1));
    }
}
