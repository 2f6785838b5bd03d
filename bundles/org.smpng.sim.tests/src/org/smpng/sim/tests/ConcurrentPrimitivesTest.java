package org.smpng.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.scenario.Scenario;
import org.smpng.sim.compile.CompiledScenario;
import org.smpng.sim.compile.ScenarioCompiler;
import org.smpng.sim.par.PrimitiveProbe;

/**
 * The parallel mode's locks as bare concurrent objects, jcstress-style: four Java threads, each running one modeled
 * thread on its own modeled CPU, hammer one lock with a plain (unsynchronized) read-modify-write inside; a lost
 * update means two holders at once, and a thread that never comes back means a lost wakeup on the turnstile. With
 * adaptive spinning off every contended acquisition of the sleep mutex blocks on the turnstile and every release
 * with waiters wakes one; with it on, spinners and sleepers mix. Priorities must all be back at base at the end.
 */
class ConcurrentPrimitivesTest {

    private static final int THREADS = 4, ROUNDS = 20_000;

    @ParameterizedTest(name = "{0}, adaptive spinning {1}")
    @CsvSource({ "sleep mutex,false", "sleep mutex,true", "spin mutex,true" })
    void noTwoHoldersAndNobodyLeftBehind(String lockClass, boolean adaptive) throws Exception {
        CompiledScenario c = ScenarioCompiler.compile(KernelModels.load("builtin:syscall-mix-5.3", Scenario.class));
        CompiledScenario.Settings s = c.settings;
        c = c.withSettings(new CompiledScenario.Settings(s.preemption(), adaptive, s.seed(), s.durationNs(),
                s.contextSwitchNs(), s.quantumNs(), s.tryBackoffNs(), s.scheduler(), s.ipiLatencyNs()));
        PrimitiveProbe probe = new PrimitiveProbe(c);
        String name = probe.lockNames(lockClass).get(0);
        Object lock = probe.resolve(name);
        long[] counter = new long[1]; // guarded by the modeled lock only
        CyclicBarrier start = new CyclicBarrier(THREADS);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<PrimitiveProbe.Bound> bound = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            int cpu = i;
            Thread t = new Thread(() -> {
                try {
                    PrimitiveProbe.Bound td = probe.bind(cpu, cpu);
                    synchronized (bound) {
                        bound.add(td);
                    }
                    start.await();
                    for (int r = 0; r < ROUNDS; r++) {
                        td.acquire(lock);
                        long v = counter[0];
                        if ((r & 7) == 0) {
                            Thread.onSpinWait(); // widen the window a little
                        }
                        counter[0] = v + 1;
                        td.release(lock);
                    }
                } catch (Throwable e) {
                    failure.set(e);
                }
            }, "modeled cpu" + i);
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) {
            t.join(60_000);
            assertFalse(t.isAlive(), t.getName() + " never came back: a lost wakeup or a stuck spinner on " + name);
        }
        assertNull(failure.get());
        assertEquals((long) THREADS * ROUNDS, counter[0], "lost updates: two holders of " + name + " at once");
        assertEquals(-1, probe.ownerOf(name));
        for (PrimitiveProbe.Bound td : bound) {
            assertEquals(td.basePriority(), td.priority(), "priority restored");
        }
    }
}
