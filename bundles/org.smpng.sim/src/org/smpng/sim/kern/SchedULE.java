package org.smpng.sim.kern;

import java.util.ArrayList;
import java.util.List;

/**
 * The ULE scheduler, after kern/sched_ule.c of FreeBSD 7.0 (Jeff Roberson's "ULE 2.0", 2007, the rework of the
 * 5.x/6.x ULE), with the 5.x priority numbers the rest of the engine uses.
 *
 * <pre>
 * Overview.
 *
 * Per-CPU queues and affinity. Each CPU has its own {@link RunQueue} (Cpu.tdq; FreeBSD: struct tdq). A thread
 * made runnable goes back to the CPU it last ran on (its caches are warm there) when that CPU is idle or runs a
 * worse thread, or when that CPU is no busier than the least loaded one; otherwise to an idle CPU, otherwise to the
 * least loaded CPU (sched_pickcpu() without topology: all CPUs form one group). A thread leaving its CPU runnable
 * (preempted, slice expired, yielding) stays on that CPU's queue. Load (tdq_load) is the running thread plus the
 * queued ones. A thread only preempts the CPU whose queue it joins.
 *
 * Idle stealing (tdq_idled()). A CPU whose own queue is empty takes the best thread of the most loaded other CPU,
 * if that CPU's load is at least steal_thresh (2: it runs one thread and has another waiting).
 *
 * Balancing (sched_balance()). Once every balance interval (128 statclock ticks, 1 s) the most and the least
 * loaded CPU are paired and threads move from the first's queue to the second until their loads differ by at
 * most one; repeated until every pair is even. A thread moved to an idle CPU is started by an IPI.
 *
 * Interactivity. Each timeshare thread keeps its recent run time and voluntary sleep time (ts_runtime,
 * ts_slptime; sleeping includes blocking on locks), scaled down to stay within SCHED_SLP_RUN_MAX (5 s). Its score
 * (sched_interact_score()) is 0..100: a thread that sleeps more than it runs scores runtime / (slptime / 50),
 * below 50; one that runs more scores 100 - slptime / (runtime / 50). Score plus nice below SCHED_INTERACT_THRESH
 * (30) makes it interactive, with a priority in PRI_MIN_INTERACT..PRI_MAX_INTERACT; otherwise its priority is in
 * the batch range from SCHED_PRI_MIN by its share of CPU, plus nice. With the 5.x timeshare range 160..223 the
 * interactive range is 160..171, the batch range 172..223 and the CPU-share part 192..203.
 *
 * Slices. Every thread gets sched_slice, 12 statclock ticks (93.75 ms); when it expires the thread goes behind
 * the equal-priority threads of its CPU.
 *
 * Simplified, and why: one queue per CPU instead of the realtime / timeshare-calendar / idle queues (the
 * calendar's aging is replaced by the priorities from CPU share); the CPU share comes from the same run/sleep
 * history as the score instead of a separate 10 s tick window (time waiting on a queue does not count as either);
 * no CPU topology; balancing is deterministic (FreeBSD randomises the interval) and evens all pairs.
 * </pre>
 *
 * <p>Locking key: (b) the engine's baton for all fields (FreeBSD: each tdq's own spin lock, and both for a
 * migration).
 */
final class SchedULE extends Scheduler {

