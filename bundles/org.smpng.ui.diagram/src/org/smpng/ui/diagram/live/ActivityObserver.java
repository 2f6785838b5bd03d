package org.smpng.ui.diagram.live;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.smpng.sim.SimObserver;

/**
 * What happened between two frames, which a snapshot alone cannot say: how busy each CPU was, and how often each
 * lock type was contended. Snapshots are instants, and a mostly idle workload (the syscall mix keeps its CPUs 97%
 * idle) would look idle in almost every frame although its CPUs and locks are busy in between.
 *
 * <p>Overview. The engine calls the observer on whichever Java thread holds its baton (one at a time, ordered by the
 * baton's volatile handoff); the UI thread samples it once per frame. Nothing blocks: per CPU the observer publishes
 * an immutable {@link Busy} (busy time of finished stretches, and when the current stretch began) through an atomic
 * reference, after publishing the latest virtual time in the volatile {@link #now}; so a sampler that sees a
 * stretch beginning at t also sees {@code now >= t}. Contentions are cumulative atomic counters per lock instance;
 * the sampler keeps the previous sample and subtracts.
 *
 * <p>Locking key: (e) written by the baton holder only; (a) atomic or volatile, read by any thread; (u) UI thread.
 */
final class ActivityObserver implements SimObserver {

    /** A CPU's busy time: total of finished busy stretches, and the start of the current one (-1: idle). */
    record Busy(long totalNs, long since) {
    }

    /** One frame's activity: busy fraction per CPU index, contentions per lock type name since the last sample. */
    record Sample(double[] cpuBusy, Map<String, Long> contentionsByLockType) {
        static final Sample NONE = new Sample(new double[0], Map.of());
    }

    private volatile RunInfo info; // (a) set once by attached()
    private volatile AtomicReferenceArray<Busy> busy; // (a)
    private volatile AtomicLongArray contentions; // (a) per lock instance, cumulative
    private volatile long now; // (a) the latest virtual time seen
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
        info = runInfo;
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
        return new Sample(fraction, byType);
    }
}
