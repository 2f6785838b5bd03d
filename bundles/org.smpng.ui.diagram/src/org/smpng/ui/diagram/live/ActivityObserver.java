package org.smpng.ui.diagram.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.smpng.sim.SimObserver;

/**
 * What happened between two frames, which a snapshot alone cannot say: how busy each CPU was, how often each lock
 * type was contended, which threads migrated or were stolen between CPUs, and how many interrupts each source
 * delivered with what latency. Snapshots are instants, and a mostly idle workload (the syscall mix keeps its CPUs 97%
 * idle) would look idle in almost every frame although its CPUs and locks are busy in between.
 *
 * <p>Overview. The engine calls the observer on whichever Java thread holds its baton (one at a time, ordered by the
 * baton's volatile handoff); the UI thread samples it once per frame. Nothing blocks: per CPU the observer publishes
 * an immutable {@link Busy} (busy time of finished stretches, and when the current stretch began) through an atomic
 * reference, after publishing the latest virtual time in the volatile {@link #now}; so a sampler that sees a
 * stretch beginning at t also sees {@code now >= t}. Contentions are cumulative atomic counters per lock instance;
 * the sampler keeps the previous sample and subtracts. Migrations go to a ring of the latest {@link #MOVES}: a
 * writer claims a sequence number, then stores the move (which carries it) in its slot; the sampler reads the
 * slots between its last sequence number and the current one and keeps only moves whose number matches, so a slot
 * not yet written or already overwritten is skipped, never misread. Interrupt counters are cumulative per source and
 * handler side (interrupt context, ithread) and are handed out cumulative: the views window them themselves. In
 * the parallel mode several CPUs call at once; every shared field is atomic, so that holds too.
 *
 * <p>Locking key: (e) written by the baton holder only; (a) atomic or volatile, read by any thread; (u) UI thread.
 */
final class ActivityObserver implements SimObserver {

    /** A CPU's busy time: total of finished busy stretches, and the start of the current one (-1: idle). */
    record Busy(long totalNs, long since) {
    }

    /** How many migrations the ring keeps: a frame shows at most the latest this many. */
    static final int MOVES = 64;

    /** A thread moved from one CPU to another (CPU indices of the engine); {@code seq} numbers moves from 0. */
    record Move(long seq, long timeNs, int thread, int fromCpu, int toCpu, boolean steal) {
    }

    /**
     * A migration as the views show it: the thread's name, the CPU indices (the snapshot's CPU order), and whether
     * the destination stole it (ULE's idle stealing) rather than the scheduler placing it.
     */
    public record Migration(long timeNs, String thread, int fromCpu, int toCpu, boolean steal) {
    }

    /**
     * An interrupt source's counters since the run began: assertions seen, handler starts and the sum of their
     * latencies on each side (interrupt context: fast handlers and filters; ithread).
     */
    public record IrqCounters(String name, String thread, int irq, long asserted, long contextStarts,
            long contextLatencyNs, long ithreadStarts, long ithreadLatencyNs) {
    }

    /**
     * One frame's activity: busy fraction per CPU index; contentions per lock type name, migrations (at most
     * {@link #MOVES}, oldest first) and how many there were in all since the last sample, steals among them; each
     * interrupt source's cumulative counters at virtual time {@code timeNs}.
     */
    record Sample(double[] cpuBusy, Map<String, Long> contentionsByLockType, List<Migration> migrations,
            long migrationCount, long stealCount, long timeNs, List<IrqCounters> irqs) {
        static final Sample NONE = new Sample(new double[0], Map.of(), List.of(), 0, 0, 0, List.of());
    }

    private volatile RunInfo info; // (a) set once by attached()
    private volatile AtomicReferenceArray<Busy> busy; // (a)
    private volatile AtomicLongArray contentions; // (a) per lock instance, cumulative
    private volatile long now; // (a) the latest virtual time seen
    private final AtomicLong moveSeq = new AtomicLong(); // (a) the next move's number
    private final AtomicReferenceArray<Move> moves = new AtomicReferenceArray<>(MOVES); // (a) slot seq % MOVES
    private volatile AtomicLongArray irq; // (a) per source: asserted, context n, context ns, ithread n, ithread ns
    private final AtomicLong steals = new AtomicLong(); // (a) cumulative
    private long lastMoveSeq; // (u)
    private long lastSteals; // (u)
    private long[] lastBusy = new long[0]; // (u) cumulative busy per CPU at the last sample
    private long[] lastContentions = new long[0]; // (u)
    private long lastNow; // (u)

    @Override
    public void attached(RunInfo runInfo) {
        AtomicReferenceArray<Busy> b = new AtomicReferenceArray<>(runInfo.cpus().size());
        for (int i = 0; i < b.length(); i++) {
            b.set(i, new Busy(0, -1));
        }
        busy = b;
        contentions = new AtomicLongArray(runInfo.locks().size());
        irq = new AtomicLongArray(IRQ_FIELDS * runInfo.scenario().interrupts.length);
        info = runInfo;
    }

