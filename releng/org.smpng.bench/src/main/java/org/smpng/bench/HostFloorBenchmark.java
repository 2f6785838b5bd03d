package org.smpng.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

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

/**
 * The host's floor for handing control from one Java thread to another: a bare {@link LockSupport#park} /
 * {@link LockSupport#unpark} ping-pong between the benchmark thread and a partner, with the same volatile-flag
 * protocol as the engine's baton. No engine or modeled lock can hand a CPU's worth of work to a parked thread faster
 * than this, so engine figures are reported as ratios to it.
 *
 * <p>Score: handoffs per second (one invocation is a round trip, two handoffs).
 *
 * <p>Locking key: {@link #partnerTurn} and {@link #stop} are volatile; {@code partnerTurn} true means the partner
 * may run and the benchmark thread waits, false the reverse, so exactly one of the two threads runs at a time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class HostFloorBenchmark {

    private volatile boolean partnerTurn;
    private volatile boolean stop;
    private Thread benchThread;
    private Thread partner;

    @Setup(Level.Iteration)
    public void startPartner() {
        benchThread = Thread.currentThread();
        stop = false;
        partnerTurn = false;
        partner = Thread.ofPlatform().daemon().name("park-unpark partner").start(this::partnerLoop);
    }

    /** The partner: waits for its turn, gives the turn back at once. */
    private void partnerLoop() {
        for (;;) {
            while (!partnerTurn) {
                if (stop) {
                    return;
                }
                LockSupport.park(this);
            }
            partnerTurn = false;
            LockSupport.unpark(benchThread);
        }
    }

    /** One round trip: hand the turn to the partner and park until it hands it back. */
    @Benchmark
    @OperationsPerInvocation(2)
    public void parkUnparkHandoff() {
        partnerTurn = true;
        LockSupport.unpark(partner);
        while (partnerTurn) {
            LockSupport.park(this);
        }
    }

    @TearDown(Level.Iteration)
    public void stopPartner() throws InterruptedException {
        stop = true;
        LockSupport.unpark(partner);
        partner.join(10_000);
        if (partner.isAlive()) {
            throw new IllegalStateException("the park/unpark partner thread did not stop");
        }
    }
}
