package org.smpng.sim.kern;

import java.util.List;

/**
 * The 4BSD scheduler (kern/sched_4bsd.c of FreeBSD 5.x/6.x): one global {@link RunQueue}, and timeshare priorities
 * from decayed CPU use.
 *
 * <pre>
 * Overview.
 *
 * Placement. Every runnable thread waits on the one global queue (FreeBSD: runq, under sched_lock). A newly
 * runnable thread goes to an idle CPU if there is one, its last CPU first; otherwise it may preempt the CPU that
 * runs the worst-priority thread, if that is worse than its own (6.x/7.x kick_other_cpu(); 5.x maybe_preempt()
 * only looked at the current CPU). CPUs with an IPI in flight are neither offered nor preempted again.
 *
 * Priority decay. While a timeshare thread runs, sched_clock() adds 1 to td_estcpu per statclock tick (stathz 128),
 * up to ESTCPULIM. Once a second schedcpu() decays every timeshare thread's estcpu by
 *     decay_cpu(loadfac, estcpu) = loadfac * estcpu / (loadfac + FSCALE),   loadfac = 2 * loadav
 * (in FSCALE = 2^11 fixed point), so a thread forgets 90% of its CPU use in about 5 * loadav seconds, and
 * resetpriority() gives
 *     user priority = PUSER + estcpu / INVERSE_ESTCPU_WEIGHT + NICE_WEIGHT * (nice - PRIO_MIN)
 * clamped to the timeshare range, with INVERSE_ESTCPU_WEIGHT 8 and NICE_WEIGHT 1 (5.x values; 7.x made the weight
 * 8 * smp_cpus on SMP). The thread's nice term is its {@link SimThread#nicePriority}.
 *
 * Simplified, and why: the charge is exact CPU time divided into ticks (FreeBSD samples the running thread at each
 * tick, statistically the same); priorities are recomputed at schedcpu(), at quantum ends and at wakeup rather than
 * every 4th tick (estcpu / 8 only changes every 8 ticks anyway); sleeping threads are decayed at every schedcpu()
 * instead of skipped and caught up by updatepri() at wakeup (same estcpu when they run again); the load average is
 * the 1-minute exponential average of runnable threads sampled at each schedcpu() instead of every 5 s, and starts
 * at its first sample instead of 0, as on a machine that has been running this load for a while.
 * </pre>
 *
 * <p>Locking key: (b) the engine's baton for all fields (FreeBSD: sched_lock).
 */
final class Sched4BSD extends Scheduler {

    /** sys/param.h fixed-point load averages: FSHIFT 11, FSCALE 2048. */
    static final int FSHIFT = 11, FSCALE = 1 << FSHIFT;
    /** 5.x sched_4bsd.c: priorities per estcpu level, and per nice level. */
    static final int INVERSE_ESTCPU_WEIGHT = 8, NICE_WEIGHT = 1;
    /** ESTCPULIM: the estcpu that puts a nice 0 thread just short of the worst timeshare queue. */
    static final int ESTCPU_MAX = INVERSE_ESTCPU_WEIGHT * (NICE_WEIGHT * (PRIO_MAX - PRIO_MIN) - RunQueue.RQ_PPQ)
            + INVERSE_ESTCPU_WEIGHT - 1;
    /** exp(-1/60) in FSCALE: the 1-minute load average's decay per 1-second sample. */
    static final long CEXP = Math.round(StrictMath.exp(-1.0 / 60) * FSCALE);
    /** schedcpu() runs once a second (hz ticks). */
    static final long SCHEDCPU_NS = 1_000_000_000L;

    /** The global run queue (FreeBSD: runq). */
    final RunQueue runq;
    /** averunnable.ldavg[0] in FSCALE fixed point; -1 before the first sample. */
    long loadav = -1;

    Sched4BSD(Engine engine, Cpu[] cpus, RunQueue runq) {
        super(engine, cpus);
        this.runq = runq;
    }

    @Override
    String name() {
        return "4BSD";
    }

    @Override
    void add(SimThread td, boolean atHead) {
        assert engine.batonHeld();
        runq.add(td, atHead);
    }

    @Override
    void remove(SimThread td) {
        runq.remove(td);
    }

    @Override
    void requeue(SimThread td) {
        runq.remove(td);
        runq.add(td, false);
    }

    @Override
    SimThread choose(Cpu c) {
        assert engine.batonHeld();
        SimThread td = runq.choose();
        if (td != null) {
            runq.remove(td);
        }
        return td;
    }

    @Override
    int bestPriority(Cpu c) {
        return runq.bestPriority();
    }

    @Override
    Cpu idleCpuFor(SimThread td) {
        if (td.lastCpu >= 0 && idle(cpus[td.lastCpu])) {
            return cpus[td.lastCpu];
        }
        for (Cpu c : cpus) {
            if (idle(c)) {
                return c;
            }
        }
        return null;
    }

    private static boolean idle(Cpu c) {
        return c.current == null && !c.ipiPending;
    }

    @Override
    Cpu preemptionTarget(SimThread td) {
        Cpu victim = null;
        int worst = td.priority;
        for (Cpu c : cpus) {
            SimThread cur = c.current;
            if (cur != null && cur.priority > worst && !c.owepreempt && !c.ipiPending) {
                worst = cur.priority;
                victim = c;
            }
        }
        return victim;
    }

    @Override
    long slice(Cpu c) {
        return engine.quantumNs;
    }

    @Override
    List<SimThread> queueOf(Cpu c) {
        return List.of();
    }

    @Override
    int queued() {
        return runq.size();
    }

    @Override
    long period() {
        return SCHEDCPU_NS;
    }

    /** schedcpu(): samples the load average, then decays every timeshare thread's estcpu. */
    @Override
    void periodic() {
        assert engine.batonHeld();
        long nrun = runq.size();
        for (Cpu c : cpus) {
            if (c.current != null) {
                nrun++;
            }
        }
        loadav = loadav < 0 ? nrun * FSCALE : (CEXP * loadav + nrun * FSCALE * (FSCALE - CEXP)) >> FSHIFT;
        long loadfac = 2 * loadav;
        for (SimThread td : engine.threads) {
            if (td.timeshare) {
                td.estcpu = decayCpu(loadfac, td.estcpu);
            }
        }
    }

    /** decay_cpu(): {@code loadfac * estcpu / (loadfac + FSCALE)}. */
    static int decayCpu(long loadfac, int estcpu) {
        return (int) (loadfac * estcpu / (loadfac + FSCALE));
    }

    /** sched_clock() once per whole statclock tick of {@code ns} (plus what earlier charges left over). */
    @Override
    void charge(SimThread td, long ns) {
        if (!td.timeshare || ns <= 0) {
            return;
        }
        long t = td.estcpuCarry + ns;
        long ticks = t / STATCLOCK_NS;
        td.estcpuCarry = t % STATCLOCK_NS;
        td.estcpu = (int) Math.min(ESTCPU_MAX, td.estcpu + ticks);
    }

    /** resetpriority(). */
    @Override
    int userPriority(SimThread td) {
        int p = td.nicePriority + td.estcpu / INVERSE_ESTCPU_WEIGHT;
        return Math.max(PRI_MIN_TIMESHARE, Math.min(PRI_MAX_TIMESHARE, p));
    }
}
