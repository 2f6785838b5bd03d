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
        assertEquals(8, c.threadGroups[0].count());
        assertEquals(180, c.threadGroups[0].priority(), "PUSER + nice 0 - PRIO_MIN");
        assertTrue(c.operations.length >= 8);
        assertTrue(c.interrupts.length >= 4, "hardclock, statclock, disk, softclock");
        assertTrue(c.notes.stream().anyMatch(n -> n.contains("KSE")), c.notes.toString());
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
    void parallelModeIsNotYetImplemented() throws Exception {
        Scenario s = KernelModels.load("builtin:syscall-mix-5.3", Scenario.class);
        UnsupportedFeatureException e = assertThrows(UnsupportedFeatureException.class,
                () -> Simulation.compile(s, Simulation.Options.DEFAULT.withMode(ExecutionMode.PARALLEL)));
        assertTrue(e.getMessage().contains("not yet implemented"), e.getMessage());
    }
}
