package org.smpng.sim.kern;

import java.util.List;

/**
 * The scheduler interface of the engine, FreeBSD's {@code sched_*} functions (sys/sched.h) reduced to the decisions:
 * where a runnable thread waits ({@code sched_add}), which thread a CPU runs next ({@code sched_choose}), which idle
 * CPU should take a newly runnable thread or which CPU it should preempt, and how CPU use and sleep become timeshare
 * priorities ({@code sched_clock}, {@code sched_wakeup}, the periodic {@code schedcpu()} or {@code sched_balance()}).
 * The {@link Engine} does the mechanics: dispatch, context switches, preemption and IPIs.
 *
 * <p>Locking key: (b) the engine's baton for all state, where FreeBSD has {@code sched_lock} (4BSD) or the per-CPU
 * tdq locks (ULE). Every method is called by the baton holder; the entry points assert it
 * ({@link Engine#batonHeld()}), as FreeBSD asserts {@code mtx_assert(&sched_lock, MA_OWNED)}.
 */
abstract class Scheduler {

    /** stathz of 5.x/6.x i386 (the RTC at 128 Hz): one statclock tick, the unit of estcpu and of ULE slices. */
    static final long STATCLOCK_NS = 1_000_000_000L / 128;
    /** 5.x sys/priority.h and sys/resource.h. */
    static final int PRI_MIN_TIMESHARE = 160, PRI_MAX_TIMESHARE = 223, PUSER = PRI_MIN_TIMESHARE, PRIO_MIN = -20,
            PRIO_MAX = 20;

    final Engine engine;
    final Cpu[] cpus;

    Scheduler(Engine engine, Cpu[] cpus) {
        this.engine = engine;
        this.cpus = cpus;
    }

    /** A name for the results ("4BSD", "ULE"). */
    abstract String name();

    /**
     * sched_add(): puts the runnable thread td (state TDS_RUNQ, on no queue) on a run queue; at the head if it was
     * preempted. A thread still attached to a CPU (td.cpu, being switched out) stays with that CPU.
     */
    abstract void add(SimThread td, boolean atHead);

    /** sched_rem(): takes td off the run queue it is on. */
    abstract void remove(SimThread td);

    /** Re-sorts td on the queue it is on after its priority changed, without moving it to another CPU. */
    abstract void requeue(SimThread td);

    /** sched_choose(): removes and returns the thread CPU {@code c} should run next, or null (its idle thread). */
    abstract SimThread choose(Cpu c);

    /** The best priority queued for CPU {@code c} (what could preempt its thread), Integer.MAX_VALUE if none. */
    abstract int bestPriority(Cpu c);

    /** After {@link #add}: an idle CPU (no IPI pending) that should run the queued td now, or null. */
    abstract Cpu idleCpuFor(SimThread td);

    /** After {@link #add}: the CPU whose thread the queued td should preempt, or null. */
    abstract Cpu preemptionTarget(SimThread td);

    /** The time slice a thread dispatched on {@code c} gets. */
    abstract long slice(Cpu c);

    /** The threads queued for CPU {@code c} alone, in choose() order (ULE's tdq; empty under 4BSD). */
    abstract List<SimThread> queueOf(Cpu c);

    /** The number of threads on all run queues. */
    abstract int queued();

    /** The period of {@link #periodic()}. */
    abstract long period();

    /** The once-a-period work: 4BSD's schedcpu(), ULE's sched_balance(). */
    abstract void periodic();

    /** Charges {@code ns} of CPU time to td (sched_clock() for each statclock tick); no priority changes here. */
    abstract void charge(SimThread td, long ns);

    /** The user priority of timeshare thread td from what was charged (resetpriority(), sched_priority()). */
    abstract int userPriority(SimThread td);

    /** td (a timeshare thread) leaves its CPU to sleep or block (sched_sleep()). */
    void sleep(SimThread td) {
    }

    /** td (a timeshare thread) becomes runnable after sleeping or blocking (sched_wakeup()). */
    void wakeup(SimThread td) {
    }
}
