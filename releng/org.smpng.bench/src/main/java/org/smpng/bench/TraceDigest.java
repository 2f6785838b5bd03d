package org.smpng.bench;

import java.util.Locale;

import org.smpng.sim.SimObserver;
import org.smpng.sim.SimResults;
import org.smpng.sim.Simulation;
import org.smpng.sim.compile.CompiledScenario;

/**
 * Prints a digest of every observable event of the benchmark scenario's run, so that an optimization of the engine
 * can be shown not to change the run: the digest before and after must be equal (docs/benchmarks.md says how).
 *
 * <pre>
 * java -cp releng/org.smpng.bench/target/benchmarks.jar org.smpng.bench.TraceDigest [cpus threads durationNs seed]
 * </pre>
 */
public final class TraceDigest implements SimObserver {

    private long hash = 0xcbf29ce484222325L;
    private long callbacks;

    /** FNV-1a over the callback's kind and arguments. */
    private void mix(long kind, long... values) {
        callbacks++;
        hash = (hash ^ kind) * 0x100000001b3L;
        for (long v : values) {
            hash = (hash ^ v) * 0x100000001b3L;
        }
    }

    @Override
    public void lockAttempt(long t, int thread, int lock, int site) {
        mix(1, t, thread, lock, site);
    }

    @Override
    public void lockContended(long t, int thread, int lock, int owner, int site) {
        mix(2, t, thread, lock, owner, site);
    }

    @Override
    public void lockAcquired(long t, int thread, int lock, boolean shared, int site) {
        mix(3, t, thread, lock, shared ? 1 : 0, site);
    }

    @Override
    public void lockReleased(long t, int thread, int lock, int site) {
        mix(4, t, thread, lock, site);
    }

    @Override
    public void threadBlocked(long t, int thread, int lock, int channel) {
        mix(5, t, thread, lock, channel);
    }

    @Override
    public void threadWoken(long t, int thread, int waker) {
        mix(6, t, thread, waker);
    }

    @Override
    public void channelWakeup(long t, int waker, int channel, int woken) {
        mix(7, t, waker, channel, woken);
    }

    @Override
    public void priorityPropagated(long t, int from, int owner, int priority) {
        mix(8, t, from, owner, priority);
    }

    @Override
    public void priorityChanged(long t, int thread, int priority) {
        mix(9, t, thread, priority);
    }

    @Override
    public void contextSwitch(long t, int cpu, int from, int to) {
        mix(10, t, cpu, from, to);
    }

    @Override
    public void preempted(long t, int cpu, int thread) {
        mix(11, t, cpu, thread);
    }

    @Override
    public void enqueued(long t, int thread, int priority) {
        mix(12, t, thread, priority);
    }

    @Override
    public void operationCompleted(long t, int thread, int operation, long latencyNs) {
        mix(13, t, thread, operation, latencyNs);
    }

    public static void main(String[] args) {
        if (args.length != 0 && args.length != 4) {
            System.err.println("usage: TraceDigest [cpus threads durationNs seed]");
            System.exit(2);
        }
        int cpus = args.length == 0 ? 16 : Integer.parseInt(args[0]);
        int threads = args.length == 0 ? 256 : Integer.parseInt(args[1]);
        long durationNs = args.length == 0 ? 200_000_000L : Long.parseLong(args[2]);
        long seed = args.length == 0 ? 1 : Long.parseLong(args[3]);
        CompiledScenario c = BenchScenarios.syscallMix(cpus, threads, durationNs);
        c = c.with(seed, durationNs);
        TraceDigest digest = new TraceDigest();
        try (Simulation sim = Simulation.of(c, digest)) {
            SimResults r = sim.run();
            System.out.printf(Locale.ROOT, "%s, %d CPUs, %d user threads, %d ns, seed %d: trace digest %016x over %d"
                    + " observer callbacks; %d events, %d syscalls, outcome %s%n", BenchScenarios.BASE_SCENARIO, cpus,
                    threads, durationNs, seed, digest.hash, digest.callbacks, r.events(), r.operationsCompleted(),
                    r.outcome());
        }
    }
}
