package org.smpng.bench.diag;

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
import org.openjdk.jmh.annotations.Warmup;
import org.smpng.bench.BenchScenarios;
import org.smpng.bench.ComparedWith;
import org.smpng.sim.SimObserver;
import org.smpng.sim.SimResults;
import org.smpng.sim.Simulation;
import org.smpng.sim.compile.CompiledScenario;
import org.smpng.sim.diag.Ktr;
import org.smpng.sim.diag.LockProfiler;

/**
 * What the diagnostics cost: the same contended run (the syscall mix under FreeBSD 5.3, scaled to {@link #cpus}
 * CPUs and {@link #threads} user threads, which keeps Giant and the file descriptor locks contended) simulated with
 * no observer, with LOCK_PROFILING, and with a KTR ring of every class. One invocation is a whole run of
 * {@link #durationNs} of virtual time from its start, and the run is deterministic, so every invocation of every
 * variant is the same simulated work; {@link org.smpng.bench.BenchMain} reports each variant's host time per run as
 * a ratio to the run without observer measured in the same session: that ratio is the diagnostic's overhead.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DiagnosticsOverheadBenchmark {

    @Param("4")
    public int cpus;

    @Param("64")
    public int threads;

    @Param("20000000")
    public long durationNs;

    private CompiledScenario compiled;

    @Setup(Level.Trial)
    public void compile() {
        compiled = BenchScenarios.syscallMix(cpus, threads, durationNs);
    }

    /** Runs the scenario to its end with {@code observer}; returns the events processed (for the blackhole). */
    private long run(SimObserver observer) {
        try (Simulation sim = Simulation.of(compiled, observer)) {
            SimResults r = sim.run();
            if (!r.completed()) {
                throw new IllegalStateException("the benchmark scenario failed: " + r.failure());
            }
            return r.events();
        }
    }

    /** The baseline: the run with no observer. */
    @Benchmark
    public long noObserver() {
        return run(SimObserver.NONE);
    }

    /** The same run with LOCK_PROFILING recording every acquisition (hold and wait histograms included). */
    @Benchmark
    @ComparedWith(benchmark = "org.smpng.bench.diag.DiagnosticsOverheadBenchmark.noObserver")
    public long lockProfiling() {
        return run(new LockProfiler(LockProfiler.Mode.ALL));
    }

    /** The same run with KTR logging every class into per-CPU rings of 1024 entries (no output written). */
    @Benchmark
    @ComparedWith(benchmark = "org.smpng.bench.diag.DiagnosticsOverheadBenchmark.noObserver")
    public long ktrAllClasses() {
        return run(new Ktr(Ktr.KTR_ALL, Ktr.DEFAULT_ENTRIES));
    }
}
