package org.smpng.sim;

import java.util.List;

import org.smpng.model.scenario.ExecutionMode;
import org.smpng.model.scenario.Scenario;
import org.smpng.sim.Snapshots.EngineSnapshot;
import org.smpng.sim.compile.CompiledScenario;
import org.smpng.sim.compile.ScenarioCompiler;
import org.smpng.sim.compile.UnsupportedFeatureException;
import org.smpng.sim.kern.Engine;
import org.smpng.sim.par.ParEngine;

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
 * <p>Two execution modes: {@link ExecutionMode#DETERMINISTIC} (the default; same scenario and seed, same run,
 * event for event) and {@link ExecutionMode#PARALLEL} (modeled CPUs run concurrently on the host's cores, paced to
 * the wall clock by {@link Options#scale()}; results vary from run to run, invariants hold). {@link #step()} is one
 * event in the deterministic mode and one scheduling quantum of virtual time in the parallel mode.
 *
 * <p>Thread context: run, step, results and close are called from one controlling thread; {@link #stop()},
 * {@link #requestSnapshot()} and {@link #latestSnapshot()} from any thread, without blocking the run.
 */
public final class Simulation implements AutoCloseable {

    /**
     * Overrides of the scenario's settings: seed and duration (null keeps the scenario's), CPU count (0 keeps the
     * machine; see {@link ScenarioCompiler#compile(Scenario, int)}), execution mode (null keeps the scenario's), and,
     * for the parallel mode, the scale in virtual nanoseconds per wall-clock nanosecond (0 means
     * {@link ParEngine#DEFAULT_SCALE}: real time; 0.01 shows a run in slow motion, 10 runs it ten times faster).
     */
    public record Options(Long seed, Long durationNs, int cpus, ExecutionMode mode, double scale) {
        public static final Options DEFAULT = new Options(null, null, 0, null, 0);

        public Options {
            if (scale < 0 || Double.isNaN(scale) || Double.isInfinite(scale)) {
                throw new IllegalArgumentException("the scale must be a positive number of virtual ns per wall ns,"
                        + " not " + scale);
            }
        }

        public Options withSeed(long s) {
            return new Options(s, durationNs, cpus, mode, scale);
        }

        public Options withDuration(long ns) {
            return new Options(seed, ns, cpus, mode, scale);
        }

        public Options withCpus(int n) {
            return new Options(seed, durationNs, n, mode, scale);
        }

        public Options withMode(ExecutionMode m) {
            return new Options(seed, durationNs, cpus, m, scale);
        }

        public Options withScale(double s) {
            return new Options(seed, durationNs, cpus, mode, s);
        }

        /** The scale the parallel mode runs at. */
        public double effectiveScale() {
            return scale == 0 ? ParEngine.DEFAULT_SCALE : scale;
        }
    }

    private final CompiledScenario compiled;
    private final ExecutionMode mode;
    private final SimEngine engine;

    private Simulation(CompiledScenario compiled, SimObserver observer, ExecutionMode mode, double scale) {
        this.compiled = compiled;
        this.mode = mode;
        this.engine = mode == ExecutionMode.PARALLEL ? new ParEngine(compiled, observer, scale)
                : new Engine(compiled, observer);
    }

    /** The mode the options ask for, else the scenario's, else deterministic. */
    public static ExecutionMode modeOf(Scenario scenario, Options options) {
        if (options.mode() != null) {
            return options.mode();
        }
        return scenario.getSettings() == null ? ExecutionMode.DETERMINISTIC : scenario.getSettings().getExecutionMode();
    }

    /** Compiles the scenario with the options; refuses what this version cannot simulate. */
    public static CompiledScenario compile(Scenario scenario, Options options) throws UnsupportedFeatureException {
        CompiledScenario c = ScenarioCompiler.compile(scenario, options.cpus());
        if (options.seed() != null || options.durationNs() != null) {
            c = c.with(options.seed() != null ? options.seed() : c.settings.seed(),
                    options.durationNs() != null ? options.durationNs() : c.settings.durationNs());
        }
        return c;
    }

    public static Simulation load(Scenario scenario, Options options) throws UnsupportedFeatureException {
        return load(scenario, options, SimObserver.NONE);
    }

    public static Simulation load(Scenario scenario, Options options, SimObserver observer)
            throws UnsupportedFeatureException {
        CompiledScenario compiled = compile(scenario, options);
        ExecutionMode mode = modeOf(scenario, options);
        if (mode == ExecutionMode.PARALLEL && compiled.settings.scheduler() == CompiledScenario.SCHED_ULE) {
            throw new UnsupportedFeatureException("scenario '" + scenario.getName() + "' asks for SCHED_ULE, which"
                    + " the parallel mode does not implement (it runs SCHED_4BSD); use the deterministic mode for"
                    + " ULE, or the 4BSD scheduler in parallel");
        }
        return new Simulation(compiled, observer, mode, options.effectiveScale());
    }

    /** A deterministic run of an already compiled scenario (compile once, run many seeds). */
    public static Simulation of(CompiledScenario compiled, SimObserver observer) {
        return new Simulation(compiled, observer, ExecutionMode.DETERMINISTIC, 0);
    }

    /** A run of an already compiled scenario in the options' mode (deterministic when unset) and scale. */
    public static Simulation of(CompiledScenario compiled, SimObserver observer, Options options) {
        ExecutionMode m = options.mode() == null ? ExecutionMode.DETERMINISTIC : options.mode();
        return new Simulation(compiled, observer, m, options.effectiveScale());
    }

    public ExecutionMode mode() {
        return mode;
    }

    public CompiledScenario compiled() {
        return compiled;
    }

    /** Processes one event (deterministic mode) or runs one scheduling quantum of virtual time (parallel mode). */
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

    /** The engine: {@code org.smpng.sim.kern.Engine} or {@code org.smpng.sim.par.ParEngine}, for tests. */
    public SimEngine engine() {
        return engine;
    }

    @Override
    public void close() {
        engine.close();
    }
}
