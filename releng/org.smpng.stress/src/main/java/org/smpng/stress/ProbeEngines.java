package org.smpng.stress;

import org.smpng.model.builtin.KernelModels;
import org.smpng.model.builtin.ModelLoadException;
import org.smpng.model.scenario.Scenario;
import org.smpng.sim.compile.CompiledScenario;
import org.smpng.sim.compile.ScenarioCompiler;
import org.smpng.sim.compile.UnsupportedFeatureException;
import org.smpng.sim.par.PrimitiveProbe;

/**
 * Fresh parallel engines for the jcstress tests: one {@link PrimitiveProbe} per jcstress state, so that every
 * state starts with every lock free, every CPU idle and no modeled thread bound (a modeled thread can be bound to a
 * Java thread only once, and jcstress runs each actor of a state on its own worker thread). The scenario is the
 * built-in FreeBSD 5.3 syscall mix, compiled once per JVM; it has sleep mutexes, spin mutexes and sx locks, and four
 * CPUs, more than any test binds.
 *
 * <p>Thread safety: the compiled scenarios are immutable and published by class initialization.
 */
public final class ProbeEngines {

    /** The built-in scenario whose locks the tests use. */
    public static final String SCENARIO = "builtin:syscall-mix-5.3";

    /** Adaptive spinning on: a contended sleep mutex spins while its owner runs, blocks otherwise. */
    private static final CompiledScenario ADAPTIVE = compile(true);
    /** Adaptive spinning off: every contended sleep mutex acquisition blocks on the turnstile. */
    private static final CompiledScenario TURNSTILE_ONLY = compile(false);

    private ProbeEngines() {
    }

    private static CompiledScenario compile(boolean adaptive) {
        try {
            CompiledScenario c = ScenarioCompiler.compile(KernelModels.load(SCENARIO, Scenario.class));
            CompiledScenario.Settings s = c.settings;
            return c.withSettings(new CompiledScenario.Settings(s.preemption(), adaptive, s.seed(), s.durationNs(),
                    s.contextSwitchNs(), s.quantumNs(), s.tryBackoffNs(), s.scheduler(), s.ipiLatencyNs()));
        } catch (ModelLoadException | UnsupportedFeatureException e) {
            throw new IllegalStateException("cannot build the stress tests' engine from " + SCENARIO + ": "
                    + e.getMessage(), e);
        }
    }

    /** A new engine, never started, with adaptive spinning on or off. */
    public static PrimitiveProbe probe(boolean adaptiveSpinning) {
        return new PrimitiveProbe(adaptiveSpinning ? ADAPTIVE : TURNSTILE_ONLY);
    }

    /** The first lock instance of class {@code lockClass} ("sleep mutex", "spin mutex", "sx") in {@code probe}. */
    public static Object firstLock(PrimitiveProbe probe, String lockClass) {
        return probe.resolve(probe.lockNames(lockClass).get(0));
    }

    /** Spin-wait hints in {@link #holdWindow()}: roughly a microsecond on current x86 hosts. */
    private static final int HOLD_SPINS = 16;

    /**
     * Stays a while inside a critical section, between a read and the write that depends on it. jcstress's actors
     * reach the same state with a skew of a few hundred nanoseconds (each first binds its modeled thread to a CPU of
     * a new engine), so with a critical section of a few instructions the holds would hardly ever overlap, contended
     * acquisitions would be rare and a broken lock would go unnoticed (the negative control showed it: no lost
     * update in 8,000 samples without this window). Every test, and the negative control, uses the same window.
     */
    public static void holdWindow() {
        for (int i = 0; i < HOLD_SPINS; i++) {
            Thread.onSpinWait();
        }
    }

    /**
     * Spins (yielding the host core now and then) until {@code td} is blocked on a turnstile, at most about
     * {@code maxSpins} iterations; true if it was seen blocked. Bounded, so that an actor of jcstress never waits
     * for ever on a partner that has not reached this state yet.
     */
    public static boolean awaitBlocked(PrimitiveProbe.Bound td, int maxSpins) {
        for (int spins = 1; spins <= maxSpins; spins++) {
            if (td.blockedOnTurnstile()) {
                return true;
            }
            if (spins % 64 == 0) {
                Thread.yield();
            } else {
                Thread.onSpinWait();
            }
        }
        return td.blockedOnTurnstile();
    }
}
