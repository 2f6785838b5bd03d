package org.smpng.bench.parallel;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.smpng.bench.BenchScenarios;
import org.smpng.bench.ComparedWith;
import org.smpng.sim.par.PrimitiveProbe;

/**
 * The parallel mode's sleep mutex ({@code org.smpng.sim.par.SleepMutex}), uncontended: one modeled thread bound to
 * CPU 0 acquires and releases Giant of the built-in 5.3 scenario, with no observer. The fast paths are one CAS each
 * way (_obtain_lock / _release_lock) plus the lock's profiling bookkeeping (hold time, acquisitions, last CPU); the
 * issue's goal is at most 1.5 times {@code ReentrantLock}'s cost.
 *
 * <p>Score: nanoseconds per acquire + release pair.
 *
 * <p>Locking key: {@link #counter} is guarded by the modeled mutex; the state is per benchmark thread, and each
 * benchmark thread binds its own engine, so the mutex is never contended.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class ParallelMutexBenchmark {

    private PrimitiveProbe.Bound td;
    private Object giant;
    private long counter;

    /** Binds modeled thread 0 to CPU 0 on this benchmark thread (iteration setups run on it). */
    @Setup(Level.Iteration)
    public void bind() {
        PrimitiveProbe probe = new PrimitiveProbe(BenchScenarios.syscallMix(4, 8, 1_000_000_000L));
        td = probe.bind(0, 0);
        giant = probe.resolve("Giant");
    }

    /** Acquires, touches the guarded counter (so the section is not empty), releases. */
    @Benchmark
    @ComparedWith(benchmark = "org.smpng.bench.ReentrantLockBenchmark.uncontendedAcquireRelease")
    public long sleepMutexUncontended() {
        td.acquire(giant);
        try {
            return ++counter;
        } finally {
            td.release(giant);
        }
    }
}
