package org.smpng.bench;

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
import org.smpng.sim.SimObserver;
import org.smpng.sim.SimResults;
import org.smpng.sim.Simulation;
import org.smpng.sim.compile.CompiledScenario;

/**
 * The deterministic engine's speed: simulated lock operations per second of host time on a large scenario, the
 * built-in syscall mix under FreeBSD 5.3 scaled to {@link #cpus} CPUs and {@link #threads} user threads (see
 * {@link BenchScenarios#syscallMix}), with no observer attached.
 *
 * <p>Each measurement iteration starts a fresh run (creating its modeled threads' Java threads is outside the
 * measured time); one invocation advances the run by {@link #sliceNs} of virtual time. The secondary results are
 * the work done per second of host time: {@code lockOps} (lock acquisitions of every class, each with its
 * release), {@code events} (events the conductor processed, stale ones included), {@code syscalls} (operations
 * completed) and {@code handoffs} (baton passes between Java threads, the engine's unit of host cost, comparable to
 * the {@link HostFloorBenchmark} handoffs). The run is the same, event for event, in every iteration and on every
 * host: only the host time differs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class DeterministicEngineBenchmark {

    /** Work done by the run, counted per invocation and reported by JMH per second of host time. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Work {
        public long lockOps;
        public long events;
        public long syscalls;
        public long handoffs;

        @Setup(Level.Iteration)
        public void reset() {
            lockOps = 0;
            events = 0;
            syscalls = 0;
            handoffs = 0;
        }
    }

    /** A virtual duration long enough that no iteration reaches the end of the run. */
    private static final long RUN_NS = 1_000_000_000_000L;

    @Param("16")
    public int cpus;

    @Param("256")
    public int threads;

    /**
     * Virtual time one invocation simulates: long enough that the snapshot {@code runUntil} publishes and the
     * results read after it cost a few percent of the invocation (at 1 ms they were about half of it).
     */
    @Param("50000000")
    public long sliceNs;

    private CompiledScenario compiled;
    private Simulation sim;
    private long lockOpsSoFar, eventsSoFar, syscallsSoFar, handoffsSoFar;

    @Setup(Level.Trial)
    public void compile() {
        compiled = BenchScenarios.syscallMix(cpus, threads, RUN_NS);
    }

    @Setup(Level.Iteration)
    public void startRun() {
        sim = Simulation.of(compiled, SimObserver.NONE);
        sim.runUntil(0); // starts the modeled threads' Java threads here, outside the measured time
        lockOpsSoFar = 0;
        eventsSoFar = 0;
        syscallsSoFar = 0;
        handoffsSoFar = 0;
    }

    /** Simulates the next slice of virtual time and counts the work it did. */
    @Benchmark
    @ComparedWith(benchmark = "org.smpng.bench.HostFloorBenchmark.parkUnparkHandoff", metric = "lockOps")
    @ComparedWith(benchmark = "org.smpng.bench.HostFloorBenchmark.parkUnparkHandoff", metric = "handoffs")
    @ComparedWith(benchmark = "org.smpng.bench.VirtualThreadFloorBenchmark.virtualParkUnparkHandoff",
            metric = "lockOps")
    @ComparedWith(benchmark = "org.smpng.bench.VirtualThreadFloorBenchmark.virtualParkUnparkHandoff",
            metric = "handoffs")
    public void simulateSlice(Work work) {
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
        work.events += r.events() - eventsSoFar;
        work.syscalls += r.operationsCompleted() - syscallsSoFar;
        lockOpsSoFar = lockOps;
        eventsSoFar = r.events();
        syscallsSoFar = r.operationsCompleted();
        long handoffs = sim.engine().handoffs();
        work.handoffs += handoffs - handoffsSoFar;
        handoffsSoFar = handoffs;
    }

    @TearDown(Level.Iteration)
    public void endRun() {
        sim.close();
    }
}
