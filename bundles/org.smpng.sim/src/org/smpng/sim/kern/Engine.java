package org.smpng.sim.kern;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import org.smpng.sim.SimObserver;
import org.smpng.sim.SimResults;
import org.smpng.sim.Snapshots;
import org.smpng.sim.Snapshots.CpuSnapshot;
import org.smpng.sim.Snapshots.EngineSnapshot;
import org.smpng.sim.Snapshots.IrqSnapshot;
import org.smpng.sim.Snapshots.LockSnapshot;
import org.smpng.sim.Snapshots.ThreadSnapshot;
import org.smpng.sim.compile.CompiledScenario;
import org.smpng.sim.compile.CompiledScenario.InterruptInfo;
import org.smpng.sim.compile.CompiledScenario.LockTypeInfo;
import org.smpng.sim.compile.CompiledScenario.ThreadGroupInfo;
import org.smpng.sim.compile.Op;
import org.smpng.sim.compile.ScenarioCompiler;

/**
 * The deterministic simulation engine: virtual time, the 4BSD scheduler on modeled CPUs, and the conductor that
 * lets exactly one modeled thread run at a time.
 *
 * <pre>
 * Overview.
 *
 * Threads and the baton. Every modeled kernel thread (a user thread in its syscalls, an interrupt thread) runs its
 * code path interpreter on its own Java thread. A single token, the baton, says which Java thread may run: the
 * controller (the caller of run/step) or one modeled thread. Only the baton holder reads or writes engine state,
 * so primitives need no Java locks; the baton's volatile handoff (write baton, unpark the next holder, park until
 * the baton comes back) orders every write before the next holder's reads. Idle threads have no code to
 * interpret; a CPU whose current thread is null runs its idle thread (sched_idletd), executed by the conductor.
 *
 * The conductor is not a thread: it is the event loop {@link #loop}, run by whoever holds the baton when it has
 * nothing else to do — a thread that must wait for virtual time to pass (work, a spin, a block) runs the loop
 * itself, and hands the baton directly to the thread whose event comes next, or keeps it if the event is its own.
 * So consecutive events of one thread cost no Java context switch, and a switch costs one unpark/park pair.
 *
 * Virtual time and events. Time is a long of nanoseconds. The future-event list ({@link EventQueue}) is ordered by
 * (time, insertion sequence): SWITCH_DONE (a context switch onto a CPU finished), WORK_DONE (a thread's work or
 * spin-handoff finished), TIMEOUT (an msleep timeout), QUANTUM (a CPU's time slice check), ARRIVAL (an interrupt is
 * asserted), INTR (a CPU re-enabled interrupts and takes the assertions that waited).
 * Events carry the epoch of their thread; preempting a thread bumps the epoch so its pending event is ignored, and
 * the thread keeps the work it had left. Code runs in zero virtual time; only Work steps, think time, context
 * switches, spinning and cache-line transfers advance it. Same scenario + seed ⇒ same event order ⇒ same trace,
 * on any host: random draws use StrictMath (Math.log may differ by an ulp between CPUs), and nothing depends on
 * host time.
 *
 * User threads and thread libraries. A workload's user threads meet the kernel through their process's thread
 * library (see userLoop): THR gives each its own kernel thread; libc_r puts all of a process's user threads on one
 * kernel thread that switches between them at syscall returns; KSE gives each a kernel thread but lets only as many
 * run outside a kernel sleep as the process has KSEs, the others waiting on the process's UTS run queue (a sleep
 * queue that is not a wait channel) until an upcall from block() hands them the KSE of a thread that blocked.
 *
 * Scheduling. A {@link Scheduler} keeps the run queues and computes timeshare priorities: {@link Sched4BSD} (one
 * global queue, estcpu decay) or {@link SchedULE} (per-CPU queues, affinity, interactivity, balancing, idle
 * stealing), chosen by the scenario's settings; their class comments say what they follow and simplify. The engine
 * does the mechanics. A thread made runnable (setrunqueue()) is queued by the scheduler; an idle CPU the scheduler
 * names takes it, else, with PREEMPTION, the CPU the scheduler names is preempted if its thread is worse. A CPU in a
 * critical section only records the preemption (td_owepreempt) and takes it at critical_exit(). A thread whose slice
 * expires yields to runnable threads of equal or better priority (round robin).
 *
 * IPIs. When a thread running on one CPU makes a thread runnable that another CPU must run or be preempted for, the
 * other CPU learns it by an inter-processor interrupt (IPI_AST to wake an idle CPU, IPI_PREEMPT to preempt), which
 * it takes {@code ipiLatencyNs} later; meanwhile it is marked so that no second IPI is sent. Wakeups by the
 * conductor itself (timeouts, interrupts: the interrupt or the clock reaches the target CPU) act at once.
 *
 * Priorities. td_priority is the best of td_base_pri and what turnstile waiters lend. td_base_pri is the user
 * priority the scheduler computes for timeshare threads (fixed for the others), or, from an msleep() given a
 * priority until the thread returns to user mode (sched_userret()), that sleep priority. Run time is charged to the
 * running thread at every switch, slice end and periodic scheduler tick; priorities are recomputed at slice ends,
 * the periodic tick (4BSD schedcpu(), once a second) and wakeups.
 *
 * Interrupts. A source asserts its IRQ line at its arrival process; the line's routing picks a CPU (fixed,
 * round-robin over the routed CPUs, or lowest priority: the routed CPU running the least important thread). Fast
 * handlers and filters run there in interrupt context ({@link InterruptContext}: the interrupted thread is frozen for
 * their duration); ithread handlers run in the source's interrupt thread, which the interrupted CPU schedules
 * (ithread_schedule). Latency is measured from assertion to handler start, per source and handler kind.
 * </pre>
 *
 * <p>Locking key: every mutable field is (b), guarded by the baton, except those marked volatile, which any thread
 * may read: {@link #baton}, {@link #stopRequested}, {@link #snapshotRequested}, {@link #published}.
 */
public final class Engine implements org.smpng.sim.SimEngine {

    static final int EV_SWITCH_DONE = 1, EV_WORK_DONE = 2, EV_TIMEOUT = 3, EV_QUANTUM = 4, EV_ARRIVAL = 5,
            EV_INTR = 6;
    /** An IPI reaches its CPU (target: the CPU, epoch: the IPI kind); the scheduler's periodic tick. */
    static final int EV_IPI = 7, EV_SCHED = 8;

    private static final Object CONTROLLER = new Object();

    /** Snapshot names of the {@link Cpu} accounting buckets, by bucket. */
    private static final String[] CPU_STATES = { Snapshots.CPU_USER, Snapshots.CPU_KERNEL, Snapshots.CPU_SPIN,
            Snapshots.CPU_INTERRUPT, Snapshots.CPU_IDLE };

