package org.smpng.sim.kern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.scenario.Scenario;
import org.smpng.model.scenario.SchedulerKind;
import org.smpng.sim.SimObserver;
import org.smpng.sim.Simulation;
import org.smpng.sim.compile.CompiledScenario;

/**
 * ULE's sched_balance() on an engine that has not started: eight runnable threads all queued on CPU 0 of four idle
 * CPUs are spread two per CPU, and each idle CPU that received threads is started by one IPI from CPU 0.
 */
class SchedULEBalanceTest {

    @Test
    void balancingEvensQueueLengthsAndWakesIdleCpusByIpi() throws Exception {
        Scenario s = KernelModels.load("builtin:syscall-mix-target", Scenario.class);
        s.getSettings().setScheduler(SchedulerKind.ULE);
        CompiledScenario c = Simulation.compile(s, Simulation.Options.DEFAULT.withCpus(4));
        List<String> ipis = new ArrayList<>();
        Engine e = new Engine(c, new SimObserver() {
            @Override
            public void ipiSent(long t, int from, int to, int kind) {
                ipis.add(from + "->" + to + " " + SimObserver.IPI_NAMES.get(kind));
            }
        });
        assertTrue(e.sched instanceof SchedULE);
        List<SimThread> users = new ArrayList<>();
        for (SimThread td : e.threads) {
            if (!td.ithread) {
                users.add(td);
            }
        }
        assertEquals(16, users.size(), "the syscall mix runs sixteen worker threads");
        for (SimThread td : users) {
            td.state = SimThread.TDS_RUNQ;
            e.cpus[0].tdq.add(td, false);
            td.rqCpu = e.cpus[0];
        }
        e.sched.periodic();
        int[] lengths = new int[4];
        for (int i = 0; i < 4; i++) {
            lengths[i] = e.cpus[i].tdq.size();
        }
        assertEquals(List.of(4, 4, 4, 4), List.of(lengths[0], lengths[1], lengths[2], lengths[3]));
        for (SimThread td : users) {
            assertEquals(td.rqCpu.tdq, e.cpus[td.rqCpu.index].tdq);
            assertTrue(td.rqIndex >= 0);
        }
        assertEquals(List.of("0->1 IPI_AST", "0->2 IPI_AST", "0->3 IPI_AST"), ipis);
        assertFalse(e.cpus[0].ipiPending);
        assertTrue(e.cpus[1].ipiPending && e.cpus[2].ipiPending && e.cpus[3].ipiPending);
        e.sched.periodic();
        assertEquals(3, ipis.size(), "balanced queues stay as they are");
        assertEquals(4, e.cpus[3].tdq.size());
    }
}
