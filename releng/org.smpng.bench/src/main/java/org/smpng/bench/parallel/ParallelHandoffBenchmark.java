package org.smpng.bench.parallel;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.smpng.bench.BenchScenarios;
import org.smpng.bench.ComparedWith;
import org.smpng.sim.compile.CompiledScenario;
import org.smpng.sim.par.PrimitiveProbe;

/**
 * A contended sleep mutex handed back and forth between two modeled threads on two CPUs, each run by its own Java
 * thread, with adaptive spinning off: every handoff is a turnstile block (the taker parks its Java thread, its CPU
 * goes idle) and a release that wakes it (turnstile_signal, setrunnable onto the idle CPU, unpark). Compared with
 * {@code HostFloorBenchmark}'s bare park/unpark ping-pong, the host's floor for the same pattern.
 *
 * <p>Protocol, so that each release really hands the mutex over instead of the releaser barging back in (which
 * FreeBSD allows, and the fast path would do): the holder waits until the other thread is blocked on the
 * turnstile, releases, waits until the other one owns the mutex, then acquires it again and so blocks until the
 * other releases. Score: handoffs per second (a round trip is two).
 *
 * <p>Locking key: the modeled mutex orders the two threads; {@link #stop} is volatile; {@link #partnerTd} is
 * published by the latch.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class ParallelHandoffBenchmark {

    private PrimitiveProbe probe;
    private PrimitiveProbe.Bound me;
    private Object giant;
    private PrimitiveProbe.Bound partnerTd;
    private volatile boolean stop;
    private Thread partner;

    /** A fresh engine, this thread holding Giant on CPU 0, the partner blocked on it on CPU 1. */
    @Setup(Level.Iteration)
    public void start() throws InterruptedException {
        CompiledScenario c = BenchScenarios.syscallMix(4, 8, 1_000_000_000L);
        CompiledScenario.Settings s = c.settings;
        c = c.withSettings(new CompiledScenario.Settings(s.preemption(), false, s.seed(), s.durationNs(),
                s.contextSwitchNs(), s.quantumNs(), s.tryBackoffNs(), s.scheduler(), s.ipiLatencyNs()));
        probe = new PrimitiveProbe(c);
        giant = probe.resolve("Giant");
        me = probe.bind(0, 0);
        me.acquire(giant);
        stop = false;
        CountDownLatch bound = new CountDownLatch(1);
        partner = Thread.ofPlatform().daemon().name("handoff partner").start(() -> {
            PrimitiveProbe.Bound td = probe.bind(1, 1);
            partnerTd = td;
            bound.countDown();
            td.acquire(giant); // blocks until the first release
            while (!stop) {
                awaitBlocked(me);
                td.release(giant);
                awaitOwner(me.tid());
                td.acquire(giant);
            }
            td.release(giant);
        });
        bound.await();
    }

    /** Waits until {@code td} is blocked on Giant's turnstile (or the iteration stops). */
    private void awaitBlocked(PrimitiveProbe.Bound td) {
        int spins = 0;
        while (!td.blockedOnTurnstile() && !stop) {
            if (++spins % 64 == 0) {
                Thread.yield();
            } else {
                Thread.onSpinWait();
            }
        }
    }

    /** Waits until modeled thread {@code tid} owns Giant (or the iteration stops), yielding the host core now and then. */
    private void awaitOwner(int tid) {
        int spins = 0;
        while (probe.ownerOf("Giant") != tid && !stop) {
            if (++spins % 64 == 0) {
                Thread.yield();
            } else {
                Thread.onSpinWait();
            }
        }
    }

    /** One round trip: hand Giant to the partner, take it back when the partner hands it back. */
    @Benchmark
    @OperationsPerInvocation(2)
    @ComparedWith(benchmark = "org.smpng.bench.HostFloorBenchmark.parkUnparkHandoff")
    public void sleepMutexHandoff() {
        awaitBlocked(partnerTd);
        me.release(giant);
        awaitOwner(partnerTd.tid());
        me.acquire(giant);
    }

    /** Stops the partner: it sees the flag after its next acquisition, which this release lets happen. */
    @TearDown(Level.Iteration)
    public void stopPartner() throws InterruptedException {
        stop = true;
        me.release(giant);
        partner.join(10_000);
        if (partner.isAlive()) {
            throw new IllegalStateException("the handoff partner thread did not stop");
        }
    }
}
