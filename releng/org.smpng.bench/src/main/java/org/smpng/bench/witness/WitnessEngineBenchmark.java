package org.smpng.bench.witness;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.smpng.bench.BenchScenarios;
import org.smpng.bench.ComparedWith;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.scenario.Scenario;
import org.smpng.sim.SimObserver;
import org.smpng.sim.SimResults;
import org.smpng.sim.Simulation;
import org.smpng.sim.compile.CompiledScenario;
import org.smpng.sim.witness.Witness;
import org.smpng.sim.witness.WitnessEra;

/**
 * The whole engine with and without WITNESS: the built-in syscall mix under FreeBSD 5.3 (scaled as in
 * {@link BenchScenarios#syscallMix}) advanced by one slice of virtual time per invocation, once with
 * {@link SimObserver#NONE} and once with a {@link Witness} seeded with the kernel's order lists. An observer does
 * not change the run, so both simulate the same lock operations event for event and the ratio of their host times
 * is WITNESS's cost per simulated acquisition, engine included. Score: slices per second of host time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class WitnessEngineBenchmark {

    private static final long RUN_NS = 1_000_000_000_000L;

    @Param("4")
    public int cpus;

    @Param("32")
    public int threads;

    @Param("20000000")
    public long sliceNs;

    private CompiledScenario compiled;
    private Scenario scenario;
    private Simulation unchecked, witnessed;

    @Setup(Level.Trial)
    public void compile() throws Exception {
        compiled = BenchScenarios.syscallMix(cpus, threads, RUN_NS);
        scenario = KernelModels.load(BenchScenarios.BASE_SCENARIO, Scenario.class);
    }

    @Setup(Level.Iteration)
    public void startRuns() {
        unchecked = Simulation.of(compiled, SimObserver.NONE);
        unchecked.runUntil(0);
        witnessed = Simulation.of(compiled, Witness.forKernel(scenario.getKernel(),
                Witness.Options.of(WitnessEra.MODERN)));
        witnessed.runUntil(0);
    }

    @Benchmark
    public void uncheckedSlice() {
        advance(unchecked);
    }

    @Benchmark
    @ComparedWith(benchmark = "org.smpng.bench.witness.WitnessEngineBenchmark.uncheckedSlice")
    public void witnessedSlice() {
        advance(witnessed);
    }

    private void advance(Simulation sim) {
        sim.runUntil(sim.now() + sliceNs);
        SimResults r = sim.results();
        if (!r.completed()) {
            throw new IllegalStateException("the benchmark scenario failed: " + r.failure());
        }
    }

    @TearDown(Level.Iteration)
    public void endRuns() {
        unchecked.close();
        witnessed.close();
    }
}
