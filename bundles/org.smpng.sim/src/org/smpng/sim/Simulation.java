package org.smpng.sim;

import java.util.List;

import org.smpng.model.scenario.ExecutionMode;
import org.smpng.model.scenario.Scenario;
import org.smpng.sim.Snapshots.EngineSnapshot;
import org.smpng.sim.compile.CompiledScenario;
import org.smpng.sim.compile.ScenarioCompiler;
import org.smpng.sim.compile.UnsupportedFeatureException;
import org.smpng.sim.kern.Engine;

/**
 * A simulation run of a scenario: load, then {@link #step()}, {@link #runUntil(long)} or {@link #run()}, read
 * {@link #results()}, and {@link #close()}.
 *
 * <pre>{@code
 * Scenario scenario = KernelModels.load("builtin:syscall-mix-5.3", Scenario.class);
 * try (Simulation sim = Simulation.load(scenario, Simulation.Options.DEFAULT.withCpus(2))) {
 *     SimResults r = sim.run();
 *     System.out.println(r.throughputPerSecond());
 * }
 * }</pre>
 *
 * <p>Thread context: run, step, results and close are called from one controlling thread; {@link #stop()},
 * {@link #requestSnapshot()} and {@link #latestSnapshot()} from any thread, without blocking the run. Only the
 * deterministic mode exists in this version: same scenario and seed, same run, event for event.
 */
public final class Simulation implements AutoCloseable {

    /**
     * Overrides of the scenario's settings: seed and duration (null keeps the scenario's), CPU count (0 keeps the
     * machine; see {@link ScenarioCompiler#compile(Scenario, int)}), and execution mode (null keeps the scenario's).
     */
    public record Options(Long seed, Long durationNs, int cpus, ExecutionMode mode) {
        public static final Options DEFAULT = new Options(null, null, 0, null);

        public Options withSeed(long s) {
            return new Options(s, durationNs, cpus, mode);
        }

        public Options withDuration(long ns) {
            return new Options(seed, ns, cpus, mode);
        }

        public Options withCpus(int n) {
            return new Options(seed, durationNs, n, mode);
        }

        public Options withMode(ExecutionMode m) {
            return new Options(seed, durationNs, cpus, m);
        }
    }

    private final CompiledScenario compiled;
    private final Engine engine;

    private Simulation(CompiledScenario compiled, SimObserver observer) {
        this.compiled = compiled;
        this.engine = new Engine(compiled, observer);
    }

    /** Compiles the scenario with the options; refuses what this version cannot simulate. */
    public static CompiledScenario compile(Scenario scenario, Options options) throws UnsupportedFeatureException {
        ExecutionMode mode = options.mode() != null ? options.mode()
                : scenario.getSettings() == null ? ExecutionMode.DETERMINISTIC : scenario.getSettings().getExecutionMode();
        if (mode == ExecutionMode.PARALLEL) {
            throw new UnsupportedFeatureException("execution mode parallel is not yet implemented in this version;"
                    + " use the deterministic mode");
        }
        CompiledScenario c = ScenarioCompiler.compile(scenario, options.cpus());
        if (options.seed() != null || options.durationNs() != null) {
            c = c.with(options.seed() != null ? options.seed() : c.settings.seed(),
                    options.durationNs() != null ? options.durationNs() : c.settings.durationNs());
        }
        return c;
    }

    public static Simulation load(Scenario scenario, Options options) throws UnsupportedFeatureException {
        return new Simulation(compile(scenario, options), SimObserver.NONE);
    }

    public static Simulation load(Scenario scenario, Options options, SimObserver observer)
            throws UnsupportedFeatureException {
        return new Simulation(compile(scenario, options), observer);
    }

    /** A run of an already compiled scenario (compile once, run many seeds). */
    public static Simulation of(CompiledScenario compiled, SimObserver observer) {
        return new Simulation(compiled, observer);
    }

    public CompiledScenario compiled() {
        return compiled;
    }

    /** Processes one event. */
    public void step() {
        engine.step();
    }

    /** Runs until virtual time {@code ns} (or the end of the scenario, or a failure, or {@link #stop()}). */
    public void runUntil(long ns) {
        engine.runUntil(ns);
    }

    /** Runs to the end of the scenario's duration (or a failure) and returns the results. */
    public SimResults run() {
        engine.runUntil(Long.MAX_VALUE);
        return results();
    }

    /** Asks a run in progress to pause at the next event; any thread. */
    public void stop() {
        engine.requestStop();
    }

    public long now() {
        return engine.now();
    }

    /** Whether the run reached its duration or failed. */
    public boolean finished() {
        return engine.finished();
    }

    public SimResults results() {
        return engine.results(List.of());
    }

    /** Asks the run to publish a fresh snapshot at its next event; any thread. */
    public void requestSnapshot() {
        engine.requestSnapshot();
    }

    /** The latest published snapshot (one is published whenever run/step return); any thread, never blocks. */
    public EngineSnapshot latestSnapshot() {
        return engine.latestSnapshot();
    }

    /** The engine, for tests and for the future parallel mode. */
    public Engine engine() {
        return engine;
    }

    @Override
    public void close() {
        engine.close();
    }
}
