package org.smpng.sim.diag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.smpng.sim.SimObserver;
import org.smpng.sim.compile.CompiledScenario;

/**
 * Records a run as a {@link Timeline}: per CPU what it did over virtual time (the thread and its state: user, kernel,
 * spinning on a lock, in an interrupt handler, idle) and lock events as marks, like a KTR trace read by schedgraph
 * but kept whole in compact columns (see {@link Timeline}'s overview). Attach it as (or through an
 * {@link ObserverTee} into) the run's observer; take immutable copies with {@link #copy(long)} between
 * {@code runUntil} calls.
 *
 * <pre>{@code
 * TimelineRecorder rec = new TimelineRecorder();
 * try (Simulation sim = Simulation.load(scenario, options, rec)) {
 *     sim.runUntil(20_000_000);
 *     Timeline tl = rec.copy(sim.now());
 * }
 * }</pre>
 *
 * <pre>
 * Overview.
 *
 * A CPU's state comes from {@link #cpuStateChanged} (the engine's own time accounting, so the lanes add up to the
 * results' utilisation split) and its thread from {@link #contextSwitch}; a change of either starts a segment. The
 * detail of a spin segment is the lock the thread contended last; of an interrupt segment in interrupt context the
 * source whose handler runs ({@link #interruptHandlerStarted}); interrupt context keeps the interrupted thread as
 * the CPU's thread, as the engine's snapshots do. An engine that does not report CPU states (the parallel mode)
 * still gets lanes: a CPU running a thread is {@link Timeline#KERNEL}, else idle.
 *
 * Marks: a contention (with the owner found), an acquisition that followed a contention, a block on a lock's
 * turnstile or sleep queue, the wakeup of such a waiter (with its waker), and a release of a lock that had waiters
 * (the handoff). Each is logged on the CPU of the thread that acted (the waker's for a wakeup), or where it last ran.
 *
 * Cost per event: a few array reads and writes; no allocation except a new chunk every 4096 segments or marks.
 *
 * Memory grows with the run: a recorder made with a limit stops recording when it has written that many segments
 * and marks (a workbench must not run out of memory on a long run), and its copies end where it stopped
 * ({@link #stoppedAtNs()}).
 * </pre>
 *
 * <p>Locking key: the engine calls observers from one thread at a time (its baton holder, the handoff ordering the
 * calls), so no field needs a lock while the run goes; {@link #copy(long)} is for the controlling thread between
 * slices, when the engine does not call the observer.
 */
public final class TimelineRecorder implements SimObserver {

    private Timeline.Builder builder;
    private int[] cpuThread, cpuState, cpuDetail; // per CPU
    private int[] cpuOf, lastCpu, contended, blockedOn; // per thread
    private int[] waiting; // per lock: threads that contended and have not acquired it yet
    private boolean accounted;
    private long lastTime;
    private final long limit; // segments and marks to record at most
    private long entries; // segments and marks recorded
    private long stoppedAt = -1; // the virtual time the limit was reached, or -1

    /** A recorder that records the whole run. */
    public TimelineRecorder() {
        this(Long.MAX_VALUE);
    }