    static final int SCHED_INTERACT_MAX = 100, SCHED_INTERACT_HALF = SCHED_INTERACT_MAX / 2,
            SCHED_INTERACT_THRESH = 30;
    /** The run/sleep history kept for the score, in ns (SCHED_SLP_RUN_MAX, 5 s). */
    static final long SCHED_SLP_RUN_MAX = 5_000_000_000L;
    /** The priority ranges of sched_ule.c computed over the 5.x timeshare range. */
    static final int PRI_TIMESHARE_RANGE = PRI_MAX_TIMESHARE - PRI_MIN_TIMESHARE + 1,
            SCHED_PRI_NRESV = PRIO_MAX - PRIO_MIN, PRI_INTERACT_RANGE = (PRI_TIMESHARE_RANGE - SCHED_PRI_NRESV) / 2,
            PRI_MIN_INTERACT = PRI_MIN_TIMESHARE, PRI_MAX_INTERACT = PRI_MIN_TIMESHARE + PRI_INTERACT_RANGE - 1,
            PRI_MIN_BATCH = PRI_MIN_TIMESHARE + PRI_INTERACT_RANGE, PRI_MAX_BATCH = PRI_MAX_TIMESHARE,
            SCHED_PRI_NHALF = SCHED_PRI_NRESV / 2, SCHED_PRI_MIN = PRI_MIN_BATCH + SCHED_PRI_NHALF,
            SCHED_PRI_MAX = PRI_MAX_BATCH - SCHED_PRI_NHALF, SCHED_PRI_RANGE = SCHED_PRI_MAX - SCHED_PRI_MIN + 1;
    /** sched_slice: stathz / 10 rounded to 12 ticks. */
    static final long SCHED_SLICE_NS = 12 * STATCLOCK_NS;
    /** balance_interval: 128 statclock ticks. */
    static final long BALANCE_INTERVAL_NS = 128 * STATCLOCK_NS;
    /** steal_thresh: the least load of a CPU an idle CPU steals from. */
    static final int STEAL_THRESH = 2;

    SchedULE(Engine engine, Cpu[] cpus) {
        super(engine, cpus);
    }

    @Override
    String name() {
        return "ULE";
    }

    @Override
    void add(SimThread td, boolean atHead) {
        assert engine.batonHeld();
        Cpu c = td.cpu != null ? td.cpu : pickCpu(td);
        c.tdq.add(td, atHead);
        td.rqCpu = c;
    }

    /** sched_pickcpu(): affinity to the last CPU unless another is idle or clearly less loaded. */
    private Cpu pickCpu(SimThread td) {
        Cpu least = cpus[0];
        for (Cpu c : cpus) {
            if (c.load() < least.load()) {
                least = c;
            }
        }
        if (td.lastCpu < 0) {
            return least;
        }
        Cpu self = cpus[td.lastCpu];
        if (self.current == null && !self.ipiPending
                || self.current != null && td.priority < self.current.priority && !self.owepreempt) {
            return self;
        }
        for (Cpu c : cpus) {
            if (c.current == null && !c.ipiPending && c.tdq.isEmpty()) {
                return c;
            }
        }
        return self.load() <= least.load() ? self : least;
    }

    @Override
    void remove(SimThread td) {
        td.rqCpu.tdq.remove(td);
        td.rqCpu = null;
    }

    @Override
    void requeue(SimThread td) {
        RunQueue q = td.rqCpu.tdq;
        q.remove(td);
        q.add(td, false);
    }

    @Override
    SimThread choose(Cpu c) {
        assert engine.batonHeld();
        SimThread td = c.tdq.choose();
        if (td == null) {
            td = steal(c);
        }
        if (td != null) {
            remove(td);
        }
        return td;
    }

    /** tdq_idled(): the best queued thread of the most loaded other CPU, if its load reaches steal_thresh. */
    private SimThread steal(Cpu thief) {
        Cpu victim = null;
        for (Cpu c : cpus) {
            if (c != thief && !c.tdq.isEmpty() && c.load() >= STEAL_THRESH
                    && (victim == null || c.load() > victim.load())) {
                victim = c;
            }
        }
        if (victim == null) {
            return null;
        }
        SimThread td = victim.tdq.choose();
        td.stolen = true;
        engine.steals++;
        return td;
    }

    @Override
    int bestPriority(Cpu c) {
        return c.tdq.bestPriority();
    }

    @Override
    Cpu idleCpuFor(SimThread td) {
        Cpu c = td.rqCpu;
        return c.current == null && !c.ipiPending ? c : null;
    }

    @Override
    Cpu preemptionTarget(SimThread td) {
        Cpu c = td.rqCpu;
        return c.current != null && td.priority < c.current.priority && !c.owepreempt && !c.ipiPending ? c : null;
    }

    @Override
    long slice(Cpu c) {
        return SCHED_SLICE_NS;
    }

    @Override
    List<SimThread> queueOf(Cpu c) {
        List<SimThread> l = new ArrayList<>(c.tdq.size());
        for (int q = 0; q < RunQueue.RQ_NQS; q++) {
            if ((c.tdq.status() & (1L << q)) != 0) {
                l.addAll(List.of(c.tdq.queue(q)));
            }
        }
        return l;
    }