    private static final int IRQ_FIELDS = 5;

    @Override
    public void threadMigrated(long timeNs, int thread, int fromCpu, int toCpu, boolean steal) {
        now = timeNs;
        if (steal) {
            steals.incrementAndGet();
        }
        long seq = moveSeq.getAndIncrement();
        moves.set((int) (seq % MOVES), new Move(seq, timeNs, thread, fromCpu, toCpu, steal));
    }

    @Override
    public void interruptAsserted(long timeNs, int source, int cpu) {
        now = timeNs;
        irq.incrementAndGet(IRQ_FIELDS * source);
    }

    @Override
    public void interruptHandlerStarted(long timeNs, int source, int cpu, int kind, long latencyNs) {
        now = timeNs;
        int side = kind == org.smpng.sim.compile.CompiledScenario.HANDLER_ITHREAD ? 3 : 1;
        AtomicLongArray counters = irq;
        counters.incrementAndGet(IRQ_FIELDS * source + side);
        counters.addAndGet(IRQ_FIELDS * source + side + 1, latencyNs);
    }

    @Override
    public void contextSwitch(long timeNs, int cpu, int from, int to) {
        now = timeNs; // before the Busy, so that a sampler seeing the Busy sees now >= its start
        Busy old = busy.get(cpu);
        if (to < 0 && old.since() >= 0) {
            busy.set(cpu, new Busy(old.totalNs() + (timeNs - old.since()), -1));
        } else if (to >= 0 && old.since() < 0) {
            busy.set(cpu, new Busy(old.totalNs(), timeNs));
        }
    }

    @Override
    public void lockContended(long timeNs, int thread, int lock, int owner, int site) {
        now = timeNs;
        contentions.incrementAndGet(lock);
    }

    /**
     * What happened since the last sample; UI thread, never blocks. Before the run is attached, an empty sample.
     */
    Sample sample() {
        RunInfo ri = info;
        if (ri == null) {
            return Sample.NONE;
        }
        AtomicReferenceArray<Busy> b = busy;
        int cpus = b.length();
        Busy[] seen = new Busy[cpus];
        for (int i = 0; i < cpus; i++) {
            seen[i] = b.get(i);
        }
        long t = now;
        if (lastBusy.length != cpus) {
            lastBusy = new long[cpus];
        }
        double[] fraction = new double[cpus];
        long interval = t - lastNow;
        for (int i = 0; i < cpus; i++) {
            long cumulative = seen[i].totalNs() + (seen[i].since() >= 0 ? Math.max(0, t - seen[i].since()) : 0);
            fraction[i] = interval <= 0 ? (seen[i].since() >= 0 ? 1 : 0)
                    : Math.max(0, Math.min(1, (cumulative - lastBusy[i]) / (double) interval));
            lastBusy[i] = cumulative;
        }
        lastNow = t;
        AtomicLongArray c = contentions;
        if (lastContentions.length != c.length()) {
            lastContentions = new long[c.length()];
        }
        Map<String, Long> byType = new HashMap<>();
        for (int i = 0; i < c.length(); i++) {
            long v = c.get(i);
            long delta = v - lastContentions[i];
            lastContentions[i] = v;
            if (delta > 0) {
                byType.merge(ri.scenario().lockTypes[ri.lockTypeOf()[i]].name(), delta, Long::sum);
            }
        }
        long end = moveSeq.get();
        List<Migration> recent = new ArrayList<>();
        for (long seq = Math.max(lastMoveSeq, end - MOVES); seq < end; seq++) {
            Move m = moves.get((int) (seq % MOVES));
            if (m != null && m.seq() == seq) {
                recent.add(new Migration(m.timeNs(), ri.threads().get(m.thread()), m.fromCpu(), m.toCpu(),
                        m.steal()));
            }
        }
        long moved = end - lastMoveSeq;
        lastMoveSeq = end;
        long stolen = steals.get();
        long stolenNow = stolen - lastSteals;
        lastSteals = stolen;
        AtomicLongArray counters = irq;
        var sources = ri.scenario().interrupts;
        List<IrqCounters> irqs = new ArrayList<>(sources.length);
        for (int i = 0; i < sources.length; i++) {
            int f = IRQ_FIELDS * i;
            irqs.add(new IrqCounters(sources[i].name(), sources[i].threadName(), sources[i].irq(), counters.get(f),
                    counters.get(f + 1), counters.get(f + 2), counters.get(f + 3), counters.get(f + 4)));
        }
        return new Sample(fraction, byType, List.copyOf(recent), moved, stolenNow, t, List.copyOf(irqs));
    }
}
