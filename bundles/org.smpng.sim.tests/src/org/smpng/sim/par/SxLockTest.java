package org.smpng.sim.par;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.scenario.Scenario;
import org.smpng.sim.SimObserver;
import org.smpng.sim.compile.ScenarioCompiler;

/**
 * sx try/upgrade/downgrade of the parallel engine, which no code path step uses yet, driven directly: two modeled
 * threads of the built-in scenario are put on CPUs 0 and 1 by hand (the engine is not started), one run by the test
 * thread and one by a helper Java thread, so the second really sleeps on the sx and is really woken by a downgrade.
 */
class SxLockTest {

    private ParEngine engine;

    private KThread onCpu(int tid, int cpu, Thread java) {
        KThread td = engine.threads[tid];
        td.javaThread = java;
        td.state = KThread.TDS_RUNNING;
        td.lastCpu = cpu;
        engine.cpus[cpu].current = td;
        td.cpu = engine.cpus[cpu];
        return td;
    }

    private SxLock anSx() throws Exception {
        engine = new ParEngine(ScenarioCompiler.compile(KernelModels.load("builtin:syscall-mix-5.3", Scenario.class)),
                SimObserver.NONE, 1);
        engine.pauseRequested = false;
        engine.clock.resume();
        return (SxLock) engine.allLocks.stream().filter(l -> l instanceof SxLock).findFirst().orElseThrow();
    }

    @Test
    void upgradeSucceedsOnlyForTheOnlyReader() throws Exception {
        SxLock x = anSx();
        KThread a = onCpu(0, 0, Thread.currentThread());
        KThread b = onCpu(1, 1, Thread.currentThread()); // both driven from this thread: no waiting involved
        x.lock(a, true);
        x.lock(b, true);
        assertFalse(x.tryUpgrade(a), "two readers: the upgrade fails and a keeps its shared hold");
        assertEquals(List.of(a.name, b.name), x.snapshot().sharers());
        assertFalse(x.tryLock(a, false), "no exclusive hold while read");
        x.unlock(b);
        assertTrue(x.tryUpgrade(a));
        assertEquals(a.name, x.snapshot().owner());
        assertEquals(List.of(), x.snapshot().sharers());
        assertFalse(x.tryLock(b, true), "no shared hold while held exclusively");
        x.unlock(a);
        assertNull(x.snapshot().owner());
        assertTrue(x.tryLock(b, false));
        x.unlock(b);
    }

    @Test
    void downgradeLetsASleepingReaderIn() throws Exception {
        SxLock x = anSx();
        KThread a = onCpu(0, 0, Thread.currentThread());
        x.lock(a, false);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread helper = new Thread(() -> {
            try {
                KThread b = engine.threads[1];
                x.lock(b, true); // sleeps on the sx's shared queue until the downgrade
                assertEquals(1, b.cpu.index, "woken onto the CPU it left, which was idle");
                x.unlock(b);
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "modeled thread b");
        onCpu(1, 1, helper);
        helper.start();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (engine.threads[1].state != KThread.TDI_SLEEPING && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertEquals(KThread.TDI_SLEEPING, engine.threads[1].state, "b sleeps while a holds the sx exclusively");
        assertNull(engine.cpus[1].current, "b's CPU went idle");
        assertEquals(List.of(engine.threads[1].name), x.snapshot().waiters());
        x.downgrade(a);
        helper.join(5_000);
        assertFalse(helper.isAlive(), "b got its shared hold beside a and released it");
        assertNull(failure.get());
        assertEquals(List.of(a.name), x.snapshot().sharers());
        x.unlock(a);
        assertEquals(0, x.snapshot().sharers().size());
    }
}