    @Override
    int queued() {
        int n = 0;
        for (Cpu c : cpus) {
            n += c.tdq.size();
        }
        return n;
    }

    @Override
    long period() {
        return BALANCE_INTERVAL_NS;
    }

    /**
     * sched_balance(): pairs the most and the least loaded CPU and moves queued threads until their loads differ by
     * at most one, until no pair differs by more. Each move is one thread, so this ends after at most as many moves as
     * there are queued threads.
     */
    @Override
    void periodic() {
        assert engine.batonHeld();
        for (int moves = queued(); moves > 0; moves--) {
            Cpu high = null, low = null;
            for (Cpu c : cpus) {
                if (!c.tdq.isEmpty() && (high == null || c.load() > high.load())) {
                    high = c;
                }
                if (low == null || c.load() < low.load()) {
                    low = c;
                }
            }
            if (high == null || high.load() - low.load() < 2) {
                return;
            }
            SimThread td = high.tdq.choose();
            high.tdq.remove(td);
            low.tdq.add(td, false);
            td.rqCpu = low;
            engine.balanced(td, low);
        }
    }

    /** sched_clock(): ts_runtime grows by the time run. */
    @Override
    void charge(SimThread td, long ns) {
        if (!td.timeshare || ns <= 0) {
            return;
        }
        td.runtimeNs += ns;
        interactUpdate(td);
    }

    @Override
    void sleep(SimThread td) {
        td.sleptAt = engine.now;
    }

    /** sched_wakeup(): the time asleep joins ts_slptime. */
    @Override
    void wakeup(SimThread td) {
        long slept = engine.now - td.sleptAt;
        if (slept > 0) {
            td.slptimeNs += slept;
            interactUpdate(td);
        }
    }

    /** sched_interact_update(): keeps run + sleep history within SCHED_SLP_RUN_MAX, keeping their ratio. */
    static void interactUpdate(SimThread td) {
        long sum = td.runtimeNs + td.slptimeNs;
        if (sum < SCHED_SLP_RUN_MAX) {
            return;
        }
        if (sum > 2 * SCHED_SLP_RUN_MAX) { // one long run or sleep: it alone decides
            if (td.runtimeNs > td.slptimeNs) {
                td.runtimeNs = SCHED_SLP_RUN_MAX;
                td.slptimeNs = 1;
            } else {
                td.slptimeNs = SCHED_SLP_RUN_MAX;
                td.runtimeNs = 1;
            }
            return;
        }
        if (sum > SCHED_SLP_RUN_MAX / 5 * 6) { // 4/5 would not bring it back in range
            td.runtimeNs /= 2;
            td.slptimeNs /= 2;
            return;
        }
        td.runtimeNs = td.runtimeNs / 5 * 4;
        td.slptimeNs = td.slptimeNs / 5 * 4;
    }

    /** sched_interact_score(): 0 (always asleep) .. 100 (always running). */
    static int interactScore(SimThread td) {
        long run = td.runtimeNs, slp = td.slptimeNs;
        if (run > slp) {
            long div = Math.max(1, run / SCHED_INTERACT_HALF);
            return (int) (SCHED_INTERACT_HALF + (SCHED_INTERACT_HALF - slp / div));
        }
        if (slp > run) {
            long div = Math.max(1, slp / SCHED_INTERACT_HALF);
            return (int) (run / div);
        }
        return run > 0 ? SCHED_INTERACT_HALF : 0;
    }

    /** sched_priority(). */
    @Override
    int userPriority(SimThread td) {
        int nice = td.nicePriority - PUSER + PRIO_MIN;
        int score = Math.max(0, interactScore(td) + nice);
        int pri;
        if (score < SCHED_INTERACT_THRESH) {
            pri = PRI_MIN_INTERACT + (PRI_MAX_INTERACT - PRI_MIN_INTERACT + 1) / SCHED_INTERACT_THRESH * score;
        } else {
            long total = td.runtimeNs + td.slptimeNs;
            int share = total == 0 ? 0 : (int) (td.runtimeNs * SCHED_PRI_RANGE / total);
            pri = SCHED_PRI_MIN + Math.min(share, SCHED_PRI_RANGE - 1) + nice;
        }
        return Math.max(PRI_MIN_TIMESHARE, Math.min(PRI_MAX_TIMESHARE, pri));
    }
}
