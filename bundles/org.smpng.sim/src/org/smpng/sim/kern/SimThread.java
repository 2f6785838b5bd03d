package org.smpng.sim.kern;

/**
 * A modeled kernel thread ({@code struct thread}): a user thread in its syscalls, or an interrupt thread. Each one
 * runs its code on its own Java thread, but only while it holds the engine's baton (see {@link Engine}).
 *
 * <p>Locking key: every mutable field is (b), guarded by the engine's baton: read and written only by the Java
 * thread that holds it. The fields {@link #name}, {@link #tid}, {@link #nicePriority}, {@link #timeshare} are
 * immutable.
 */
public final class SimThread {

    /** td_state, with the inhibitors a simulator needs folded in (sys/proc.h: TDS_*, TDI_*). */
    public static final int TDS_INACTIVE = 0, TDS_RUNQ = 1, TDS_RUNNING = 2, TDI_LOCK = 3, TDI_SLEEPING = 4,
            TDI_IWAIT = 5, TDS_EXITED = 6;
    static final String[] STATE_NAMES = { "inactive", "runq", "running", "lock", "sleep", "iwait", "exited" };

    /** What a running thread is doing on its CPU: executing code (holds the baton), switching in, working, spinning. */
    static final int PH_CODE = 0, PH_SWITCHING = 1, PH_WORKING = 2, PH_SPINNING = 3;

    /** The outcome of a spin wait. */
    static final int SPIN_PENDING = 0, SPIN_GRANTED = 1, SPIN_RETRY = 2;

    public final int tid;
    public final String name;
    /**
     * The priority of a timeshare thread that has used no CPU yet ({@code PUSER + NICE_WEIGHT * (nice - PRIO_MIN)}),
     * or the fixed priority of any other thread: the scheduler's starting point.
     */
    final int nicePriority;
    /** Whether the thread is in the timeshare class, whose priority the scheduler computes from its CPU use. */
    final boolean timeshare;
    /** td_base_pri: the priority without lent priority (the user priority, or a sleep priority in the kernel). */
    int basePriority;
    /** kg_user_pri / td_user_pri: the priority the scheduler computed, which the thread has in user mode. */
    int userPriority;
    /** Whether {@link #basePriority} is a priority given to msleep, kept until the return to user mode. */
    boolean sleepPriority;

    /* Scheduler accounting (see Sched4BSD and SchedULE). */
    /** When the running thread's CPU time was last charged to it. */
    long runSince;
    /** 4BSD td_estcpu (kg_estcpu in 5.x), and the CPU time not yet counted as a whole statclock tick. */
    int estcpu;
    long estcpuCarry;
    /** ULE ts_runtime and ts_slptime: recent run and voluntary sleep time, in ns, for the interactivity score. */
    long runtimeNs, slptimeNs;
    /** ULE: when the thread last went to sleep (ts_slptick), and the CPU whose queue holds it (ts_cpu's tdq). */
    long sleptAt;
    Cpu rqCpu;
    /** ULE: the thread was taken from another CPU's queue by an idle CPU (for the migration report). */
    boolean stolen;
    final boolean ithread;
    final int processIndex;
    final int device;
    final Rng rng;

    /** td_priority: the current priority, possibly lent by turnstile waiters. */
    int priority;
    int state = TDS_INACTIVE;
    int phase;
    Cpu cpu;
    int lastCpu = -1;
    /** Incremented whenever the thread's pending WORK_DONE / SWITCH_DONE events become stale. */
    int epoch;
    long workEnd;
    /** Work left over when the thread was preempted in the middle of it. */
    long remaining;
    int workKind;
    /** td_critnest. */
    int critnest;
    /** The acquisition point of the lock operation in progress, for the observer ({@code Op.site}); (b). */
    int site = -1;

    /* Run queue linkage (intrusive), -1 when not on a run queue. */
    SimThread rqNext, rqPrev;
    int rqIndex = -1;

    /** td_blocked: the turnstile this thread is blocked on. */
    Turnstile blockedOn;
    /** The lock this thread is waiting for (spinning, on a turnstile or on an sx sleep queue), for deadlock checks. */
    LockObject waitingFor;
    /** The sleep queue this thread sleeps on, and the number of its current sleep (for stale timeouts). */
    SleepQueue sleepingOn;
    int sleepSeq;
    LockObject spinningOn;
    int spinResult;

    /** The locks held, in acquisition order; recursive acquisitions appear once per acquisition. */
    LockObject[] held = new LockObject[16];
    int heldCount;
    /** td_contested: turnstiles of locks this thread owns that have waiters (to recompute lent priority). */
    Turnstile[] contested = new Turnstile[4];
    int contestedCount;

    /** Pending interrupts (interrupt threads only). */
    int pending;
    /** The CPU's interrupt context this pseudo-thread runs handlers for; null for every real thread. Immutable. */
    InterruptContext intrContext;

    Thread javaThread;
    boolean exited;

    long switches, preemptions;

    SimThread(int tid, String name, int basePriority, boolean ithread, int processIndex, int device, Rng rng) {
        this.tid = tid;
        this.name = name;
        this.nicePriority = basePriority;
        this.timeshare = !ithread && basePriority >= Scheduler.PRI_MIN_TIMESHARE
                && basePriority <= Scheduler.PRI_MAX_TIMESHARE;
        this.basePriority = basePriority;
        this.userPriority = basePriority;
        this.priority = basePriority;
        this.ithread = ithread;
        this.processIndex = processIndex;
        this.device = device;
        this.rng = rng;
    }

    public int priority() {
        return priority;
    }

    public int basePriority() {
        return basePriority;
    }

    public int state() {
        return state;
    }

    void pushHeld(LockObject l) {
        if (heldCount == held.length) {
            held = java.util.Arrays.copyOf(held, heldCount * 2);
        }
        held[heldCount++] = l;
    }

    /** Removes the most recent entry for lock type {@code type}; returns it, or null if none is held. */
    LockObject popHeld(int type) {
        for (int i = heldCount - 1; i >= 0; i--) {
            if (held[i].type.id() == type) {
                LockObject l = held[i];
                System.arraycopy(held, i + 1, held, i, heldCount - i - 1);
                held[--heldCount] = null;
                return l;
            }
        }
        return null;
    }

    LockObject findHeld(int type) {
        for (int i = heldCount - 1; i >= 0; i--) {
            if (held[i].type.id() == type) {
                return held[i];
            }
        }
        return null;
    }

    int countHeld(int type) {
        int n = 0;
        for (int i = 0; i < heldCount; i++) {
            if (held[i].type.id() == type) {
                n++;
            }
        }
        return n;
    }

    void addContested(Turnstile ts) {
        if (contestedCount == contested.length) {
            contested = java.util.Arrays.copyOf(contested, contestedCount * 2);
        }
        contested[contestedCount++] = ts;
    }

    void removeContested(Turnstile ts) {
        for (int i = 0; i < contestedCount; i++) {
            if (contested[i] == ts) {
                System.arraycopy(contested, i + 1, contested, i, contestedCount - i - 1);
                contested[--contestedCount] = null;
                return;
            }
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
