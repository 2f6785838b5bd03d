package org.smpng.sim.diag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smpng.sim.SimObserver;
import org.smpng.sim.compile.CompiledScenario;
import org.smpng.sim.compile.CompiledScenario.InterruptInfo;
import org.smpng.sim.compile.CompiledScenario.PathInfo;
import org.smpng.sim.compile.CompiledScenario.ThreadGroupInfo;

/**
 * Analyses of one run, computed from the engine's events as it goes: priority-inversion episodes, Giant's hold and
 * wait by subsystem, a contention ranking of lock types, and per-CPU utilisation. Attach it as (or through an
 * {@link ObserverTee} into) the run's observer, then call {@link #result(long)} with the run's end time.
 *
 * <pre>
 * Overview.
 *
 * Priority inversion. An episode begins when a thread W contends for a lock whose owner O has a base priority worse
 * (numerically higher) than W's current priority, and ends when W acquires the lock (or the run ends: "open"). For
 * each episode: its duration, whether O was lent W's priority (a lend event for the episode's owner: FreeBSD lends
 * only through turnstiles, so only sleep mutexes), and how long O sat runnable but not running during it — the part
 * of the inversion a middle-priority thread causes, which propagation exists to remove. The summary splits episodes
 * by whether the lock's class propagates priority: the same run thus shows inversion with propagation (sleep
 * mutexes) and without (sx and lockmgr locks, whose sleep queues have no owner to lend to; spin mutexes, whose owner
 * cannot be preempted). A controlled comparison runs the same scenario twice with the contended lock's class
 * changed (see the tests); the engine has no switch to turn propagation off, by design: it follows the kernel.
 *
 * Giant. Each hold of Giant is charged to the subsystem of the code path whose step acquired it (the site's path,
 * CompiledScenario.PathInfo#subsystem), as is each wait for it; held share = hold time / run time, as in the results.
 *
 * Utilisation per CPU: busy (a thread on it, including context switch cost), of which interrupt threads and
 * spinning (a thread on the CPU between a contest and its acquisition, block or preemption), and idle.
 * </pre>
 *
 * <p>Locking key: the engine calls observers from one thread at a time, so no field needs a lock during the run;
 * {@link #result(long)} is for the controlling thread after the run.
 */
public final class RunAnalysis implements SimObserver {

    /** One priority-inversion episode; times in ns. */
    public record InversionEpisode(String waiter, int waiterPriority, String owner, int ownerBasePriority,
            String lock, String lockClass, long startNs, long durationNs, boolean lent, long ownerRunnableNs,
            boolean open) {
    }

    /** Giant's share attributed to one subsystem. */
    public record GiantShare(String subsystem, long acquisitions, long contended, long holdNs, long waitNs,
            double heldShare) {
    }

    /** Contention of one lock type over all its instances. */
    public record LockContention(String lock, String lockClass, long acquisitions, long contended, long waitNs,
            long holdNs) {
        public double contendedShare() {
            return acquisitions == 0 ? 0 : (double) contended / acquisitions;
        }
    }

    /** One CPU's time, as fractions of the run. */
    public record CpuUtilisation(String cpu, double busy, double interruptThreads, double spin, double idle,
            long switches) {
    }

    /** Summary of inversion episodes of one kind. */
    public record InversionSummary(long episodes, long totalNs, long maxNs, long ownerRunnableNs) {
        public double meanNs() {
            return episodes == 0 ? 0 : (double) totalNs / episodes;
        }
    }

    /** Everything the analysis found. */
    public record Result(long endTimeNs, List<InversionEpisode> inversions, InversionSummary withPropagation,
            InversionSummary withoutPropagation, double giantHeldShare, List<GiantShare> giant,
            List<LockContention> contention, List<CpuUtilisation> cpus) {
    }

    private RunInfo info;
    private CompiledScenario scenario;
    private InterruptLatencies latencies;
    private int threads;
    private int[] base, prio;
    private boolean[] ithread;

    /* Per thread scheduling state. */
    private int[] cpuOf;
    private boolean[] inRunq;
    private long[] runqSince, runqTotal;

    /* Per thread lock wait. */
    private long[] waitStart;
    private int[] waitLock;
    private long[] spinStart;

    /* Inversions: the open episode per waiter (index into open lists) and the finished ones. */
    private int[] epOwner;
    private int[] epLock;
    private long[] epStart, epOwnerRunq;
    private boolean[] epLent;
    private final List<InversionEpisode> episodes = new ArrayList<>();

