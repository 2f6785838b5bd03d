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
 * The same park/unpark ping-pong as {@link HostFloorBenchmark}, between two virtual threads: the floor of the
 * deterministic engine, whose modeled threads are virtual threads. JMH's benchmark thread is a platform thread, so
 * one invocation is a batch of {@link #ROUND_TRIPS} round trips between the two virtual threads, started and
 * awaited by the benchmark thread (two platform handoffs per batch, under one percent of it).
 *
 * <p>Score: handoffs per second between the two virtual threads.
 *
 * <p>Locking key: {@link #turn} is volatile and says which thread may run (BENCH, PING or PONG); only that thread
 * reads or writes {@link #left}, and the volatile write of {@code turn} that passes the turn publishes it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class VirtualThreadFloorBenchmark {

    static final int ROUND_TRIPS = 1000;
    private static final int BENCH = 0, PING = 1, PONG = 2, STOP = 3;

    private volatile int turn;
    private int left;
    private Thread benchThread, ping, pong;

    @Setup(Level.Iteration)
    public void startThreads() {
        benchThread = Thread.currentThread();
        turn = BENCH;
        ping = Thread.ofVirtual().name("floor ping").start(() -> player(PING, PONG));
        pong = Thread.ofVirtual().name("floor pong").start(() -> player(PONG, PING));
    }

    /** A player: waits for its turn; counts a round trip (ping only) and passes the turn, or ends the batch. */
    private void player(int me, int other) {
        for (;;) {
            int t;
            while ((t = turn) != me) {
                if (t == STOP) {
                    return;
                }
                LockSupport.park(this);
            }
            if (me == PING && left-- == 0) {
                turn = BENCH;
                LockSupport.unpark(benchThread);
                continue;
            }
            turn = other;
            LockSupport.unpark(me == PING ? pong : ping);
        }
    }

    /** One batch of round trips between the two virtual threads. */
    @Benchmark
    @OperationsPerInvocation(2 * ROUND_TRIPS)
    public void virtualParkUnparkHandoff() {
        left = ROUND_TRIPS;
        turn = PING;
        LockSupport.unpark(ping);
        while (turn != BENCH) {
            LockSupport.park(this);
        }
    }

    @TearDown(Level.Iteration)
    public void stopThreads() throws InterruptedException {
        turn = STOP;
        LockSupport.unpark(ping);
        LockSupport.unpark(pong);
        ping.join(10_000);
        pong.join(10_000);
        if (ping.isAlive() || pong.isAlive()) {
            throw new IllegalStateException("the virtual ping-pong threads did not stop");
        }
    }
}
