package org.smpng.bench.parallel;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.AuxCounters;
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
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.scenario.ExecutionMode;
import org.smpng.model.scenario.Scenario;
import org.smpng.sim.SimObserver;
import org.smpng.sim.SimResults;
import org.smpng.sim.Simulation;
import org.smpng.sim.compile.CompiledScenario;
import org.smpng.sim.compile.ScenarioCompiler;

/**
 * The parallel engine on a fine-grained scenario (the built-in syscall mix under the target kernel, where Giant is
 * never taken, without its interrupt sources: at this scale the clock interrupts would arrive a hundred times as
 * often in wall time as in the model and their threads would swamp a single host core, which measures the
 * interrupt storm rather than the engine) with {@link #cpus} modeled CPUs, run at a scale so high ({@link #scale} virtual ns per wall ns) that
 * the host, not the pacing, limits how much gets done: the secondary results are the work done per second of host
 * time. Run the same benchmark with the JVM confined to one host core and to two ({@code taskset -c 0} and
 * {@code taskset -c 0,1}); the ratio of the {@code syscalls} rates is the parallel mode's speed-up from one host core
 * to two.
 *
 * <p>Locking key: everything is confined to the benchmark thread (the controller of the run).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class ParallelEngineBenchmark {

    /** Work done, per second of host time. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Work {
        public long lockOps;
        public long syscalls;

        @Setup(Level.Iteration)
        public void reset() {
            lockOps = 0;
            syscalls = 0;
        }
    }

    @Param("2")
    public int cpus;

    @Param("100")
    public double scale;

    /** Virtual time one invocation runs (at scale 100, 50 ms of wall time). */
    @Param("5000000000")
    public long sliceNs;

    private CompiledScenario compiled;
    private Simulation sim;
    private long lockOpsSoFar, syscallsSoFar;

    @Setup(Level.Trial)
    public void compile() throws Exception {
        Scenario s = KernelModels.load("builtin:syscall-mix-target", Scenario.class);
        s.getWorkload().getInterruptSources().clear();
        CompiledScenario c = ScenarioCompiler.compile(s, cpus);
        compiled = c.with(c.settings.seed(), Long.MAX_VALUE / 4);
    }

    @Setup(Level.Iteration)
    public void startRun() {
        sim = Simulation.of(compiled, SimObserver.NONE,
                Simulation.Options.DEFAULT.withMode(ExecutionMode.PARALLEL).withScale(scale));
        sim.runUntil(0); // creates the modeled threads' Java threads here, outside the measured time
        lockOpsSoFar = 0;
        syscallsSoFar = 0;
    }

    /** Runs the next slice of virtual time and counts the work it did. */
    @Benchmark
    public void runSlice(Work work) {
        sim.runUntil(sim.now() + sliceNs);
        SimResults r = sim.results();
        if (!r.completed()) {
            throw new IllegalStateException("the benchmark scenario failed: " + r.failure());
        }
        long lockOps = 0;
        for (SimResults.LockResult l : r.locks()) {
            lockOps += l.acquisitions();
        }
        work.lockOps += lockOps - lockOpsSoFar;
        work.syscalls += r.operationsCompleted() - syscallsSoFar;
        lockOpsSoFar = lockOps;
        syscallsSoFar = r.operationsCompleted();
    }

    @TearDown(Level.Iteration)
    public void endRun() {
        sim.close();
    }
}