    /* Lock instances. */
    private int[] owner, sharers;
    private long[] acquiredAt;
    private long[] typeAcq, typeCont, typeWait, typeHold;

    /* Giant by subsystem. */
    private int giantType;
    private String[] siteSubsystem;
    private final Map<String, long[]> giantBySubsystem = new LinkedHashMap<>(); // acq, contended, hold, wait
    private long[] giantHoldStart;
    private String[] giantHoldSubsystem;

    /* CPUs. */
    private int[] running;
    private long[] cpuSince, cpuBusy, cpuIntr, cpuSpin, cpuIdle, cpuSwitches;

    @Override
    public void attached(RunInfo runInfo) {
        info = runInfo;
        scenario = runInfo.scenario();
        latencies = new InterruptLatencies(scenario);
        threads = runInfo.threads().size();
        base = basePriorities(runInfo);
        prio = base.clone();
        ithread = new boolean[threads];
        for (int i = 0; i < scenario.interrupts.length; i++) {
            ithread[threads - scenario.interrupts.length + i] = true;
        }
        cpuOf = new int[threads];
        Arrays.fill(cpuOf, -1);
        inRunq = new boolean[threads];
        runqSince = new long[threads];
        runqTotal = new long[threads];
        waitStart = new long[threads];
        waitLock = new int[threads];
        Arrays.fill(waitLock, -1);
        spinStart = new long[threads];
        Arrays.fill(spinStart, -1);
        epOwner = new int[threads];
        Arrays.fill(epOwner, -1);
        epLock = new int[threads];
        epStart = new long[threads];
        epOwnerRunq = new long[threads];
        epLent = new boolean[threads];
        int locks = runInfo.locks().size();
        owner = new int[locks];
        Arrays.fill(owner, -1);
        sharers = new int[locks];
        acquiredAt = new long[locks];
        int types = scenario.lockTypes.length;
        typeAcq = new long[types];
        typeCont = new long[types];
        typeWait = new long[types];
        typeHold = new long[types];
        giantType = scenario.giant;
        Map<String, String> pathSubsystem = new HashMap<>();
        for (PathInfo p : scenario.paths) {
            pathSubsystem.put(p.name(), p.subsystem() == null ? "(no subsystem)" : p.subsystem());
        }
        siteSubsystem = new String[scenario.sites.length];
        for (int s = 0; s < siteSubsystem.length; s++) {
            siteSubsystem[s] = pathSubsystem.getOrDefault(scenario.sites[s].path(), "(no subsystem)");
        }
        giantHoldStart = new long[threads];
        giantHoldSubsystem = new String[threads];
        int cpus = runInfo.cpus().size();
        running = new int[cpus];
        Arrays.fill(running, -1);
        cpuSince = new long[cpus];
        cpuBusy = new long[cpus];
        cpuIntr = new long[cpus];
        cpuSpin = new long[cpus];
        cpuIdle = new long[cpus];
        cpuSwitches = new long[cpus];
    }

    /**
     * The base priority of every thread, by the names the engine gives its threads: {@code process/group#k} for a
     * user thread (THR, KSE), {@code process (libc_r)} for a libc_r process's one kernel thread (the best priority
     * of its groups), the source's thread name for an interrupt thread, and {@code cpuN: interrupt context} for the
     * context fast handlers and filters run in (priority 0, above everything). A thread none of these names is an
     * error, so that a change of the engine's naming fails here loudly instead of mislabelling priorities.
     */
    static int[] basePriorities(RunInfo info) {
        CompiledScenario s = info.scenario();
        Map<String, Integer> byName = new HashMap<>();
        for (ThreadGroupInfo g : s.threadGroups) {
            for (int k = 0; k < g.count(); k++) {
                byName.put(g.process() + "/" + g.name() + "#" + k, g.priority());
            }
            byName.merge(g.process() + " (libc_r)", g.priority(), Math::min);
        }
        for (InterruptInfo i : s.interrupts) {
            byName.put(i.threadName(), i.priority());
        }
        int[] p = new int[info.threads().size()];
        for (int t = 0; t < p.length; t++) {
            String name = info.threads().get(t);
            Integer priority = byName.get(name);
            if (priority == null && name.endsWith(": interrupt context")) {
                priority = 0;
            }
            if (priority == null) {
                throw new IllegalStateException("thread " + t + " of the run, '" + name + "', is none of the"
                        + " scenario's threads");
            }
            p[t] = priority;
        }
        return p;
    }