    /** A recorder that stops after {@code maxEntries} segments and marks (at least 1). */
    public TimelineRecorder(long maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("a timeline needs room for at least one entry, not " + maxEntries);
        }
        limit = maxEntries;
    }

    /** The virtual time recording stopped at because the limit was reached, or -1 while it records. */
    public long stoppedAtNs() {
        return stoppedAt;
    }

    /** Whether the limit is reached; counts the entry about to be written at {@code t} otherwise. */
    private boolean full(long t) {
        if (stoppedAt >= 0) {
            return true;
        }
        if (++entries > limit) {
            stoppedAt = t;
            return true;
        }
        return false;
    }

    @Override
    public void attached(RunInfo info) {
        CompiledScenario sc = info.scenario();
        List<String> interrupts = new ArrayList<>();
        for (CompiledScenario.InterruptInfo ii : sc.interrupts) {
            interrupts.add(ii.name());
        }
        List<String> sites = new ArrayList<>();
        for (CompiledScenario.SiteInfo s : sc.sites) {
            sites.add(s.toString());
        }
        builder = new Timeline.Builder(sc.name,
                new Timeline.Names(info.threads(), info.locks(), info.cpus(), interrupts, sites), true);
        int cpus = info.cpus().size(), threads = info.threads().size();
        cpuThread = new int[cpus];
        cpuState = new int[cpus];
        cpuDetail = new int[cpus];
        Arrays.fill(cpuThread, -1);
        Arrays.fill(cpuState, Timeline.IDLE);
        Arrays.fill(cpuDetail, -1);
        cpuOf = new int[threads];
        lastCpu = new int[threads];
        contended = new int[threads];
        blockedOn = new int[threads];
        Arrays.fill(cpuOf, -1);
        Arrays.fill(lastCpu, -1);
        Arrays.fill(contended, -1);
        Arrays.fill(blockedOn, -1);
        waiting = new int[info.locks().size()];
        for (int c = 0; c < cpus; c++) {
            builder.segment(c, 0, -1, Timeline.IDLE, -1);
        }
    }

    /**
     * An immutable copy of the timeline up to virtual time {@code nowNs}; sealed chunks are shared, so it costs the
     * open chunks. Controlling thread, between slices; null before the run is attached.
     */
    public Timeline copy(long nowNs) {
        return builder == null ? null : builder.build(stoppedAt >= 0 ? stoppedAt : Math.max(nowNs, lastTime));
    }

    private void segment(long t, int cpu) {
        if (full(t)) {
            return;
        }
        lastTime = t;
        builder.segment(cpu, t, cpuThread[cpu], cpuState[cpu], cpuDetail[cpu]);
    }

    private int cpuFor(int thread) {
        if (thread < 0) {
            return 0;
        }
        int c = cpuOf[thread];
        return c >= 0 ? c : Math.max(0, lastCpu[thread]);
    }

    private void mark(long t, int cpu, int kind, int lock, int thread, int site, int other) {
        if (full(t)) {
            return;
        }
        lastTime = t;
        builder.mark(cpu, t, kind, lock, thread, site, other);
    }

    @Override
    public void cpuStateChanged(long t, int cpu, int state) {
        accounted = true;
        cpuState[cpu] = state;
        int td = cpuThread[cpu];
        cpuDetail[cpu] = state == Timeline.SPIN && td >= 0 ? contended[td] : -1;
        segment(t, cpu);
    }

    @Override
    public void contextSwitch(long t, int cpu, int from, int to) {
        if (from >= 0) {
            cpuOf[from] = -1;
        }
        if (to >= 0) {
            cpuOf[to] = cpu;
            lastCpu[to] = cpu;
        }
        cpuThread[cpu] = to;
        if (!accounted) {
            cpuState[cpu] = to < 0 ? Timeline.IDLE : Timeline.KERNEL;
            cpuDetail[cpu] = -1;
        }
        segment(t, cpu);
    }

    @Override
    public void interruptHandlerStarted(long t, int source, int cpu, int kind, long latencyNs) {
        if (kind != CompiledScenario.HANDLER_ITHREAD && cpu >= 0) {
            cpuDetail[cpu] = source;
            if (!accounted) {
                cpuState[cpu] = Timeline.INTR;
            }
            segment(t, cpu);
        }
    }

    @Override
    public void interruptHandlerFinished(long t, int source, int cpu) {
        // An ithread's finish never meets its source as the CPU's detail: interrupt context freezes the CPU's thread.
        if (cpu >= 0 && cpuDetail[cpu] == source && cpuState[cpu] != Timeline.SPIN) {
            cpuDetail[cpu] = -1;
            if (!accounted) {
                cpuState[cpu] = cpuThread[cpu] < 0 ? Timeline.IDLE : Timeline.KERNEL;
            }
            segment(t, cpu);
        }
    }

    @Override
    public void lockContended(long t, int thread, int lock, int owner, int site) {
        if (contended[thread] != lock) {
            if (contended[thread] >= 0) {
                waiting[contended[thread]]--;
            }
            contended[thread] = lock;
            waiting[lock]++;
        }
        int cpu = cpuFor(thread);
        mark(t, cpu, Timeline.CONTENDED, lock, thread, site, owner);
        if (cpuOf[thread] >= 0 && cpuState[cpu] == Timeline.SPIN && cpuDetail[cpu] != lock) {
            cpuDetail[cpu] = lock;
            segment(t, cpu);
        }
    }

    @Override
    public void lockAcquired(long t, int thread, int lock, boolean shared, int site) {
        if (contended[thread] == lock) {
            contended[thread] = -1;
            waiting[lock]--;
            mark(t, cpuFor(thread), Timeline.ACQUIRED, lock, thread, site, -1);
        }
    }

    @Override
    public void lockReleased(long t, int thread, int lock, int site) {
        if (waiting[lock] > 0) {
            mark(t, cpuFor(thread), Timeline.HANDOFF, lock, thread, site, -1);
        }
    }

    @Override
    public void threadBlocked(long t, int thread, int lock, int channel) {
        if (lock >= 0 && channel < 0) {
            blockedOn[thread] = lock;
            mark(t, cpuFor(thread), Timeline.BLOCKED, lock, thread, -1, -1);
        }
    }

    @Override
    public void threadWoken(long t, int thread, int waker) {
        int lock = blockedOn[thread];
        if (lock >= 0) {
            blockedOn[thread] = -1;
            mark(t, cpuFor(waker >= 0 ? waker : thread), Timeline.WOKEN, lock, thread, -1, waker);
        }
    }
}