    /** Unwinds a modeled thread's Java stack when the engine shuts down. */
    private static final class Shutdown extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Shutdown() {
            super(null, null, false, false);
        }
    }

    /** A FreeBSD panic(): the model did something the kernel forbids (lock misuse). Ends the run. */
    static final class SimPanic extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SimPanic(String message) {
            super(message);
        }
    }

    final CompiledScenario scenario;
    final SimObserver observer;
    final boolean adaptiveSpinning, preemption;
    final long contextSwitchNs, quantumNs, durationNs, ipiLatencyNs;

    long now;
    final EventQueue events = new EventQueue();
    final RunQueue runq = new RunQueue();
    final Cpu[] cpus;
    final Scheduler sched;
    /** Threads that ran on another CPU than the last time, of them taken by idle stealing, and IPIs sent. */
    long migrations, steals, ipis;
    final SimThread[] threads;
    /** Lock instances by lock type id. */
    final LockObject[][] locks;
    final List<LockObject> allLocks = new ArrayList<>();
    final SleepQueue[] channels;
    final LockObject giant;

    /* Workload state. */
    private final int[] groupOfThread;
    /** By tid: the user threads a kernel thread carries (one for THR and KSE, all of its process for libc_r). */
    private final UserThread[][] userThreadsOf;
    /* User processes and their thread libraries, by process index. */
    private final int[] libraryOf, userThreadCount, kernelThreadCount;
    /** KSE processes: KSEs not carrying a user thread, and the user threads waiting for one (the UTS run queue). */
    private final int[] kseFree;
    private final SleepQueue[] kseWaiters;
    /** By tid: whether the thread runs on one of its process's KSEs (KSE processes only). */
    private final boolean[] holdsKse;
    /** By tid: the thread got a KSE and the user-level scheduler has yet to switch to it (KSE processes only). */
    private final boolean[] resumeByUts;
    private final long[] upcalls, userSwitches;
    private final InterruptInfo[] interrupts;
    private final SimThread[] ithreadOf;
    private final Rng[] arrivalRng;
    private final double[] nextNominal;
    private final int[] burstLeft;
    /** Per source: assertions, and assertions whose last handler finished. */
    private final long[] arrivals, handled;
    /** Per source, latency from assertion to the start of its interrupt-context handlers, and of its ithread. */
    private final LatencyRecorder[] contextLatency, ithreadLatency;
    /** Per source and CPU index, handler starts (interrupt context or ithread) on that CPU. */
    private final long[][] startsOn;
    /** Per source, the next index into its routed CPUs (round-robin), and the CPU index of its last assertion. */
    private final int[] nextTarget, lastCpuOf;
    /** Per source, the assertion times the ithread has not yet handled (a ring), for latency to handler start. */
    private final long[][] pendingSince;
    private final int[] pendingHead;
    /** Per CPU index, its interrupt context; null when no source has fast handlers or filters. */
    private final InterruptContext[] intrContext;
    final long[] opCount, opLatency;

    /* The baton and the controller. */
    private volatile Object baton = CONTROLLER;
    private Thread controller;
    private boolean begun, shutdown;
    private long limit;
    private long eventBudget = -1;
    private long eventCount;
    volatile boolean stopRequested;
    volatile boolean snapshotRequested;
    private volatile EngineSnapshot published;

    /* Failure (deadlock or panic). */
    String failureKind;
    String failure;
    private int[] visitStamp;
    private int stamp;

    public Engine(CompiledScenario scenario, SimObserver observer) {
        this.scenario = scenario;
        this.observer = observer == null ? SimObserver.NONE : observer;
        CompiledScenario.Settings s = scenario.settings;
        this.adaptiveSpinning = s.adaptiveSpinning();
        this.preemption = s.preemption();
        this.contextSwitchNs = s.contextSwitchNs();
        this.quantumNs = s.quantumNs();
        this.durationNs = s.durationNs();
        this.ipiLatencyNs = s.ipiLatencyNs();
        this.limit = durationNs;

        cpus = new Cpu[scenario.machine.cpus()];
        for (int i = 0; i < cpus.length; i++) {
            cpus[i] = new Cpu(i, scenario.machine.cpuId()[i]);
        }
        sched = s.scheduler() == CompiledScenario.SCHED_ULE ? new SchedULE(this, cpus)
                : new Sched4BSD(this, cpus, runq);

        List<SimThread> ts = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        List<UserThread[]> carried = new ArrayList<>();
        int processes = scenario.processes.length;
        libraryOf = new int[processes];
        userThreadCount = new int[processes];
        kernelThreadCount = new int[processes];
        kseFree = new int[processes];
        kseWaiters = new SleepQueue[processes];
        upcalls = new long[processes];
        userSwitches = new long[processes];
        createUserThreads(s.seed(), ts, groups, carried);
        interrupts = scenario.interrupts;
        ithreadOf = new SimThread[interrupts.length];
        arrivalRng = new Rng[interrupts.length];
        nextNominal = new double[interrupts.length];
        burstLeft = new int[interrupts.length];
        arrivals = new long[interrupts.length];
        handled = new long[interrupts.length];
        contextLatency = new LatencyRecorder[interrupts.length];
        ithreadLatency = new LatencyRecorder[interrupts.length];
        startsOn = new long[interrupts.length][cpus.length];
        nextTarget = new int[interrupts.length];
        lastCpuOf = new int[interrupts.length];
        pendingSince = new long[interrupts.length][8];
        pendingHead = new int[interrupts.length];
        boolean anyContext = false;
        for (int i = 0; i < interrupts.length; i++) {
            InterruptInfo ii = interrupts[i];
            contextLatency[i] = new LatencyRecorder();
            ithreadLatency[i] = new LatencyRecorder();
            lastCpuOf[i] = -1;
            arrivalRng[i] = new Rng(s.seed(), 1_000_000 + i);
            anyContext |= ii.contextPaths().length > 0;
            if (!ii.hasIthread()) {
                continue; // INTR_FAST handlers only: no interrupt thread
            }
            int tid = ts.size();
            SimThread it = new SimThread(tid, ii.threadName(), ii.priority(), true, scenario.processes.length,
                    ii.device(), new Rng(s.seed(), tid));
            it.state = SimThread.TDI_IWAIT;
            ts.add(it);
            groups.add(-1 - i);
            carried.add(null);
            ithreadOf[i] = it;
        }
        intrContext = new InterruptContext[cpus.length];
        for (int c = 0; anyContext && c < cpus.length; c++) {
            int tid = ts.size();
            SimThread hc = new SimThread(tid, "cpu" + cpus[c].cpuId + ": interrupt context", 0, true,
                    scenario.processes.length, -1, new Rng(s.seed(), tid));
            hc.state = SimThread.TDI_IWAIT;
            hc.intrContext = intrContext[c] = new InterruptContext(cpus[c], hc);
            ts.add(hc);
            groups.add(Integer.MIN_VALUE);
        }
        threads = ts.toArray(SimThread[]::new);
        groupOfThread = groups.stream().mapToInt(Integer::intValue).toArray();
        userThreadsOf = carried.toArray(UserThread[][]::new);
        holdsKse = new boolean[threads.length];
        resumeByUts = new boolean[threads.length];
        for (SimThread td : threads) {
            // A KSE process starts with its KSEs running its first user threads; the others are ready in user
            // space, on the UTS run queue, and get a KSE when a running one blocks (they are not kernel-runnable).
            if (!td.ithread && libraryOf[td.processIndex] == CompiledScenario.LIB_KSE
                    && userThreadsOf[td.tid][0].index() >= userThreadsOf[td.tid][0].group().kses()) {
                kseWaiters[td.processIndex].add(td);
                td.state = SimThread.TDI_SLEEPING;
            }
        }
        visitStamp = new int[threads.length];
        opCount = new long[scenario.operations.length];
        opLatency = new long[scenario.operations.length];

        locks = new LockObject[scenario.lockTypes.length][];
        int devices = Math.max(1, scenario.machine.devices());
        for (LockTypeInfo t : scenario.lockTypes) {
            int n = switch (t.instances()) {
            case CompiledScenario.INST_SINGLE -> 1;
            case CompiledScenario.INST_PER_CPU -> cpus.length;
            case CompiledScenario.INST_PER_PROCESS -> scenario.processes.length + 1;
            case CompiledScenario.INST_PER_DEVICE -> devices;
            case CompiledScenario.INST_FIXED -> t.fixedCount();
            default -> 2 * threads.length; // two per thread, so a DUPOK nested acquire gets a second instance
            };
            locks[t.id()] = new LockObject[n];
        }
        for (LockTypeInfo t : scenario.lockTypes) {
            for (int k = 0; k < locks[t.id()].length; k++) {
                String name = locks[t.id()].length == 1 ? t.name() : t.name() + "#" + k;
                int id = allLocks.size();
                LockObject l = switch (t.kind()) {
                case CompiledScenario.SPIN_MUTEX -> new SpinMutex(id, t, name, this);
                case CompiledScenario.SLEEP_MUTEX -> new SleepMutex(id, t, name, this);
                case CompiledScenario.SX, CompiledScenario.LOCKMGR -> new SxLock(id, t, name, this);
                default -> null; // unsupported classes: the compiler refuses code paths that use them
                };
                locks[t.id()][k] = l;
                if (l != null) {
                    allLocks.add(l);
                } else {
                    allLocks.add(new SleepMutex(id, t, name, this)); // placeholder, never acquired
                }
            }
        }
        giant = scenario.giant >= 0 ? locks[scenario.giant][0] : null;
        channels = new SleepQueue[scenario.channels.length];
        for (int i = 0; i < channels.length; i++) {
            channels[i] = new SleepQueue(i, scenario.channels[i]);
        }
    }

    @Override
    public SimObserver.RunInfo runInfo() {
        return new SimObserver.RunInfo(Arrays.stream(threads).map(t -> t.name).toList(),
                allLocks.stream().map(l -> l.name).toList(),
                Arrays.stream(cpus).map(c -> "cpu" + c.cpuId).toList(),
                Arrays.stream(scenario.operations).map(o -> o.syscall()).toList(), List.of(scenario.channels),
                allLocks.stream().mapToInt(l -> l.type.id()).toArray(), scenario);
    }

    public long now() {
        return now;
    }

    public long durationNs() {
        return durationNs;
    }

    public RunQueue runQueue() {
        return runq;
    }

    public boolean finished() {
        return failure != null || now >= durationNs;
    }

    public String failure() {
        return failure;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Controller API (the caller's thread)

    /** Creates the modeled threads' Java threads and the first events. Controller only. */
    private void start() {
        begun = true;
        controller = Thread.currentThread();
        observer.attached(runInfo());
        for (SimThread td : threads) {
            // Virtual threads: a baton handoff between two of them is a continuation switch on a carrier, not a
            // futex wake and an OS context switch, which made the deterministic mode several times faster
            // (docs/benchmarks.md). No modeled thread parks while holding a monitor, so none pins its carrier.
            Thread t = Thread.ofVirtual().name("smpng-sim " + td.name).unstarted(() -> threadMain(td));
            td.javaThread = t;
            t.start();
        }
        for (Cpu c : cpus) {
            c.sliceEnd = quantumNs;
            events.add(quantumNs, EV_QUANTUM, c.index, 0);
        }
        events.add(sched.period(), EV_SCHED, 0, 0);
        for (SimThread td : threads) {
            if (!td.ithread && td.sleepingOn == null) { // not a KSE user thread waiting on its UTS run queue
                td.state = SimThread.TDI_SLEEPING; // becomes runnable at time 0, in tid order
                wakeup(td, null);
            }
        }
        for (int i = 0; i < interrupts.length; i++) {
            nextNominal[i] = 0;
            scheduleArrival(i, true);
        }
    }

    /**
     * Runs until virtual time {@code t} (at most the scenario's duration), a failure, or {@link #requestStop()}.
     * Controller thread only; not reentrant.
     */
    public synchronized void runUntil(long t) {
        if (!begun) {
            start();
        }
        controller = Thread.currentThread();
        limit = Math.min(t, durationNs);
        stopRequested = false;
        loop(null);
        if (failure == null && !stopRequested && eventBudget != 0 && now < limit) {
            now = limit;
        }
        publishSnapshot();
    }

    /** Processes one event (stale events count). Controller thread only. */
    public synchronized void step() {
        if (!begun) {
            start();
        }
        controller = Thread.currentThread();
        limit = durationNs;
        eventBudget = 1;
        try {
            loop(null);
        } finally {
            eventBudget = -1;
        }
        publishSnapshot();
    }

    /** Asks a run in progress to stop at the next event; any thread. */
    public void requestStop() {
        stopRequested = true;
    }

    /** Asks the engine to publish a snapshot at the next event; any thread. */
    public void requestSnapshot() {
        snapshotRequested = true;
    }

    /** The latest published snapshot, without blocking; any thread. */
    public EngineSnapshot latestSnapshot() {
        return published;
    }

    /** Ends every modeled thread's Java thread. Controller only; the engine cannot run afterwards. */
    public synchronized void close() {
        if (!begun || shutdown) {
            shutdown = true;
            return;
        }
        shutdown = true;
        controller = Thread.currentThread();
        for (SimThread td : threads) {
            if (!td.exited && td.javaThread != null) {
                baton = td;
                LockSupport.unpark(td.javaThread);
                while (baton != CONTROLLER) {
                    LockSupport.park(this);
                }
            }
        }
        for (SimThread td : threads) {
            try {
                td.javaThread.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The conductor

    /** Baton handoffs between Java threads so far (b); the benchmarks relate the engine's speed to them. */
    private long handoffs;

    /**
     * How many times the baton passed from one Java thread to another (controller included) since the run began: each
     * is one unpark/park pair, the cost that bounds the deterministic mode's speed. Controller only, between runs.
     */
    public long handoffs() {
        return handoffs;
    }

    /**
     * Hands the baton to {@code to} (null: the controller) and parks until it comes back to {@code self}. Entry: the
     * caller is {@code self} and holds the baton. Exit: it holds the baton again (or unwinds with Shutdown).
     */
    private void handBaton(SimThread to, SimThread self) {
        Object me = self == null ? CONTROLLER : self;
        assert baton == me : "handBaton by " + me + " without the baton";
        handoffs++;
        baton = to == null ? CONTROLLER : to;
        LockSupport.unpark(to == null ? controller : to.javaThread);
        while (baton != me) {
            LockSupport.park(this);
        }
        if (shutdown && self != null) {
            throw new Shutdown();
        }
    }

    /**
     * The event loop, run by the baton holder {@code self} (null: the controller). Returns when {@code self}'s own
     * event fired (a modeled thread), or when the run must pause (the controller); a modeled thread that reaches a
     * pause hands the baton to the controller and returns once its own event fires in a later run.
     */
    private void loop(SimThread self) {
        for (;;) {
            if (snapshotRequested) {
                publishSnapshot();
            }
            if (failure != null || stopRequested || eventBudget == 0 || events.peekTime() > limit) {
                if (self == null) {
                    return;
                }
                handBaton(null, self);
                return;
            }
            events.poll();
            eventCount++;
            if (eventBudget > 0) {
                eventBudget--;
            }
            now = events.polledTime;
            SimThread next = handle(events.polledType, events.polledTarget, events.polledEpoch);
            if (next == null) {
                continue;
            }
            if (next != self) {
                handBaton(next, self);
            }
            return;
        }
    }

    /** Handles one event; returns the thread whose code must run next, or null. */
    private SimThread handle(int type, int target, int epoch) {
        switch (type) {
        case EV_SWITCH_DONE: {
            SimThread td = threads[target];
            if (epoch != td.epoch) {
                return null;
            }
            if (td.remaining > 0) {
                td.phase = SimThread.PH_WORKING;
                td.workEnd = now + td.remaining;
                td.remaining = 0;
                account(td.cpu, td.workKind);
                events.add(td.workEnd, EV_WORK_DONE, td.tid, td.epoch);
                return null;
            }
            td.phase = SimThread.PH_CODE;
            return td;
        }
        case EV_WORK_DONE: {
            SimThread td = threads[target];
            if (epoch != td.epoch) {
                return null;
            }
            td.phase = SimThread.PH_CODE;
            return td;
        }
        case EV_TIMEOUT: {
            SimThread td = threads[target];
            if (td.state == SimThread.TDI_SLEEPING && td.sleepSeq == epoch && td.sleepingOn != null) {
                td.sleepingOn.remove(td);
                wakeup(td, null);
            }
            return null;
        }
        case EV_QUANTUM: {
            Cpu c = cpus[target];
            if (now < c.sliceEnd) {
                events.add(c.sliceEnd, EV_QUANTUM, c.index, 0);
                return null;
            }
            c.sliceEnd = now + sched.slice(c);
            events.add(c.sliceEnd, EV_QUANTUM, c.index, 0);
            SimThread v = c.current;
            if (v != null) {
                chargeCurrent(c);
                updatePriority(v);
            }
            if (v != null && sched.bestPriority(c) <= v.priority) { // roundrobin(): the slice expired
                if (v.critnest > 0 || v.phase == SimThread.PH_CODE) {
                    c.owepreempt = true;
                    c.quantumExpired = true;
                } else {
                    preemptRemote(c, false);
                }
            }
            return null;
        }
        case EV_ARRIVAL:
            return interruptAsserted(target);
        case EV_INTR:
            return interruptsEnabled(intrContext[target]);
        case EV_IPI:
            ipiArrived(cpus[target], epoch);
            return null;
        case EV_SCHED:
            schedTick();
            return null;
        default:
            throw new IllegalStateException("unknown event " + type);
        }
    }

    private void scheduleArrival(int i, boolean first) {
        InterruptInfo ii = interrupts[i];
        Rng rng = arrivalRng[i];
        long t;
        switch (ii.arrivalKind()) {
        case CompiledScenario.ARRIVE_PERIODIC -> {
            nextNominal[i] += first ? rng.nextDouble() * ii.rateOrPeriod() : ii.rateOrPeriod();
            double jitter = ii.jitter() * (2 * rng.nextDouble() - 1);
            t = Math.max(now, Math.round(nextNominal[i] + jitter));
        }
        case CompiledScenario.ARRIVE_BURSTY -> {
            if (burstLeft[i] > 0) {
                burstLeft[i]--;
                t = now + Math.round(ii.gap());
            } else {
                burstLeft[i] = ii.burstSize() - 1;
                t = now + Math.round(-1e9 / ii.rateOrPeriod() * StrictMath.log(1 - rng.nextDouble()));
            }
        }
        default -> t = now + Math.round(-1e9 / ii.rateOrPeriod() * StrictMath.log(1 - rng.nextDouble()));
        }
        events.add(t, EV_ARRIVAL, i, 0);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Interrupts: routing, interrupt context, ithread_schedule (all with the baton held)

    /**
     * Source {@code i} asserts its line: count it, draw the next arrival, pick the CPU by the line's routing and
     * deliver. Returns the interrupt context to run now, or null. Conductor only (called from {@link #handle}).
     */
    private SimThread interruptAsserted(int i) {
        InterruptInfo ii = interrupts[i];
        arrivals[i]++;
        scheduleArrival(i, false);
        int c = routeInterrupt(ii, i);
        lastCpuOf[i] = c;
        observer.interruptAsserted(now, i, c);
        if (ii.contextPaths().length == 0) {
            ithreadPending(i, now);
            ithreadSchedule(ithreadOf[i], c < 0 ? null : cpus[c]);
            return null;
        }
        InterruptContext ic = intrContext[c];
        ic.add(i, now);
        if (ic.active || ic.deferred) {
            return null; // handlers run, or interrupts are disabled: it waits its turn in the queue
        }
        return interruptsEnabled(ic);
    }

    /**
     * The CPU of {@code ic} takes the assertions waiting for it unless its thread has interrupts disabled (in a
     * critical section or holding a spin mutex), in which case they wait for its critical_exit(). Returns the
     * interrupt context to run now, or null.
     */
    private SimThread interruptsEnabled(InterruptContext ic) {
        if (ic.active || ic.isEmpty()) {
            return null;
        }
        SimThread cur = ic.cpu.current;
        if (cur != null && cur.critnest > 0) {
            ic.deferred = true;
            return null;
        }
        ic.deferred = false;
        return enterInterruptContext(ic);
    }

    /** The CPU index an assertion of source {@code i} is delivered to, by its line's routing; -1: not routed. */
    private int routeInterrupt(InterruptInfo ii, int i) {
        int[] targets = ii.targets();
        switch (ii.routing()) {
        case CompiledScenario.ROUTE_NONE:
            return -1;
        case CompiledScenario.ROUTE_ROUND_ROBIN: {
            int k = nextTarget[i];
            nextTarget[i] = (k + 1) % targets.length;
            return targets[k];
        }
        case CompiledScenario.ROUTE_LOWEST_PRIORITY: {
            int best = targets[0];
            int bestLevel = apicLevel(cpus[best]);
            for (int k = 1; k < targets.length; k++) {
                int level = apicLevel(cpus[targets[k]]);
                if (level > bestLevel) { // ties go to the first routed CPU, for determinism
                    best = targets[k];
                    bestLevel = level;
                }
            }
            return best;
        }
        default:
            return targets[0];
        }
    }

    /**
     * How willing a CPU is to take an interrupt under lowest-priority delivery, larger is more willing: an idle CPU
     * 256, a CPU running a thread that thread's priority (a numerically larger priority is less important), and -1
     * for a CPU with interrupts disabled or already in interrupt context (its task priority is raised).
     */
    private int apicLevel(Cpu c) {
        InterruptContext ic = intrContext[c.index];
        if (ic != null && (ic.active || ic.deferred)) {
            return -1;
        }
        SimThread cur = c.current;
        if (cur == null) {
            return 256;
        }
        return cur.critnest > 0 ? -1 : cur.priority;
    }

    /** Records an assertion for source {@code i}'s interrupt thread: one more pending run, asserted at {@code t}. */
    private void ithreadPending(int i, long t) {
        SimThread it = ithreadOf[i];
        long[] ring = pendingSince[i];
        if (it.pending == ring.length) {
            long[] bigger = new long[ring.length * 2];
            for (int k = 0; k < it.pending; k++) {
                bigger[k] = ring[(pendingHead[i] + k) % ring.length];
            }
            pendingSince[i] = ring = bigger;
            pendingHead[i] = 0;
        }
        ring[(pendingHead[i] + it.pending) % ring.length] = t;
        it.pending++;
    }

    /**
     * ithread_schedule() on the interrupted CPU {@code c} (null: a software interrupt or an unrouted line, scheduled
     * from no particular CPU). An interrupt thread waiting for work is made runnable (setrunqueue). When it is better
     * than the interrupted thread and no CPU is idle, it preempts the interrupted thread (sched_add with SRQ_INTR
     * goes straight to maybe_preempt() on the interrupted CPU), at once or, in a critical section or interrupt
     * context, at its end, paying the context switch; otherwise the scheduler's {@link #wakeup} places it (an idle
     * CPU takes it, the interrupted one first). Simplified: with an idle CPU FreeBSD still preempts the interrupted
     * thread and lets the idle CPU take that one from the global queue; the engine's idle CPUs do not poll the run
     * queue, so the ithread goes to the idle CPU instead (same latency, one switch fewer). A running or runnable
     * ithread only gets one more pending run (its loop sees it).
     *
     * <p>The one place interrupts enter the scheduler: the direct branch mirrors wakeup()'s setrunnable + runq_add
     * and must follow it if the scheduler changes. Entry and exit: baton held.
     */
    private void ithreadSchedule(SimThread it, Cpu c) {
        if (it.state != SimThread.TDI_IWAIT) {
            return;
        }
        if (c == null) {
            wakeup(it, null);
            return;
        }
        it.lastCpu = c.index;
        SimThread cur = c.current;
        boolean better = preemption && cur != null && cur.intrContext == null && it.priority < cur.priority;
        if (!better || anyIdleCpu()) {
            wakeup(it, null);
            return;
        }
        it.state = SimThread.TDS_RUNQ;
        it.waitingFor = null;
        observer.threadWoken(now, it.tid, -1);
        runq.add(it, false);
        observer.enqueued(now, it.tid, it.priority);
        if (cur.critnest > 0 || cur.phase == SimThread.PH_CODE) {
            c.owepreempt = true; // taken at critical_exit() or when interrupt context ends
        } else {
            preemptRemote(c, true);
        }
    }

    private boolean anyIdleCpu() {
        for (Cpu c : cpus) {
            if (c.current == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Enters interrupt context on the CPU of {@code ic}: freezes what the interrupted thread was doing (its pending
     * event goes stale, the time it had left is kept), raises its critnest so nothing preempts it, or, on an idle
     * CPU, makes the interrupt context the CPU's current thread so the scheduler dispatches nothing there. Returns the
     * interrupt context's thread, which the conductor runs next. Conductor only; the interrupted thread is not
     * running code (or waits in {@link #takeDeferredInterrupts}).
     */
    private SimThread enterInterruptContext(InterruptContext ic) {
        assert !ic.active && !ic.isEmpty();
        Cpu c = ic.cpu;
        SimThread td = c.current;
        ic.active = true;
        ic.interrupted = td;
        ic.remaining = 0;
        if (td == null) {
            c.current = ic.thread;
        } else {
            assert td.critnest == 0 && td.state == SimThread.TDS_RUNNING;
            td.critnest++; // intr_execute_handlers() runs in a critical section of the interrupted thread
            ic.interruptedPhase = td.phase;
            switch (td.phase) {
            case SimThread.PH_WORKING, SimThread.PH_SWITCHING -> ic.remaining = Math.max(0, td.workEnd - now);
            case SimThread.PH_SPINNING -> { // adaptive spinning stops; the thread looks at the lock again after
                td.spinningOn.removeSpinner(td);
                td.spinResult = SimThread.SPIN_RETRY;
                td.waitingFor = null;
            }
            default -> throw new IllegalStateException(td + " interrupted while running code");
            }
            td.epoch++;
        }
        SimThread hc = ic.thread;
        hc.state = SimThread.TDS_RUNNING;
        hc.phase = SimThread.PH_CODE;
        hc.cpu = c;
        hc.lastCpu = c.index;
        hc.critnest = 1;
        account(c, Cpu.INTR);
        return hc;
    }

    /**
     * The interrupt context's thread: runs the handlers of the assertions delivered to its CPU whenever the
     * conductor hands it the baton from {@link #enterInterruptContext}.
     */
    private void interruptContextLoop(SimThread hc) {
        InterruptContext ic = hc.intrContext;
        for (;;) {
            runInterruptHandlers(ic);
            loop(hc);
        }
    }

    /**
     * Runs the interrupt-context handlers of every waiting assertion, in arrival order (those that arrive meanwhile
     * too), then leaves interrupt context and schedules the ithreads of filter handlers. Entry: the interrupt context
     * runs code (critnest 1). Exit: it waits for its next activation; the interrupted thread resumed.
     */
    private void runInterruptHandlers(InterruptContext ic) {
        SimThread hc = ic.thread;
        assertRunning(hc);
        int c = ic.cpu.index;
        int[] schedule = null;
        int scheduled = 0;
        while (!ic.isEmpty()) {
            int i = ic.peekSource();
            long since = ic.peekSince();
            ic.remove();
            InterruptInfo ii = interrupts[i];
            long latency = now - since;
            contextLatency[i].record(latency);
            startsOn[i][c]++;
            ic.running = i;
            observer.interruptHandlerStarted(now, i, c, ii.handlerKind(), latency);
            int[] paths = ii.contextPaths();
            for (int k = 0; k < paths.length; k++) {
                ic.runningHandler = ii.contextHandlers()[k];
                exec(hc, scenario.paths[paths[k]].steps());
                if (hc.heldCount != 0 || hc.critnest != 1) {
                    panic(CompiledScenario.handlerKindName(ii.handlerKind()) + " interrupt handler "
                            + ic.runningHandler + " of " + ii.threadName() + " returned with "
                            + (hc.heldCount != 0 ? "lock " + hc.held[hc.heldCount - 1] + " held"
                                    : "a critical section entered"));
                }
            }
            observer.interruptHandlerFinished(now, i, c);
            ic.running = -1;
            if (ii.hasIthread()) {
                ithreadPending(i, since);
                if (schedule == null) {
                    schedule = new int[4];
                } else if (scheduled == schedule.length) {
                    schedule = Arrays.copyOf(schedule, scheduled * 2);
                }
                schedule[scheduled++] = i;
            } else {
                handled[i]++;
            }
        }
        exitInterruptContext(ic);
        for (int k = 0; k < scheduled; k++) {
            ithreadSchedule(ithreadOf[schedule[k]], ic.cpu);
        }
    }

    /**
     * Leaves interrupt context: the interrupted thread's frozen work restarts with the time it had left and a
     * preemption owed meanwhile is taken (critical_exit), or an idle CPU looks at the run queue (the idle loop).
     * Entry: the interrupt context runs code. Exit: it is no longer on the CPU.
     */
    private void exitInterruptContext(InterruptContext ic) {
        Cpu c = ic.cpu;
        SimThread hc = ic.thread, td = ic.interrupted;
        assert hc.critnest == 1 && hc.heldCount == 0;
        ic.active = false;
        ic.interrupted = null;
        hc.state = SimThread.TDI_IWAIT;
        hc.cpu = null;
        hc.critnest = 0;
        if (td == null) {
            assert c.current == hc;
            c.current = null;
            c.owepreempt = false;
            c.quantumExpired = false;
            account(c, Cpu.IDLE);
            SimThread next = runq.choose(); // sched_idletd: work queued while the CPU was in interrupt context
            if (next != null) {
                runq.remove(next);
                dispatch(c, next, null);
            }
            return;
        }
        td.critnest--;
        if (ic.interruptedPhase == SimThread.PH_SWITCHING) {
            td.workEnd = now + ic.remaining;
            account(c, Cpu.KERNEL);
            events.add(td.workEnd, EV_SWITCH_DONE, td.tid, td.epoch);
        } else {
            if (ic.interruptedPhase == SimThread.PH_SPINNING) {
                td.workKind = Cpu.SPIN;
            }
            td.phase = SimThread.PH_WORKING;
            td.workEnd = now + ic.remaining;
            account(c, td.workKind);
            events.add(td.workEnd, EV_WORK_DONE, td.tid, td.epoch);
        }
        if (td.critnest == 0 && c.owepreempt) { // critical_exit() of the interrupt: take the preemption now
            int best = runq.bestPriority();
            boolean roundRobin = c.quantumExpired;
            if (best < td.priority || (roundRobin && best <= td.priority)) {
                preemptRemote(c, !roundRobin);
            }
        }
    }

    /**
     * critical_exit() re-enabled interrupts on td's CPU while assertions waited: td stops at this point, the
     * handlers run, and td continues where it was. Entry and exit: td runs code, critnest 0, baton held.
     */
    private void takeDeferredInterrupts(SimThread td) {
        assertRunning(td);
        assert td.critnest == 0;
        td.phase = SimThread.PH_WORKING;
        td.workKind = td.cpu.bucket;
        td.workEnd = now;
        events.add(now, EV_INTR, td.cpu.index, 0);
        events.add(now, EV_WORK_DONE, td.tid, td.epoch); // stale once the interrupt context froze td
        loop(td);
    }

    /** Whether td's CPU has assertions waiting for interrupts to be enabled. */
    private boolean interruptsDeferred(SimThread td) {
        InterruptContext ic = intrContext[td.cpu.index];
        return ic != null && ic.deferred;
    }

    /** A panic for something interrupt context must not do, naming the handler. */
    private void interruptContextViolation(SimThread hc, String what) {
        InterruptContext ic = hc.intrContext;
        InterruptInfo ii = interrupts[ic.running];
        panic(CompiledScenario.handlerKindName(ii.handlerKind()) + " interrupt handler " + ic.runningHandler + " of "
                + ii.threadName() + " " + what + " on cpu" + ic.cpu.cpuId
                + ": interrupt context may take spin mutexes only and never sleep");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Modeled threads' Java threads

    private void threadMain(SimThread td) {
        try {
            while (baton != td) {
                LockSupport.park(this);
            }
            if (shutdown) {
                throw new Shutdown();
            }
            if (td.intrContext != null) {
                interruptContextLoop(td);
            } else if (td.ithread) {
                ithreadLoop(td, -1 - groupOfThread[td.tid]);
            } else {
                userLoop(td, userThreadsOf[td.tid]);
            }
        } catch (Shutdown e) {
            // the engine is closing
        } catch (SimPanic e) {
            fail("panic", "panic: " + e.getMessage() + " (thread " + td.name + " at " + now + " ns)");
        } catch (Throwable e) {
            fail("error", "engine error in thread " + td.name + " at " + now + " ns: " + e);
        } finally {
            td.exited = true;
            baton = CONTROLLER;
            LockSupport.unpark(controller);
        }
    }

    /**
     * A user thread of the workload (a pthread): its thread group, its number within its process, and the random
     * stream of its think times and syscall choices. Immutable; the kernel thread that carries it uses it.
     */
    private record UserThread(ThreadGroupInfo group, int index, Rng rng) {
    }

    /**
     * Creates the kernel threads of the workload's user processes, in thread group order, by thread library: THR
     * and KSE give every user thread its own kernel thread (a KSE process also gets its KSEs); libc_r gives each
     * process one kernel thread, created with its first group, that carries all the process's user threads at the
     * best priority of its groups. A THR thread's tid seeds its random stream, as before the thread libraries
     * existed, so THR traces are unchanged; a libc_r user thread gets a stream of its own.
     */
    private void createUserThreads(long seed, List<SimThread> ts, List<Integer> groups, List<UserThread[]> carried) {
        ThreadGroupInfo[] tg = scenario.threadGroups;
        int[] bestPriority = new int[libraryOf.length];
        Arrays.fill(bestPriority, Integer.MAX_VALUE);
        List<List<UserThread>> libcR = new ArrayList<>();
        for (int p = 0; p < libraryOf.length; p++) {
            libcR.add(null);
        }
        for (ThreadGroupInfo gi : tg) {
            int p = gi.processIndex();
            libraryOf[p] = gi.library();
            bestPriority[p] = Math.min(bestPriority[p], gi.priority());
            if (gi.library() == CompiledScenario.LIB_KSE) {
                kseFree[p] = gi.kses();
                kseWaiters[p] = new SleepQueue(-1, "UTS runq");
            }
        }
        for (int g = 0; g < tg.length; g++) {
            ThreadGroupInfo gi = tg[g];
            int p = gi.processIndex();
            for (int k = 0; k < gi.count(); k++) {
                int index = userThreadCount[p]++;
                if (gi.library() == CompiledScenario.LIB_LIBC_R) {
                    if (libcR.get(p) == null) {
                        int tid = ts.size();
                        ts.add(new SimThread(tid, gi.process() + " (libc_r)", bestPriority[p], false, p, -1,
                                new Rng(seed, tid)));
                        groups.add(g);
                        libcR.set(p, new ArrayList<>());
                        carried.add(null); // filled in below, once every user thread of the process exists
                        kernelThreadCount[p]++;
                    }
                    libcR.get(p).add(new UserThread(gi, index, new Rng(seed, 3_000_000L + 1_000L * p + index)));
                    continue;
                }
                int tid = ts.size();
                SimThread td = new SimThread(tid, gi.process() + "/" + gi.name() + "#" + k, gi.priority(), false, p,
                        -1, new Rng(seed, tid));
                ts.add(td);
                groups.add(g);
                carried.add(new UserThread[] { new UserThread(gi, index, td.rng) });
                kernelThreadCount[p]++;
            }
        }
        for (int tid = 0; tid < ts.size(); tid++) {
            if (carried.get(tid) == null) {
                carried.set(tid, libcR.get(ts.get(tid).processIndex).toArray(UserThread[]::new));
            }
        }
    }

    /**
     * The user side of a kernel thread of the workload, forever: its user threads think in user mode, then make a
     * syscall drawn from their group's mix. By thread library of the process:
     * <ul>
     * <li>THR (1:1): the one user thread runs on its own kernel thread; nothing else to do.</li>
     * <li>KSE (M:N): before running in user mode the user thread must be on a KSE: it keeps the one it has, takes a
     * free one, or waits on the UTS run queue until an upcall hands it one (see {@link #upcall}). It keeps the KSE
     * through its syscall until it blocks in the kernel.</li>
     * <li>libc_r (N:1): the kernel thread runs its user threads one after the other; after each syscall returns
     * (a user-mode point) the user-level scheduler switches to the next one, round robin. While a user thread sleeps
     * in the kernel, the kernel thread sleeps, so no other user thread of the process runs.</li>
     * </ul>
     * Entry: td runs and holds the baton; never returns (the engine's shutdown unwinds it).
     */
    private void userLoop(SimThread td, UserThread[] uts) {
        int p = td.processIndex;
        switch (libraryOf[p]) {
        case CompiledScenario.LIB_LIBC_R -> {
            for (int cur = 0;; cur = (cur + 1) % uts.length) {
                syscallCycle(td, uts[cur]);
                if (uts.length > 1) {
                    userSwitches[p]++;
                    observer.userThreadSwitch(now, td.tid, uts[cur].index(), uts[(cur + 1) % uts.length].index());
                    consume(td, ScenarioCompiler.USER_SWITCH_NS, Cpu.USER);
                }
            }
        }
        case CompiledScenario.LIB_KSE -> {
            for (;;) {
                kseAcquire(td, p);
                syscallCycle(td, uts[0]);
            }
        }
        default -> {
            for (;;) {
                syscallCycle(td, uts[0]);
            }
        }
        }
    }

    /** One user thread's think time then one syscall from its mix. Entry and exit: td runs, holds no lock. */
    private void syscallCycle(SimThread td, UserThread ut) {
        ThreadGroupInfo g = ut.group();
        Rng rng = ut.rng();
        consume(td, g.thinkTime().sample(rng), Cpu.USER);
        preemptionPoint(td);
        double u = rng.nextDouble() * g.cumulativeWeights()[g.cumulativeWeights().length - 1];
        int k = 0;
        while (k < g.operations().length - 1 && u >= g.cumulativeWeights()[k]) {
            k++;
        }
        int op = g.operations()[k];
        long start = now;
        call(td, scenario.operations[op].path());
        if (td.heldCount != 0 || td.critnest != 0) {
            panic("syscall " + scenario.operations[op].syscall() + " returned to user mode with "
                    + (td.heldCount != 0 ? "lock " + td.held[td.heldCount - 1] + " held" : "a critical section"));
        }
        userret(td);
        opCount[op]++;
        opLatency[op] += now - start;
        observer.operationCompleted(now, td.tid, op, now - start);
    }

    /**
     * libc_r: whether a sleep of td's syscall on {@code channel} is one libc_r does in user space (the call was made
     * non-blocking; see {@code ThreadGroupInfo.userLevelWaits}). Then the syscall goes on without sleeping, as if the
     * retry libc_r makes after running its other user threads had found the condition true: round robin at every
     * syscall return already runs the others in between. Without a timeout only: a timed sleep is a real one.
     */
    private boolean libcRWaitsInUserSpace(SimThread td, int channel) {
        UserThread[] uts = td.ithread ? null : userThreadsOf[td.tid];
        if (uts == null || libraryOf[td.processIndex] != CompiledScenario.LIB_LIBC_R) {
            return false;
        }
        boolean[] userLevel = uts[0].group().userLevelWaits();
        return userLevel != null && userLevel[channel];
    }

    /**
     * KSE: returns once td runs on one of process p's KSEs. A thread that kept its KSE (its last syscall did not
     * block) continues at once. Otherwise its last syscall blocked, and in KSE such a syscall does not return to
     * user mode directly: it completes in the kernel, and the user-level scheduler (UTS) resumes the thread on a KSE.
     * td takes a free KSE, or waits on the UTS run queue until a thread that blocks in the kernel gives it its KSE by
     * an upcall; either way it pays for the UTS's switch to it (once, also when the KSE came by upcall). Waiting on
     * the UTS run queue, a user thread is not on the kernel's run queue: only threads with a KSE, threads finishing
     * a syscall and other processes compete for the CPUs. Entry and exit: td runs in user mode, holds no lock.
     */
    private void kseAcquire(SimThread td, int p) {
        assertRunning(td);
        if (!holdsKse[td.tid]) {
            if (kseFree[p] > 0) {
                kseFree[p]--;
                holdsKse[td.tid] = true;
                resumeByUts[td.tid] = true;
            } else {
                kseWaiters[p].add(td);
                td.sleepSeq++; // a timeout left over from an earlier msleep must not end this wait
                block(td, SimThread.TDI_SLEEPING);
                assert holdsKse[td.tid] : td + " woken on the UTS run queue without a KSE";
            }
        }
        if (resumeByUts[td.tid]) {
            resumeByUts[td.tid] = false;
            consume(td, ScenarioCompiler.UPCALL_NS, Cpu.USER);
        }
    }

    /**
     * KSE: td blocks in the kernel while on a KSE, so the kernel makes an upcall: the user-level scheduler gets the
     * KSE and runs the first user thread waiting on the UTS run queue, or, if none waits, the KSE idles. Called by
     * {@link #block} before td leaves its CPU. Entry and exit: td runs and holds the baton.
     */
    private void upcall(SimThread td) {
        assert holdsKse[td.tid] && td.state == SimThread.TDS_RUNNING : td + " makes an upcall without a KSE";
        int p = td.processIndex;
        holdsKse[td.tid] = false;
        upcalls[p]++;
        SleepQueue waiting = kseWaiters[p];
        if (waiting.isEmpty()) {
            kseFree[p]++;
            observer.upcall(now, td.tid, -1);
            return;
        }
        SimThread next = waiting.removeFirst();
        holdsKse[next.tid] = true;
        resumeByUts[next.tid] = true;
        observer.upcall(now, td.tid, next.tid);
        wakeup(next, td);
    }

    /** An interrupt thread (ithread_loop): wait for an interrupt, run the handlers, repeat. */
    private void ithreadLoop(SimThread td, int source) {
        InterruptInfo ii = interrupts[source];
        for (;;) {
            while (td.pending == 0) {
                td.state = SimThread.TDI_IWAIT;
                switchOut(td);
                loop(td);
            }
            td.pending--;
            long[] ring = pendingSince[source];
            long latency = now - ring[pendingHead[source]];
            pendingHead[source] = (pendingHead[source] + 1) % ring.length;
            ithreadLatency[source].record(latency);
            startsOn[source][td.cpu.index]++;
            observer.interruptHandlerStarted(now, source, td.cpu.index, CompiledScenario.HANDLER_ITHREAD, latency);
            for (int p : ii.paths()) {
                call(td, p);
            }
            if (td.heldCount != 0 || td.critnest != 0) {
                panic("interrupt handler of " + ii.name() + " returned with a lock held or in a critical section");
            }
            observer.interruptHandlerFinished(now, source, td.cpu.index);
            handled[source]++;
        }
    }

    /** Runs a code path, telling the observer where the thread's call path goes (WITNESS prints it as the stack). */
    private void call(SimThread td, int path) {
        observer.codePathEntered(now, td.tid, path);
        exec(td, scenario.paths[path].steps());
        observer.codePathReturned(now, td.tid, path);
    }

    /** The code path interpreter. Entry and exit: td runs and holds the baton. */
    private void exec(SimThread td, Op[] steps) {
        for (Op op : steps) {
            switch (op.code) {
            case Op.ACQUIRE -> acquire(td, op);
            case Op.RELEASE -> release(td, op);
            case Op.WORK -> consume(td, op.dist.sample(td.rng), Cpu.KERNEL);
            case Op.SLEEP -> msleep(td, op);
            case Op.WAKEUP, Op.BROADCAST -> wakeupChannel(td, op.channel, op.all);
            case Op.SIGNAL -> wakeupChannel(td, op.channel, false);
            case Op.CRITICAL_ENTER -> {
                td.critnest++;
                observer.criticalSection(now, td.tid, true);
            }
            case Op.CRITICAL_EXIT -> {
                observer.criticalSection(now, td.tid, false);
                if (td.critnest == (td.intrContext == null ? 0 : 1)) { // interrupt context's own one is not the path's
                    panic("critical_exit without critical_enter");
                }
                criticalExit(td);
            }
            case Op.CALL -> call(td, op.target);
            case Op.LOOP -> {
                long n = op.dist != null ? op.dist.sample(td.rng) : op.target;
                for (long i = 0; i < n; i++) {
                    exec(td, op.body);
                }
            }
            case Op.BRANCH -> exec(td, td.rng.nextDouble() < op.probability ? op.body : op.elseBody);
            case Op.YIELD -> relinquish(td);
            default -> throw new IllegalStateException("unknown op " + op.code);
            }
            preemptionPoint(td);
        }
    }

    private void acquire(SimThread td, Op op) {
        td.site = op.site;
        if (td.intrContext != null && scenario.lockTypes[op.lockType].kind() != CompiledScenario.SPIN_MUTEX) {
            interruptContextViolation(td, "acquires " + (scenario.lockTypes[op.lockType].sleepable() ? "sleepable lock "
                    : "sleep mutex ") + scenario.lockTypes[op.lockType].name());
        }
        LockObject l = instanceFor(td, op.lockType);
        if (op.tryLock) {
            while (!l.tryLock(td, op.shared)) {
                consume(td, scenario.settings.tryBackoffNs(), Cpu.KERNEL);
                preemptionPoint(td);
            }
        } else {
            l.lock(td, op.shared);
        }
        td.pushHeld(l);
    }

    /**
     * The instance of a lock type a thread acquires (see CompiledScenario instance rules): a per-thread object is
     * the thread's own; a second nested acquisition of a DUPOK type takes another instance; a nested acquisition of
     * a recursable type recurses on the one held.
     */
    private LockObject instanceFor(SimThread td, int type) {
        LockObject[] inst = locks[type];
        LockTypeInfo t = scenario.lockTypes[type];
        int held = td.countHeld(type);
        if (held > 0) {
            if (t.recursable()) {
                return td.findHeld(type);
            }
            if (!t.dupOk()) {
                // WITNESS sees the attempt first: on the held instance (recursion) or another (duplicate).
                LockObject attempted = inst.length == 1 ? td.findHeld(type) : inst[(instanceBase(td, t) + held)
                        % inst.length];
                observer.lockAttempt(now, td.tid, attempted.id, td.site);
                panic("recursing on non-recursive lock type " + t.name() + " (not MTX_RECURSE, not DUPOK)");
            }
        }
        return inst[(instanceBase(td, t) + held) % inst.length];
    }

    /** The index of td's first instance of a lock type (see {@link #instanceFor}). */
    private static int instanceBase(SimThread td, LockTypeInfo t) {
        return switch (t.instances()) {
        case CompiledScenario.INST_SINGLE -> 0;
        case CompiledScenario.INST_PER_CPU -> td.cpu.index;
        case CompiledScenario.INST_PER_PROCESS -> td.processIndex;
        case CompiledScenario.INST_PER_DEVICE -> Math.max(0, td.device);
        case CompiledScenario.INST_FIXED -> td.tid;
        default -> 2 * td.tid;
        };
    }

    private void release(SimThread td, Op op) {
        int type = op.lockType;
        td.site = op.site;
        LockObject l = td.popHeld(type);
        observer.lockReleasing(now, td.tid, type, l == null ? -1 : l.id, op.site);
        if (l == null) {
            panic("releasing lock type " + scenario.lockTypes[type].name() + " that is not held");
        }
        l.unlock(td);
    }

    /**
     * msleep()/cv_wait(): WITNESS_WARN for non-sleepable locks, then sleep on the channel, dropping the interlock
     * and Giant, and reacquire both on wakeup. Entry: td holds the interlock (not recursed). Exit: the same locks
     * as on entry.
     */
    private void msleep(SimThread td, Op op) {
        td.site = op.site;
        if (td.intrContext != null) {
            interruptContextViolation(td, "sleeps on " + scenario.channels[op.channel]);
        }
        LockObject interlock = null;
        if (op.lockType >= 0) {
            interlock = td.findHeld(op.lockType);
            if (interlock == null) {
                panic("msleep on " + scenario.channels[op.channel] + ": interlock "
                        + scenario.lockTypes[op.lockType].name() + " not held");
            }
            if (interlock.recursion > 0) {
                panic("msleep interlock " + interlock.name + " is recursed");
            }
        }
        observer.sleeping(now, td.tid, op.channel, interlock == null ? -1 : interlock.id, op.site);
        if (interlock == giant) {
            interlock = null; // Giant is dropped and picked up anyway
        }
        for (int i = 0; i < td.heldCount; i++) {
            LockObject l = td.held[i];
            if (l != interlock && l != giant && !l.type.sleepable()) {
                panic("sleeping on \"" + scenario.channels[op.channel] + "\" with non-sleepable lock " + l.name
                        + " held");
            }
        }
        if (op.dist == null && libcRWaitsInUserSpace(td, op.channel)) {
            return;
        }
        long timeout = op.dist != null ? op.dist.sample(td.rng)
                : scenario.channelWoken[op.channel] ? -1 : scenario.externalWakeup.sample(td.rng);
        if (op.target > 0 && !td.ithread) {
            setSleepPriority(td, op.target);
        }
        sleepOn(td, channels[op.channel], null, interlock, timeout);
    }

    /**
     * Sleeps on a sleep queue (sleepq_add + sleepq_wait): add to the queue, arm the timeout, drop Giant
     * (DROP_GIANT) and the interlock, switch away; on wakeup pick Giant up (PICKUP_GIANT) and then the interlock.
     * Entry: td runs, not in a critical section. Exit: td runs with the locks it had on entry.
     */
    void sleepOn(SimThread td, SleepQueue sq, LockObject waitLock, LockObject interlock, long timeoutNs) {
        assertRunning(td);
        if (td.critnest > 0) {
            panic("sleeping in a critical section or with a spin mutex held");
        }
        sq.add(td);
        td.sleepSeq++;
        if (timeoutNs >= 0) {
            events.add(now + timeoutNs, EV_TIMEOUT, td.tid, td.sleepSeq);
        }
        int giantHolds = dropGiant(td);
        if (interlock != null) {
            td.popHeld(interlock.type.id());
            interlock.unlock(td);
        }
        observer.threadBlocked(now, td.tid, waitLock == null ? -1 : waitLock.id, sq.channel);
        block(td, SimThread.TDI_SLEEPING);
        pickupGiant(td, giantHolds);
        if (interlock != null) {
            interlock.lock(td, false);
            td.pushHeld(interlock);
        }
    }

    /** DROP_GIANT(): releases every hold td has on Giant; returns how many to pick up again. */
    private int dropGiant(SimThread td) {
        if (giant == null || giant.owner != td) {
            return 0;
        }
        int n = 0;
        while (td.popHeld(giant.type.id()) != null) {
            n++;
        }
        for (int i = 0; i < n; i++) {
            giant.unlock(td);
        }
        assert giant.owner != td;
        return n;
    }

    /** PICKUP_GIANT(): reacquires Giant {@code n} times. */
    private void pickupGiant(SimThread td, int n) {
        for (int i = 0; i < n; i++) {
            giant.lock(td, false);
            td.pushHeld(giant);
        }
    }

    private void wakeupChannel(SimThread waker, int channel, boolean all) {
        SleepQueue sq = channels[channel];
        int woken = 0;
        if (all) {
            while (!sq.isEmpty()) {
                wakeup(sq.removeFirst(), waker);
                woken++;
            }
        } else if (!sq.isEmpty()) {
            wakeup(sq.removeFirst(), waker);
            woken++;
        }
        observer.channelWakeup(now, waker.tid, channel, woken);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Time and scheduling (all with the baton held)

    /**
     * Whether the calling Java thread holds the baton: the controller's or a modeled thread's turn. Before the run
     * begins only the engine's creator uses it, which counts as holding it.
     */
    boolean batonHeld() {
        Object b = baton;
        if (!begun) {
            return true;
        }
        Thread holder = b == CONTROLLER ? controller : ((SimThread) b).javaThread;
        return holder == Thread.currentThread();
    }

    void assertRunning(SimThread td) {
        assert baton == td : "baton not held by " + td;
        assert td.state == SimThread.TDS_RUNNING && td.phase == SimThread.PH_CODE : td + " is not running code";
    }

    /**
     * Moves CPU {@code c}'s time accounting to {@code bucket} from now on, and tells the observer when what the CPU
     * does changes (the utilisation split of the results is the sum of these stretches). Baton held.
     */
    private void account(Cpu c, int bucket) {
        if (c.bucket != bucket) {
            observer.cpuStateChanged(now, c.index, bucket);
        }
        c.account(now, bucket);
    }

    /** Spends {@code ns} of virtual CPU time as {@code kind}. Entry and exit: td runs code, baton held. */
    void consume(SimThread td, long ns, int kind) {
        if (ns <= 0) {
            return;
        }
        td.phase = SimThread.PH_WORKING;
        td.workKind = td.ithread && kind == Cpu.KERNEL ? Cpu.INTR : kind;
        td.workEnd = now + ns;
        account(td.cpu, td.workKind);
        events.add(td.workEnd, EV_WORK_DONE, td.tid, td.epoch);
        loop(td);
    }

    /** Spins on the CPU until granted the lock or told to retry. Entry: td is on the lock's spinner list. */
    int spinWait(SimThread td) {
        td.phase = SimThread.PH_SPINNING;
        td.spinResult = SimThread.SPIN_PENDING;
        account(td.cpu, Cpu.SPIN);
        loop(td);
        return td.spinResult;
    }

    /** Hands a lock to a spinner: it resumes owning it after the cache-line transfer {@code cost}. */
    void grantSpin(SimThread s, long cost) {
        assert s.phase == SimThread.PH_SPINNING && s.state == SimThread.TDS_RUNNING;
        s.spinResult = SimThread.SPIN_GRANTED;
        s.waitingFor = null;
        s.phase = SimThread.PH_WORKING;
        s.workKind = Cpu.SPIN;
        s.workEnd = now + cost;
        events.add(s.workEnd, EV_WORK_DONE, s.tid, s.epoch);
    }

    /** The owner left its CPU: its sleep mutexes' adaptive spinners stop spinning and retry (then block). */
    private void abortAdaptiveSpinners(SimThread owner) {
        for (int i = 0; i < owner.heldCount; i++) {
            LockObject l = owner.held[i];
            while (l instanceof SleepMutex && l.spinnerCount > 0) {
                SimThread s = l.removeFirstSpinner();
                s.spinResult = SimThread.SPIN_RETRY;
                s.phase = SimThread.PH_WORKING;
                s.workKind = Cpu.SPIN;
                s.workEnd = now;
                events.add(now, EV_WORK_DONE, s.tid, s.epoch);
            }
        }
    }

    /** Blocks the running thread td in {@code state} and returns once it runs again. */
    void block(SimThread td, int state) {
        assertRunning(td);
        if (td.critnest > 0) {
            panic("blocking with a spin mutex held or in a critical section");
        }
        if (holdsKse[td.tid]) {
            upcall(td); // KSE: a thread that blocks in the kernel gives its KSE to another user thread
        }
        td.state = state;
        if (td.timeshare) {
            sched.sleep(td);
        }
        switchOut(td);
        loop(td);
        assert td.state == SimThread.TDS_RUNNING;
    }

    /**
     * mi_switch(): td (no longer RUNNING; queued again if still runnable) leaves its CPU, which takes the thread
     * the scheduler chooses for it (under ULE possibly stolen from another CPU) or idles.
     */
    private void switchOut(SimThread td) {
        Cpu c = td.cpu;
        sched.charge(td, now - td.runSince);
        td.cpu = null;
        td.switches++;
        td.epoch++;
        c.owepreempt = false;
        c.quantumExpired = false;
        abortAdaptiveSpinners(td);
        SimThread next = sched.choose(c);
        if (next != null) {
            dispatch(c, next, td);
        } else {
            c.current = null;
            account(c, Cpu.IDLE);
            observer.contextSwitch(now, c.index, td.tid, -1);
        }
    }

    /**
     * cpu_switch() onto {@code next} (already off the run queues): it runs its code (or the work it had left) after
     * the switch cost. A thread that last ran on another CPU has migrated.
     */
    private void dispatch(Cpu c, SimThread next, SimThread prev) {
        assert c.current == null || c.current == prev;
        assert next.rqIndex < 0 : next + " is still queued";
        if (next.lastCpu >= 0 && next.lastCpu != c.index) {
            migrations++;
            observer.threadMigrated(now, next.tid, next.lastCpu, c.index, next.stolen);
        }
        next.stolen = false;
        next.state = SimThread.TDS_RUNNING;
        next.cpu = c;
        next.lastCpu = c.index;
        next.epoch++;
        next.phase = SimThread.PH_SWITCHING;
        next.runSince = now;
        c.current = next;
        c.owepreempt = false;
        c.quantumExpired = false;
        c.switches++;
        c.sliceEnd = now + sched.slice(c);
        account(c, Cpu.KERNEL);
        observer.contextSwitch(now, c.index, prev == null ? -1 : prev.tid, next.tid);
        next.workEnd = now + contextSwitchNs; // when the switch completes, should an interrupt freeze it
        events.add(next.workEnd, EV_SWITCH_DONE, next.tid, next.epoch);
    }

    /**
     * setrunnable() + sched_wakeup() + sched_add(): td becomes runnable at its recomputed priority; an idle CPU
     * takes it, or it may preempt a CPU. {@code waker} is the running thread that woke it (null: a timeout or an
     * interrupt, handled on the target CPU); a remote CPU learns of it by IPI.
     */
    void wakeup(SimThread td, SimThread waker) {
        wakeupFrom(td, waker, waker == null ? null : waker.cpu);
    }

    /**
     * As {@link #wakeup(SimThread, SimThread)}, made runnable from CPU {@code from} (null: no CPU, nothing to signal),
     * for callers that know where the wakeup happens (an interrupt taken on a given CPU).
     */
    void wakeupFrom(SimThread td, SimThread waker, Cpu from) {
        assert td.state != SimThread.TDS_RUNNING && td.state != SimThread.TDS_RUNQ : td + " is already runnable";
        if (td.timeshare) {
            sched.wakeup(td);
            resetPriorityAtWakeup(td);
        }
        td.state = SimThread.TDS_RUNQ;
        td.waitingFor = null;
        observer.threadWoken(now, td.tid, waker == null ? -1 : waker.tid);
        setrunqueue(td, from);
    }

    /** sched_add() and its consequences: queue td, start it on an idle CPU or preempt a worse thread. */
    private void setrunqueue(SimThread td, Cpu from) {
        sched.add(td, false);
        observer.enqueued(now, td.tid, td.priority);
        Cpu idle = sched.idleCpuFor(td);
        if (idle != null) {
            if (from != null && from != idle && ipiLatencyNs > 0) {
                sendIpi(from, idle, SimObserver.IPI_AST);
            } else {
                SimThread n = sched.choose(idle);
                if (n != null) {
                    dispatch(idle, n, null);
                }
            }
            return;
        }
        maybePreempt(td, from);
    }

    /**
     * With PREEMPTION, preempts the CPU the scheduler names for td if td is better than its thread: at once when it
     * is the waker's own CPU or no CPU signals it, by IPI_PREEMPT otherwise.
     */
    private void maybePreempt(SimThread td, Cpu from) {
        if (!preemption || td.state != SimThread.TDS_RUNQ) {
            return;
        }
        Cpu victim = sched.preemptionTarget(td);
        if (victim == null) {
            return;
        }
        if (from != null && from != victim && ipiLatencyNs > 0) {
            sendIpi(from, victim, SimObserver.IPI_PREEMPT);
            return;
        }
        SimThread v = victim.current;
        if (v.critnest > 0 || v.phase == SimThread.PH_CODE) {
            victim.owepreempt = true; // taken at critical_exit() or at the thread's next step
        } else {
            preemptRemote(victim, true);
        }
    }

    /** ipi_selected(): CPU {@code to} takes an IPI of {@code kind} after the delivery latency. */
    private void sendIpi(Cpu from, Cpu to, int kind) {
        assert !to.ipiPending;
        to.ipiPending = true;
        ipis++;
        observer.ipiSent(now, from.index, to.index, kind);
        events.add(now + ipiLatencyNs, EV_IPI, to.index, kind);
    }

    /**
     * An IPI reaches CPU c: an idle CPU runs what the scheduler chooses for it (maybe nothing any more: another CPU
     * may have taken the thread meanwhile); a busy one is preempted if a better thread still waits for it.
     */
    private void ipiArrived(Cpu c, int kind) {
        assert c.ipiPending;
        c.ipiPending = false;
        SimThread v = c.current;
        if (v == null) {
            SimThread n = sched.choose(c);
            if (n != null) {
                dispatch(c, n, null);
            }
        } else if (preemption && sched.bestPriority(c) < v.priority) {
            if (v.critnest > 0 || v.phase == SimThread.PH_CODE) {
                c.owepreempt = true;
            } else {
                preemptRemote(c, true);
            }
        }
    }

    /**
     * ULE's sched_balance() moved the queued td to CPU {@code to}'s queue: an idle {@code to} is started, by IPI from
     * CPU 0, where the balancer runs; a busy one is preempted if td is better than its thread.
     */
    void balanced(SimThread td, Cpu to) {
        Cpu from = cpus[0];
        if (to.current == null) {
            if (to.ipiPending) {
                return;
            }
            if (to != from && ipiLatencyNs > 0) {
                sendIpi(from, to, SimObserver.IPI_AST);
            } else {
                dispatch(to, sched.choose(to), null);
            }
            return;
        }
        maybePreempt(td, from);
    }

    /** Preempts the thread of a CPU that is working, switching or adaptively spinning (not in a critical section). */
    private void preemptRemote(Cpu c, boolean atHead) {
        SimThread v = c.current;
        assert v.critnest == 0 && v.phase != SimThread.PH_CODE;
        switch (v.phase) {
        case SimThread.PH_WORKING -> v.remaining = v.workEnd - now;
        case SimThread.PH_SPINNING -> {
            v.spinningOn.removeSpinner(v);
            v.spinResult = SimThread.SPIN_RETRY;
            v.waitingFor = null;
            v.remaining = 0;
        }
        default -> {
            // switching: keeps the work it had left
        }
        }
        v.preemptions++;
        observer.preempted(now, c.index, v.tid);
        v.state = SimThread.TDS_RUNQ;
        sched.add(v, atHead);
        observer.enqueued(now, v.tid, v.priority);
        switchOut(v);
    }

    /** A preemption point of the running thread: takes a pending preemption unless in a critical section. */
    void preemptionPoint(SimThread td) {
        Cpu c = td.cpu;
        if (!c.owepreempt || td.critnest > 0) {
            return;
        }
        boolean roundRobin = c.quantumExpired;
        c.owepreempt = false;
        c.quantumExpired = false;
        int best = sched.bestPriority(c);
        if (best < td.priority || (roundRobin && best <= td.priority)) {
            td.preemptions++;
            observer.preempted(now, c.index, td.tid);
            td.state = SimThread.TDS_RUNQ;
            sched.add(td, !roundRobin);
            observer.enqueued(now, td.tid, td.priority);
            switchOut(td);
            loop(td);
        }
    }

    /** critical_exit(): the last exit takes a preemption that was put off. */
    void criticalExit(SimThread td) {
        td.critnest--;
        if (td.critnest == 0 && interruptsDeferred(td)) {
            takeDeferredInterrupts(td); // interrupts are enabled again: take the ones that waited
        }
        if (td.critnest == 0 && td.cpu.owepreempt) {
            preemptionPoint(td);
        }
    }

    /** sched_relinquish(): gives the CPU to an equal or better runnable thread, if any. */
    private void relinquish(SimThread td) {
        if (td.critnest == 0 && sched.bestPriority(td.cpu) <= td.priority) {
            td.state = SimThread.TDS_RUNQ;
            sched.add(td, false);
            observer.enqueued(now, td.tid, td.priority);
            switchOut(td);
            loop(td);
        }
    }

    /** sched_prio(): sets td's current priority, re-sorting it where it waits. */
    void setPriority(SimThread td, int priority) {
        if (td.priority == priority) {
            return;
        }
        td.priority = priority;
        observer.priorityChanged(now, td.tid, priority);
        switch (td.state) {
        case SimThread.TDS_RUNQ -> {
            sched.requeue(td);
            maybePreempt(td, null);
        }
        case SimThread.TDI_LOCK -> td.blockedOn.requeue(td);
        case SimThread.TDS_RUNNING -> {
            if (sched.bestPriority(td.cpu) < priority) {
                td.cpu.owepreempt = true;
            }
        }
        default -> {
        }
        }
    }

    /** sched_unlend_prio(): td's priority from the turnstiles of the locks it still owns, or its base. */
    void unlendPriority(SimThread td) {
        setPriority(td, lentOrBase(td));
    }

    /** The best of td's base priority and what the waiters of its contested locks lend it. */
    private static int lentOrBase(SimThread td) {
        int p = td.basePriority;
        for (int i = 0; i < td.contestedCount; i++) {
            p = Math.min(p, td.contested[i].bestPriority());
        }
        return p;
    }

    /** Charges CPU c's running thread the time it ran since it was last charged. */
    private void chargeCurrent(Cpu c) {
        SimThread td = c.current;
        sched.charge(td, now - td.runSince);
        td.runSince = now;
    }

    /**
     * resetpriority() applied to a timeshare thread in any state but on its way to a run queue: the scheduler's user
     * priority becomes its base priority unless it holds a sleep priority.
     */
    private void updatePriority(SimThread td) {
        if (!td.timeshare) {
            return;
        }
        int p = sched.userPriority(td);
        td.userPriority = p;
        if (!td.sleepPriority && td.basePriority != p) {
            td.basePriority = p;
            unlendPriority(td);
            // A waiter that got better lends it along the chain of owners (propagate_priority()).
            for (Turnstile ts = td.state == SimThread.TDI_LOCK ? td.blockedOn : null; ts != null; ts = ts.owner == null
                    || ts.owner.state != SimThread.TDI_LOCK ? null : ts.owner.blockedOn) {
                SimThread o = ts.owner;
                if (o == null || o.priority <= td.priority) {
                    break;
                }
                observer.priorityPropagated(now, td.tid, o.tid, td.priority);
                setPriority(o, td.priority);
            }
        }
    }

    /** As {@link #updatePriority} for a thread being woken: on no queue, so its fields are set directly. */
    private void resetPriorityAtWakeup(SimThread td) {
        td.userPriority = sched.userPriority(td);
        if (td.sleepPriority) {
            return;
        }
        td.basePriority = td.userPriority;
        int p = lentOrBase(td);
        if (p != td.priority) {
            td.priority = p;
            observer.priorityChanged(now, td.tid, p);
        }
    }

    /** msleep() given a priority: td (running) sleeps and will run at it until it returns to user mode. */
    private void setSleepPriority(SimThread td, int priority) {
        assertRunning(td);
        td.sleepPriority = true;
        td.basePriority = priority;
        unlendPriority(td);
    }

    /** sched_userret(): a thread returning to user mode gives up its sleep priority for its user priority. */
    private void userret(SimThread td) {
        if (td.sleepPriority) {
            td.sleepPriority = false;
            td.basePriority = td.userPriority;
            unlendPriority(td);
        }
    }

    /**
     * The scheduler's periodic tick (4BSD schedcpu(), ULE sched_balance()): charges the running threads, runs the
     * scheduler's periodic work, applies the new priorities, and lets a running thread that became worse than a
     * queued one be preempted.
     */
    private void schedTick() {
        events.add(now + sched.period(), EV_SCHED, 0, 0);
        for (Cpu c : cpus) {
            if (c.current != null) {
                chargeCurrent(c);
            }
        }
        sched.periodic();
        for (SimThread td : threads) {
            updatePriority(td);
        }
        if (!preemption) {
            return;
        }
        for (Cpu c : cpus) {
            SimThread v = c.current;
            if (v != null && !c.ipiPending && sched.bestPriority(c) < v.priority && v.critnest == 0
                    && v.phase != SimThread.PH_CODE) {
                preemptRemote(c, false);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Deadlock detection and failures

    /**
     * Looks for a cycle of threads each waiting for a lock another holds, starting from td waiting for {@code l}.
     * If there is one, the run ends with a report naming the threads and locks, and td never runs again.
     */
    boolean checkDeadlock(SimThread td, LockObject l) {
        stamp++;
        if (!findCycle(td, l, null)) { // the common case: no cycle, and nothing allocated
            return false;
        }
        stamp++;
        List<Object> path = new ArrayList<>();
        findCycle(td, l, path);
        StringBuilder sb = new StringBuilder("deadlock: ");
        SimThread waiter = td;
        for (int i = 0; i < path.size(); i += 2) {
            LockObject lock = (LockObject) path.get(i);
            SimThread holder = i + 1 < path.size() ? (SimThread) path.get(i + 1) : td;
            if (i > 0) {
                sb.append("; ");
            }
            sb.append("thread ").append(waiter.name).append(" waits for ").append(lock.name).append(" held by thread ")
                    .append(holder.name);
            waiter = holder;
        }
        fail("deadlock", sb.toString());
        loop(td); // hands the baton to the controller; returns only by Shutdown
        return true;
    }

    /**
     * Depth-first search of the waits-for graph from lock {@code l}: holders of l that are themselves waiting (on a
     * turnstile, a sleep queue of an sx, or spinning) lead to the lock they wait for. Threads are visited once per
     * search (visitStamp). When {@code path} is not null it receives lock, holder, lock, holder, ... of the cycle.
     */
    private boolean findCycle(SimThread origin, LockObject l, List<Object> path) {
        for (int i = 0, n = l.holderCount(); i < n; i++) {
            SimThread o = l.holder(i);
            if (o == origin) {
                if (path != null) {
                    path.add(l);
                }
                return true;
            }
            if (visitStamp[o.tid] == stamp) {
                continue;
            }
            visitStamp[o.tid] = stamp;
            LockObject next = o.waitingFor;
            boolean waiting = o.state == SimThread.TDI_LOCK || o.state == SimThread.TDI_SLEEPING
                    || o.phase == SimThread.PH_SPINNING;
            if (next == null || !waiting) {
                continue;
            }
            if (path != null) {
                path.add(l);
                path.add(o);
            }
            if (findCycle(origin, next, path)) {
                return true;
            }
            if (path != null) {
                path.remove(path.size() - 1);
                path.remove(path.size() - 1);
            }
        }
        return false;
    }

    void panic(String message) {
        throw new SimPanic(message);
    }

    private void fail(String kind, String message) {
        if (failure == null) {
            failureKind = kind;
            failure = message;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Snapshots and results

    private void publishSnapshot() {
        snapshotRequested = false;
        published = snapshot();
    }

    /** Builds a snapshot; baton holder only (use {@link #latestSnapshot()} from other threads). */
    public EngineSnapshot snapshot() {
        List<CpuSnapshot> cs = new ArrayList<>();
        for (Cpu c : cpus) {
            boolean inInterrupt = intrContext[c.index] != null && intrContext[c.index].active;
            List<ThreadSnapshot> q = new ArrayList<>();
            for (SimThread t : sched.queueOf(c)) {
                q.add(threadSnapshot(t));
            }
            cs.add(new CpuSnapshot(c.cpuId, c.current == null ? null : c.current.name,
                    c.current == null ? 255 : c.current.priority, c.owepreempt,
                    inInterrupt ? Snapshots.CPU_INTERRUPT : CPU_STATES[c.bucket], List.copyOf(q)));
        }
        List<ThreadSnapshot> rq = new ArrayList<>();
        for (int q = 0; q < RunQueue.RQ_NQS; q++) {
            if ((runq.status() & (1L << q)) != 0) {
                for (SimThread t : runq.queue(q)) {
                    rq.add(threadSnapshot(t));
                }
            }
        }
        List<ThreadSnapshot> ts = new ArrayList<>();
        for (SimThread t : threads) {
            ts.add(threadSnapshot(t));
        }
        List<LockSnapshot> ls = new ArrayList<>();
        for (LockObject l : allLocks) {
            ls.add(l.snapshot());
        }
        List<IrqSnapshot> irqs = new ArrayList<>();
        for (int i = 0; i < interrupts.length; i++) {
            InterruptInfo ii = interrupts[i];
            int pending = ithreadOf[i] == null ? 0 : ithreadOf[i].pending;
            for (InterruptContext ic : intrContext) {
                pending += ic == null ? 0 : ic.pending(i);
            }
            int cpu = lastCpuOf[i] >= 0 ? lastCpuOf[i] : ii.targets().length > 0 ? ii.targets()[0] : -1;
            irqs.add(new IrqSnapshot(ii.name(), ii.threadName(), CompiledScenario.handlerKindName(ii.handlerKind()),
                    cpu < 0 ? -1 : cpus[cpu].cpuId, pending, arrivals[i], ii.irq()));
        }
        return new EngineSnapshot(now, List.copyOf(cs), List.copyOf(rq), List.copyOf(ts), List.copyOf(ls),
                List.copyOf(irqs));
    }

    /** Source {@code i}'s results over {@code seconds} of virtual time. */
    private SimResults.InterruptResult interruptResult(int i, double seconds) {
        InterruptInfo ii = interrupts[i];
        List<SimResults.LatencyResult> latencies = new ArrayList<>();
        if (ii.contextPaths().length > 0) {
            latencies.add(contextLatency[i].result(CompiledScenario.handlerKindName(ii.handlerKind())));
        }
        if (ii.hasIthread()) {
            latencies.add(ithreadLatency[i].result(
                    CompiledScenario.handlerKindName(CompiledScenario.HANDLER_ITHREAD)));
        }
        SimResults.LatencyResult first = latencies.get(0);
        List<SimResults.CpuShare> on = new ArrayList<>();
        for (int c = 0; c < cpus.length; c++) {
            if (startsOn[i][c] > 0) {
                on.add(new SimResults.CpuShare(cpus[c].cpuId, startsOn[i][c]));
            }
        }
        return new SimResults.InterruptResult(ii.name(), ii.threadName(), ii.hasIthread() ? ii.priority() : -1,
                CompiledScenario.handlerKindName(ii.handlerKind()), ii.irq(),
                CompiledScenario.routingName(ii.routing()), List.copyOf(on), arrivals[i], handled[i],
                arrivals[i] / seconds, first.meanNs(), first.p99Ns(), first.maxNs(), List.copyOf(latencies));
    }

    private ThreadSnapshot threadSnapshot(SimThread t) {
        String waiting = t.waitingFor != null ? t.waitingFor.name : t.sleepingOn != null ? t.sleepingOn.name : null;
        return new ThreadSnapshot(t.name, SimThread.STATE_NAMES[t.state], t.priority, t.basePriority,
                t.cpu == null ? -1 : t.cpu.cpuId, t.lastCpu < 0 ? -1 : cpus[t.lastCpu].cpuId, waiting);
    }

    /** The results so far (CPU time accounted up to now). Controller only, between runs. */
    public SimResults results(List<String> extraNotes) {
        double seconds = Math.max(1, now) / 1e9;
        List<SimResults.OperationResult> ops = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < opCount.length; i++) {
            total += opCount[i];
            ops.add(new SimResults.OperationResult(scenario.operations[i].syscall(), opCount[i], opCount[i] / seconds,
                    opCount[i] == 0 ? 0 : (double) opLatency[i] / opCount[i]));
        }
        long[] t = new long[Cpu.BUCKETS];
        long switches = 0;
        for (Cpu c : cpus) {
            c.account(now, c.bucket);
            for (int b = 0; b < Cpu.BUCKETS; b++) {
                t[b] += c.time[b];
            }
            switches += c.switches;
        }
        double all = Math.max(1, Arrays.stream(t).sum());
        double[] util = new double[Cpu.BUCKETS];
        for (int b = 0; b < Cpu.BUCKETS; b++) {
            util[b] = t[b] / all;
        }
        long preemptions = 0;
        for (SimThread td : threads) {
            preemptions += td.preemptions;
        }
        double giantHeld = 0, giantContended = 0, giantWait = 0;
        if (giant != null) {
            giantHeld = giant.holdNsUntilNow() / (double) Math.max(1, now);
            giantContended = giant.acquisitions == 0 ? 0 : giant.contentions / (double) giant.acquisitions;
            giantWait = giant.waitNs / (double) Math.max(1, now);
        }
        List<SimResults.LockResult> lockResults = allLocks.stream().filter(l -> l.acquisitions > 0)
                .sorted((a, b) -> Long.compare(b.waitNs, a.waitNs))
                .map(l -> new SimResults.LockResult(l.name, l.className(), l.acquisitions, l.contentions, l.waitNs,
                        l.holdNsUntilNow()))
                .toList();
        List<SimResults.InterruptResult> intr = new ArrayList<>();
        for (int i = 0; i < interrupts.length; i++) {
            intr.add(interruptResult(i, seconds));
        }
        List<String> notes = new ArrayList<>(scenario.notes);
        notes.addAll(extraNotes);
        List<SimResults.ProcessResult> processResults = new ArrayList<>();
        for (int p = 0; p < scenario.processes.length; p++) {
            String library = switch (libraryOf[p]) {
            case CompiledScenario.LIB_LIBC_R -> "libc_r";
            case CompiledScenario.LIB_KSE -> "KSE";
            default -> "THR";
            };
            int kses = 0;
            for (ThreadGroupInfo g : scenario.threadGroups) {
                if (g.processIndex() == p) {
                    kses = g.kses();
                }
            }
            processResults.add(new SimResults.ProcessResult(scenario.processes[p], library, userThreadCount[p],
                    kernelThreadCount[p], kses, upcalls[p], userSwitches[p]));
        }
        String outcome = failure != null ? failureKind : now >= durationNs ? "completed" : "paused";
        return new SimResults(scenario.name, scenario.settings.seed(), cpus.length, durationNs, now, List.copyOf(ops),
                total, total / seconds, util, switches, preemptions, migrations, steals, ipis, giantHeld,
                giantContended, giantWait, lockResults, List.copyOf(intr), eventCount, outcome, failure,
                List.copyOf(notes), List.copyOf(processResults));
    }
}