    @Override
    public void interruptHandlerStarted(long timeNs, int source, int cpu, int kind, long latencyNs) {
        latencies.handlerStarted(source, kind, latencyNs);
    }

    /**
     * The interrupt latency distributions, from the engine's handler starts (each with its latency since the
     * assertion); the report takes them instead of the results' mean and max.
     */
    public InterruptLatencies interruptLatencies() {
        if (latencies == null) {
            throw new IllegalStateException("the analysis was not attached to a run");
        }
        return latencies;
    }

    private String subsystem(int site) {
        return site < 0 ? "(engine)" : siteSubsystem[site];
    }

    private long[] giantRow(String subsystem) {
        return giantBySubsystem.computeIfAbsent(subsystem, k -> new long[4]);
    }

    private boolean isGiant(int lock) {
        return giantType >= 0 && info.lockTypeOf()[lock] == giantType;
    }

    private void endSpin(long t, int thread) {
        if (spinStart[thread] >= 0) {
            int c = cpuOf[thread];
            if (c >= 0) {
                cpuSpin[c] += t - spinStart[thread];
            }
            spinStart[thread] = -1;
        }
    }

    @Override
    public void lockContended(long t, int thread, int lock, int lockOwner, int site) {
        int type = info.lockTypeOf()[lock];
        typeCont[type]++;
        waitStart[thread] = t;
        waitLock[thread] = lock;
        if (cpuOf[thread] >= 0) {
            spinStart[thread] = t;
        }
        if (isGiant(lock)) {
            giantRow(subsystem(site))[1]++;
        }
        if (lockOwner >= 0 && base[lockOwner] > prio[thread] && epOwner[thread] < 0) {
            epOwner[thread] = lockOwner;
            epLock[thread] = lock;
            epStart[thread] = t;
            epOwnerRunq[thread] = runqTime(lockOwner, t);
            epLent[thread] = false;
        }
    }

    @Override
    public void lockAcquired(long t, int thread, int lock, boolean shared, int site) {
        int type = info.lockTypeOf()[lock];
        typeAcq[type]++;
        endSpin(t, thread);
        long wait = 0;
        if (waitLock[thread] == lock) {
            wait = t - waitStart[thread];
            typeWait[type] += wait;
            waitLock[thread] = -1;
        }
        if (shared) {
            if (sharers[lock]++ == 0) {
                acquiredAt[lock] = t;
            }
        } else {
            owner[lock] = thread;
            acquiredAt[lock] = t;
        }
        if (isGiant(lock)) {
            String sub = subsystem(site);
            long[] row = giantRow(sub);
            row[0]++;
            row[3] += wait;
            giantHoldStart[thread] = t;
            giantHoldSubsystem[thread] = sub;
        }
        if (epOwner[thread] >= 0 && epLock[thread] == lock) {
            closeEpisode(t, thread, false);
        }
    }

    private void closeEpisode(long t, int w, boolean open) {
        int o = epOwner[w];
        int lock = epLock[w];
        int type = info.lockTypeOf()[lock];
        episodes.add(new InversionEpisode(info.threads().get(w), prio[w], info.threads().get(o), base[o],
                scenario.lockTypes[type].name(), LockNames.className(scenario.lockTypes[type]), epStart[w],
                t - epStart[w], epLent[w], runqTime(o, t) - epOwnerRunq[w], open));
        epOwner[w] = -1;
    }

    @Override
    public void lockReleased(long t, int thread, int lock, int site) {
        int type = info.lockTypeOf()[lock];
        if (owner[lock] == thread) {
            owner[lock] = -1;
            typeHold[type] += t - acquiredAt[lock];
        } else if (sharers[lock] > 0 && --sharers[lock] == 0) {
            typeHold[type] += t - acquiredAt[lock];
        }
        if (isGiant(lock) && giantHoldSubsystem[thread] != null) {
            giantRow(giantHoldSubsystem[thread])[2] += t - giantHoldStart[thread];
            giantHoldSubsystem[thread] = null;
        }
    }

    @Override
    public void threadBlocked(long t, int thread, int lock, int channel) {
        endSpin(t, thread);
    }

    @Override
    public void priorityPropagated(long t, int from, int lockOwner, int priority) {
        if (epOwner[from] == lockOwner) {
            epLent[from] = true;
        }
    }

    @Override
    public void priorityChanged(long t, int thread, int priority) {
        prio[thread] = priority;
    }

    @Override
    public void enqueued(long t, int thread, int priority) {
        prio[thread] = priority;
        if (!inRunq[thread]) {
            inRunq[thread] = true;
            runqSince[thread] = t;
        }
    }

    private long runqTime(int thread, long t) {
        return runqTotal[thread] + (inRunq[thread] ? t - runqSince[thread] : 0);
    }

    @Override
    public void contextSwitch(long t, int cpu, int from, int to) {
        closeCpu(cpu, t);
        cpuSwitches[cpu]++;
        if (from >= 0) {
            endSpin(t, from);
            cpuOf[from] = -1;
        }
        if (to >= 0) {
            if (inRunq[to]) {
                inRunq[to] = false;
                runqTotal[to] += t - runqSince[to];
            }
            cpuOf[to] = cpu;
        }
        running[cpu] = to;
    }

    private void closeCpu(int cpu, long t) {
        long d = t - cpuSince[cpu];
        int r = running[cpu];
        if (r < 0) {
            cpuIdle[cpu] += d;
        } else {
            cpuBusy[cpu] += d;
            if (ithread[r]) {
                cpuIntr[cpu] += d;
            }
        }
        cpuSince[cpu] = t;
    }

    /**
     * What the run showed up to {@code endTimeNs} (the results' end time): open episodes, holds and CPU intervals
     * are counted up to it. Call once, after the run, from the controlling thread.
     */
    public Result result(long endTimeNs) {
        if (info == null) {
            throw new IllegalStateException("the analysis was not attached to a run");
        }
        long end = Math.max(1, endTimeNs);
        for (int w = 0; w < threads; w++) {
            if (epOwner[w] >= 0) {
                closeEpisode(end, w, true);
            }
        }
        for (int t = 0; t < threads; t++) {
            if (giantHoldSubsystem[t] != null) {
                giantRow(giantHoldSubsystem[t])[2] += end - giantHoldStart[t];
                giantHoldSubsystem[t] = null;
            }
            endSpin(end, t);
        }
        List<InversionEpisode> eps = List.copyOf(episodes);
        InversionSummary with = summary(eps, true), without = summary(eps, false);

        long giantHold = 0;
        List<GiantShare> giant = new ArrayList<>();
        for (var e : giantBySubsystem.entrySet()) {
            long[] r = e.getValue();
            giantHold += r[2];
            giant.add(new GiantShare(e.getKey(), r[0], r[1], r[2], r[3], (double) r[2] / end));
        }
        giant.sort(Comparator.comparingLong(GiantShare::holdNs).reversed().thenComparing(GiantShare::subsystem));

        List<LockContention> contention = new ArrayList<>();
        for (int type = 0; type < typeAcq.length; type++) {
            if (typeAcq[type] == 0 && typeCont[type] == 0) {
                continue;
            }
            long hold = typeHold[type];
            for (int l = 0; l < owner.length; l++) { // holds still open at the end
                if (info.lockTypeOf()[l] == type && (owner[l] >= 0 || sharers[l] > 0)) {
                    hold += end - acquiredAt[l];
                }
            }
            contention.add(new LockContention(scenario.lockTypes[type].name(),
                    LockNames.className(scenario.lockTypes[type]), typeAcq[type], typeCont[type], typeWait[type],
                    hold));
        }
        contention.sort(Comparator.comparingLong(LockContention::waitNs).reversed()
                .thenComparing(Comparator.comparingLong(LockContention::contended).reversed())
                .thenComparing(LockContention::lock));

        List<CpuUtilisation> cpus = new ArrayList<>();
        for (int c = 0; c < running.length; c++) {
            closeCpu(c, end);
            double all = Math.max(1, cpuBusy[c] + cpuIdle[c]);
            cpus.add(new CpuUtilisation(info.cpus().get(c), cpuBusy[c] / all, cpuIntr[c] / all,
                    Math.min(cpuSpin[c], cpuBusy[c]) / all, cpuIdle[c] / all, cpuSwitches[c]));
        }
        return new Result(end, eps, with, without, (double) giantHold / end, List.copyOf(giant),
                List.copyOf(contention), List.copyOf(cpus));
    }

    private InversionSummary summary(List<InversionEpisode> eps, boolean propagating) {
        long n = 0, total = 0, max = 0, runnable = 0;
        for (InversionEpisode e : eps) {
            boolean p = "sleep mutex".equals(e.lockClass());
            if (p != propagating) {
                continue;
            }
            n++;
            total += e.durationNs();
            max = Math.max(max, e.durationNs());
            runnable += e.ownerRunnableNs();
        }
        return new InversionSummary(n, total, max, runnable);
    }
}
