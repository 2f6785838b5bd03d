package org.smpng.sim.par;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.smpng.sim.SimEngine;
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
import org.smpng.sim.kern.LatencyRecorder;
import org.smpng.sim.compile.CompiledScenario.LockTypeInfo;
import org.smpng.sim.compile.CompiledScenario.ThreadGroupInfo;
import org.smpng.sim.compile.Op;
import org.smpng.sim.kern.Rng;

/**
 * The parallel simulation engine: modeled CPUs' threads run truly concurrently on the host's cores, paced to the
 * wall clock by a scale, contending for real concurrent locks that implement FreeBSD's semantics. Runs vary from one
 * to the next; the invariants (mutual exclusion, no lost wakeup, one CPU per thread, one thread per CPU, lent
 * priority) hold in every run.
 *
 * <pre>
 * Overview.
 *
 * Why a separate engine and package. The deterministic engine (kern.Engine) owes its bit-for-bit repeatability to
 * the baton: one Java thread at a time, so its primitives need no synchronization and its time is an event list.
 * Here many Java threads run at once and time is the wall clock, so every primitive must be a real concurrent
 * object with its own locking, and the scheduler needs a real sched_lock. Sharing the primitives would burden the
 * deterministic ones with synchronization they do not need (and their determinism with races), so this package has
 * its own, written after the same FreeBSD sources; what the two modes share is the input (CompiledScenario), the
 * outputs (SimObserver, Snapshots, SimResults) and the SimEngine interface through which Simulation drives both.
 *
 * Threads. Every modeled kernel thread (user threads, interrupt threads) has its own platform Java thread. It runs
 * modeled code only while dispatched on a modeled CPU (its cpu field set, under sched_lock, by whoever dispatched
 * it); otherwise it parks in awaitDispatch(). mi_switch() picks the next thread, hands it the CPU and unparks it, then
 * parks the old one: at most one modeled thread per modeled CPU runs modeled code, and N CPUs run up to N threads at
 * once. A CPU with no thread runs its idle thread, which is a state rather than a Java thread: there is nothing for
 * it to execute, and a thread made runnable is dispatched straight onto an idle CPU by whoever makes it runnable
 * (sched_add() finding an idle CPU), the way an idle CPU would pick it up.
 *
 * Time. Virtual time is the wall clock since the start times the scale (VirtualClock). Work steps, think time and
 * cache-line transfers are paced: the thread keeps its CPU (and its host core, spinning for short stretches,
 * parked for long ones) until the virtual deadline, taking preemptions on the way. Everything else — the lock
 * code, the scheduler, the real parks and unparks — costs what it costs on the host, scaled into virtual time;
 * the scenario's context-switch cost is not added on top of the real one.
 *
 * Scheduler: 4BSD, after kern/sched_4bsd.c. One global RunQueue guarded by sched_lock (a host spin lock). A thread
 * made runnable goes to an idle CPU (its last CPU first); else, with PREEMPTION, the CPU running the worst-priority
 * thread worse than it is asked to preempt (owepreempt, and its thread unparked if it waits out paced work); the
 * victim takes the preemption at its next preemption point, or at critical_exit() when in a critical section.
 * roundrobin() runs every quantum from the clock thread and asks CPUs whose thread has an equal or better runnable
 * competitor to switch (at the tail of its queue). Simplified as in the deterministic engine: no estcpu decay, no
 * sleep priorities, no remote IPI latency.
 *
 * The clock thread is hardclock plus the callout wheel: it raises interrupt arrivals at the scenario's rates
 * (scheduling the interrupt threads), runs roundrobin() and the msleep timeouts, and builds requested snapshots.
 *
 * Pausing (runUntil/step/stop) quiesces the run: every thread on a CPU parks at its next pause point (a preemption
 * point outside critical sections) while keeping its CPU, the clock thread parks, and once all are at rest the
 * clock is frozen. Nothing else can move then: only running threads and the clock change state.
 *
 * Failures. A panic (lock misuse) in any thread ends the run. Deadlock: the controller, while it waits, scans the
 * waits-for graph every few milliseconds (a watchdog) and reports a cycle that is still there, with every member
 * still in the same wait, at the next scan. A guard ends a run whose threads do not come to rest within seconds of
 * a pause or shutdown, so a bug can never hang the caller.
 *
 * Lock order (host locks, outermost first): sx interlock, sleep queue chain, turnstile chain, sched_lock, callout
 * lock, observer lock. Modeled locks are acquired only while holding no host lock.
 * </pre>
 *
 * <p>Locking key: (s) {@link #schedLock} for the run queue, CPUs' current threads, thread states and priorities,
 * turnstiles and the interrupt bookkeeping; (k) the clock thread alone for the arrival processes; (l)
 * {@link #calloutLock} for the callouts; (r) the controlling thread (the caller of run/step) for the control fields
 * not marked volatile. Volatile fields may be read by any thread.
 */
public final class ParEngine implements SimEngine {

    /** The default scale: one virtual nanosecond per wall nanosecond (real time). */
    public static final double DEFAULT_SCALE = 1.0;

    /** Paced waits longer than this (wall ns) park; shorter ones spin. */
    private static final long PARK_ABOVE_NS = 100_000;
    /**
     * Spin iterations between yields of the host core. The host may have fewer cores than the model has CPUs (and
     * other work): a spinner whose lock holder or pacing partner is not on a host core must let it run, or it spins
     * away its whole host time slice — the lock-holder preemption problem of virtual machines.
     */
    static final int SPINS_PER_YIELD = 64;

    /** One iteration of a spin loop: Thread.onSpinWait, and a host yield every {@link #SPINS_PER_YIELD}. */
    static void relax(int spins) {
        if (spins % SPINS_PER_YIELD == 0) {
            Thread.yield();
        } else {
            Thread.onSpinWait();
        }
    }

    /** How often the controller runs the deadlock watchdog (wall ns). */
    private static final long WATCHDOG_PERIOD_NS = 5_000_000;
    /** How long threads may take to come to rest after a pause or a shutdown (wall ns). */
    private static final long REST_GUARD_NS = 5_000_000_000L;

    private static final String[] CPU_STATES = { Snapshots.CPU_USER, Snapshots.CPU_KERNEL, Snapshots.CPU_SPIN,
            Snapshots.CPU_INTERRUPT, Snapshots.CPU_IDLE };

    /** Unwinds a modeled thread's Java stack when the engine shuts down. */
    private static final class Shutdown extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Shutdown() {
            super(null, null, false, false);
        }
    }

    private static final Shutdown SHUTDOWN = new Shutdown();

    /** A FreeBSD panic(): the model did something the kernel forbids. Ends the run. */
    static final class SimPanic extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SimPanic(String message) {
            super(message);
        }
    }

    /** A pending msleep timeout (a callout). */
    private record Callout(long time, KThread td, int seq, SleepQueue sq) {
    }

    final CompiledScenario scenario;
    private final SimObserver observer;
    private final boolean observed;
    private final Object observerLock = new Object();
    private long lastObservedTime; // guarded by observerLock
    final VirtualClock clock;
    final boolean adaptiveSpinning, preemption;
    final long quantumNs, durationNs;

    final SpinLock schedLock = new SpinLock("sched lock");
    final RunQueue runq = new RunQueue(schedLock); // (s)
    final Pcpu[] cpus;
    final KThread[] threads;
    final ParLock[][] locks;
    final List<ParLock> allLocks = new ArrayList<>();
    final SleepQueue[] channels;
    final ParLock giant;

    /* Interrupts. */
    private final InterruptInfo[] interrupts;
    private final KThread[] ithreadOf;
    private final long[] arrivals, started, latencySum, latencyMax; // (s)
    /** Per source, assertion-to-handler latencies (in this mode every handler runs in the ithread); (s). */
    private final LatencyRecorder[] latencies;
    private final long[] handled; // written by the source's interrupt thread only
    private final long[][] pendingSince; // (s) a ring per source
    private final int[] pendingHead; // (s)
    private final Rng[] arrivalRng; // (k)
    private final long[] nextArrival; // (k)
    private final double[] nextNominal; // (k)
    private final int[] burstLeft; // (k)

    private final SpinLock calloutLock = new SpinLock("callout lock");
    private final PriorityQueue<Callout> callouts = new PriorityQueue<>((a, b) -> Long.compare(a.time, b.time)); // (l)

    /* Control. */
    private Thread clockThread;
    private volatile Thread controller;
    private boolean begun, closed; // (r)
    private long limit; // (r)
    volatile boolean pauseRequested = true;
    private volatile boolean shutdown;
    private volatile boolean stopRequested, snapshotRequested, clockPaused;
    private final AtomicInteger pausedThreads = new AtomicInteger();
    private volatile EngineSnapshot published;
    private final Object failLock = new Object();
    private volatile String failure, failureKind; // written under failLock
    /** The cycle the watchdog saw at its last scan (tids and wait numbers), to confirm it at the next. */
    private long[] suspectedCycle; // (r)

    public ParEngine(CompiledScenario scenario, SimObserver observer, double scale) {
        this.scenario = scenario;
        this.observer = observer == null ? SimObserver.NONE : observer;
        this.observed = this.observer != SimObserver.NONE;
        this.clock = new VirtualClock(scale);
        CompiledScenario.Settings s = scenario.settings;
        this.adaptiveSpinning = s.adaptiveSpinning();
        this.preemption = s.preemption();
        this.quantumNs = s.quantumNs();
        this.durationNs = s.durationNs();

        cpus = new Pcpu[scenario.machine.cpus()];
        for (int i = 0; i < cpus.length; i++) {
            cpus[i] = new Pcpu(i, scenario.machine.cpuId()[i]);
        }
        int ops = scenario.operations.length;
        List<KThread> ts = new ArrayList<>();
        for (int g = 0; g < scenario.threadGroups.length; g++) {
            ThreadGroupInfo gi = scenario.threadGroups[g];
            for (int k = 0; k < gi.count(); k++) {
                int tid = ts.size();
                ts.add(new KThread(tid, gi.process() + "/" + gi.name() + "#" + k, gi.priority(), false,
                        gi.processIndex(), -1, g, new Rng(s.seed(), tid), ops));
            }
        }
        interrupts = scenario.interrupts;
        int n = interrupts.length;
        ithreadOf = new KThread[n];
        arrivals = new long[n];
        handled = new long[n];
        started = new long[n];
        latencySum = new long[n];
        latencyMax = new long[n];
        latencies = new LatencyRecorder[n];
        for (int i = 0; i < n; i++) {
            latencies[i] = new LatencyRecorder();
        }
        pendingSince = new long[n][8];
        pendingHead = new int[n];
        arrivalRng = new Rng[n];
        nextArrival = new long[n];
        nextNominal = new double[n];
        burstLeft = new int[n];
        for (int i = 0; i < n; i++) {
            InterruptInfo ii = interrupts[i];
            int tid = ts.size();
            KThread it = new KThread(tid, ii.threadName(), ii.priority(), true, scenario.processes.length,
                    ii.device(), -1 - i, new Rng(s.seed(), tid), ops);
            it.state = KThread.TDI_IWAIT;
            ts.add(it);
            ithreadOf[i] = it;
            arrivalRng[i] = new Rng(s.seed(), 1_000_000 + i);
        }
        threads = ts.toArray(KThread[]::new);

        locks = new ParLock[scenario.lockTypes.length][];
        int devices = Math.max(1, scenario.machine.devices());
        for (LockTypeInfo t : scenario.lockTypes) {
            int count = switch (t.instances()) {
            case CompiledScenario.INST_SINGLE -> 1;
            case CompiledScenario.INST_PER_CPU -> cpus.length;
            case CompiledScenario.INST_PER_PROCESS -> scenario.processes.length + 1;
            case CompiledScenario.INST_PER_DEVICE -> devices;
            case CompiledScenario.INST_FIXED -> t.fixedCount();
            default -> 2 * threads.length; // two per thread, so a DUPOK nested acquire gets a second instance
            };
            locks[t.id()] = new ParLock[count];
            for (int k = 0; k < count; k++) {
                String name = count == 1 ? t.name() : t.name() + "#" + k;
                int id = allLocks.size();
                ParLock l = switch (t.kind()) {
                case CompiledScenario.SPIN_MUTEX -> new SpinMutex(id, t, name, this);
                case CompiledScenario.SX, CompiledScenario.LOCKMGR -> new SxLock(id, t, name, this);
                default -> new SleepMutex(id, t, name, this); // other classes: the compiler refuses paths using them
                };
                locks[t.id()][k] = l;
                allLocks.add(l);
            }
        }
        giant = scenario.giant >= 0 ? locks[scenario.giant][0] : null;
        channels = new SleepQueue[scenario.channels.length];
        for (int i = 0; i < channels.length; i++) {
            channels[i] = new SleepQueue(i, scenario.channels[i]);
        }
    }

    public double scale() {
        return clock.scale;
    }

    @Override
    public SimObserver.RunInfo runInfo() {
        return new SimObserver.RunInfo(Arrays.stream(threads).map(t -> t.name).toList(),
                allLocks.stream().map(l -> l.name).toList(), Arrays.stream(cpus).map(c -> "cpu" + c.cpuId).toList(),
                Arrays.stream(scenario.operations).map(o -> o.syscall()).toList(), List.of(scenario.channels),
                allLocks.stream().mapToInt(l -> l.type.id()).toArray(), scenario);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Controller API

    /** Creates the Java threads (parked until dispatched) and makes the user threads runnable. Controller only. */
    private void start() {
        begun = true;
        observer.attached(runInfo());
        for (KThread td : threads) {
            Thread t = Thread.ofPlatform().daemon().name("smpng-par " + td.name).unstarted(() -> threadMain(td));
            td.javaThread = t;
        }
        for (int i = 0; i < interrupts.length; i++) {
            nextArrival[i] = nextArrivalAfter(i, 0, true);
        }
        clockThread = Thread.ofPlatform().daemon().name("smpng-par clock").unstarted(this::clockMain);
        schedLock.lock();
        for (KThread td : threads) {
            if (!td.ithread) {
                td.state = KThread.TDI_SLEEPING; // becomes runnable at time 0, in tid order
                setrunnable(td, null);
            }
        }
        schedLock.unlock();
        for (KThread td : threads) {
            td.javaThread.start();
        }
        clockThread.start();
    }

    /**
     * Runs until virtual time {@code t} (at most the duration), a failure or {@link #requestStop()}, then brings the
     * run to rest. Controller only.
     */
    @Override
    public synchronized void runUntil(long t) {
        if (closed || failure != null) {
            return;
        }
        controller = Thread.currentThread();
        if (!begun) {
            start();
        }
        limit = Math.min(t, durationNs);
        if (clock.now() >= limit) {
            return;
        }
        stopRequested = false;
        resume();
        long nextScan = System.nanoTime() + WATCHDOG_PERIOD_NS;
        for (;;) {
            if (failure != null || stopRequested) {
                break;
            }
            long wall = clock.wallNanosUntil(limit);
            if (wall <= 0) {
                break;
            }
            if (System.nanoTime() >= nextScan) {
                watchdog();
                nextScan = System.nanoTime() + WATCHDOG_PERIOD_NS;
            }
            LockSupport.parkNanos(this, Math.min(wall, WATCHDOG_PERIOD_NS));
        }
        if (failure == null) {
            quiesce();
        }
        if (failure != null) {
            teardown();
        }
        publishSnapshot();
    }

    /** Step in the parallel mode: runs one scheduling quantum of virtual time. Controller only. */
    @Override
    public void step() {
        runUntil(clock.now() + quantumNs);
    }

    @Override
    public void requestStop() {
        stopRequested = true;
        Thread c = controller;
        if (c != null) {
            LockSupport.unpark(c);
        }
    }

    @Override
    public long now() {
        return clock.now();
    }

    @Override
    public boolean finished() {
        return failure != null || clock.now() >= durationNs;
    }

    public String failure() {
        return failure;
    }

    @Override
    public void requestSnapshot() {
        snapshotRequested = true;
        if (clock.frozen()) {
            published = snapshot();
            snapshotRequested = false;
        }
    }

    @Override
    public EngineSnapshot latestSnapshot() {
        return published;
    }

    /** Ends every modeled thread's Java thread and the clock thread. Controller only. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (begun) {
            teardown();
        }
    }

    /** Lets the paused threads and the clock go on from the frozen time. Controller only; the run is at rest. */
    private void resume() {
        clock.resume();
        pauseRequested = false;
        unparkAll();
    }

    private void unparkAll() {
        for (KThread td : threads) {
            LockSupport.unpark(td.javaThread);
        }
        LockSupport.unpark(clockThread);
    }

    /**
     * Brings the run to rest: every thread on a CPU at a pause point, the clock parked, then the clock frozen.
     * Controller only. If the threads do not come to rest within the guard, the run fails (and is torn down).
     */
    private void quiesce() {
        pauseRequested = true;
        unparkAll();
        long deadline = System.nanoTime() + REST_GUARD_NS;
        long nextScan = System.nanoTime() + WATCHDOG_PERIOD_NS;
        for (;;) {
            if (failure != null) {
                return;
            }
            if (atRest()) {
                clock.freeze();
                return;
            }
            if (System.nanoTime() >= nextScan) {
                watchdog(); // a model deadlocked inside a critical section never comes to rest
                nextScan = System.nanoTime() + WATCHDOG_PERIOD_NS;
            }
            if (System.nanoTime() > deadline) {
                fail("stall", "the parallel run did not come to rest within " + REST_GUARD_NS / 1_000_000_000
                        + " s of a pause; running: " + runningThreads());
                return;
            }
            LockSupport.parkNanos(this, 200_000);
        }
    }

    /** Whether every busy CPU's thread is parked at a pause point and the clock is parked. */
    private boolean atRest() {
        if (!clockPaused) {
            return false;
        }
        schedLock.lock();
        int busy = 0;
        for (Pcpu c : cpus) {
            if (c.current != null) {
                busy++;
            }
        }
        boolean rest = pausedThreads.get() == busy;
        schedLock.unlock();
        return rest;
    }

    private String runningThreads() {
        List<String> names = new ArrayList<>();
        for (Pcpu c : cpus) {
            KThread t = c.current;
            if (t != null) {
                names.add(t.name + " on cpu" + c.cpuId);
            }
        }
        return names.toString();
    }

    /** Stops every thread for good: they unwind at their next park or spin. Controller only. */
    private void teardown() {
        clock.freeze();
        shutdown = true;
        unparkAll();
        long deadline = System.nanoTime() + REST_GUARD_NS;
        for (KThread td : threads) {
            joinUntil(td.javaThread, deadline);
        }
        joinUntil(clockThread, deadline);
    }

    private static void joinUntil(Thread t, long deadline) {
        if (t == null) {
            return;
        }
        try {
            t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Records the first failure and wakes the controller; any thread. */
    private void fail(String kind, String message) {
        synchronized (failLock) { // not the engine's monitor: the controller holds that while it waits
            if (failure == null) {
                failureKind = kind;
                failure = message;
            }
        }
        Thread c = controller;
        if (c != null) {
            LockSupport.unpark(c);
        }
    }

    void panic(String message) {
        throw new SimPanic(message);
    }

    void checkShutdown() {
        if (shutdown) {
            throw SHUTDOWN;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The deadlock watchdog (controller)

    /**
     * Looks for a cycle of threads each waiting for a lock held by the next; a cycle seen at two consecutive scans
     * with every member still in the same wait (waitSeq) is a deadlock: a waiting thread executes no modeled code, so
     * none of them can have released anything in between. Ends the run with the cycle.
     */
    private void watchdog() {
        List<KThread> cycle = findCycle();
        if (cycle == null) {
            suspectedCycle = null;
            return;
        }
        long[] key = new long[cycle.size() * 2];
        for (int i = 0; i < cycle.size(); i++) {
            key[2 * i] = cycle.get(i).tid;
            key[2 * i + 1] = cycle.get(i).waitSeq;
        }
        if (suspectedCycle == null || !Arrays.equals(suspectedCycle, key)) {
            suspectedCycle = key;
            return;
        }
        StringBuilder sb = new StringBuilder("deadlock: ");
        for (int i = 0; i < cycle.size(); i++) {
            KThread w = cycle.get(i), h = cycle.get((i + 1) % cycle.size());
            ParLock l = w.waitingFor;
            if (i > 0) {
                sb.append("; ");
            }
            sb.append("thread ").append(w.name).append(" waits for ").append(l == null ? "?" : l.name)
                    .append(" held by thread ").append(h.name);
        }
        fail("deadlock", sb.toString());
    }

    /** A cycle in the waits-for graph (each thread waits for a lock the next holds), rotated to start at its lowest tid. */
    private List<KThread> findCycle() {
        int n = threads.length;
        int[] color = new int[n]; // 0 new, 1 on the path, 2 done
        List<KThread> holders = new ArrayList<>();
        for (KThread start : threads) {
            if (color[start.tid] != 0 || start.waitingFor == null) {
                continue;
            }
            List<KThread> path = new ArrayList<>();
            KThread cur = start;
            while (cur != null && color[cur.tid] == 0) {
                color[cur.tid] = 1;
                path.add(cur);
                ParLock l = cur.waitingFor;
                KThread next = null;
                if (l != null) {
                    holders.clear();
                    l.holders(holders);
                    for (KThread h : holders) {
                        if (h != cur && (color[h.tid] == 1 || (color[h.tid] == 0 && h.waitingFor != null))) {
                            next = h;
                            break;
                        }
                    }
                }
                if (next != null && color[next.tid] == 1) {
                    List<KThread> cycle = new ArrayList<>(path.subList(path.indexOf(next), path.size()));
                    int lowest = 0;
                    for (int i = 1; i < cycle.size(); i++) {
                        if (cycle.get(i).tid < cycle.get(lowest).tid) {
                            lowest = i;
                        }
                    }
                    java.util.Collections.rotate(cycle, -lowest);
                    return cycle;
                }
                cur = next;
            }
            for (KThread t : path) {
                color[t.tid] = 2;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Scheduling (sched_4bsd.c)

    void assertOnCpu(KThread td) {
        assert td.javaThread == Thread.currentThread() : td + " called from another Java thread";
        assert td.cpu != null && td.state == KThread.TDS_RUNNING : td + " is not running on a CPU";
    }

    /**
     * setrunnable() + sched_add(): td becomes runnable; an idle CPU takes it at once, or it may preempt a CPU.
     * Entry and exit: sched_lock held.
     */
    void setrunnable(KThread td, KThread waker) {
        assert schedLock.isHeldByCurrentThread();
        assert td.state != KThread.TDS_RUNNING && td.state != KThread.TDS_RUNQ : td + " is already runnable";
        td.state = KThread.TDS_RUNQ;
        if (observed) {
            observe(o -> o.threadWoken(time(), td.tid, waker == null ? -1 : waker.tid));
        }
        runq.add(td, false);
        if (observed) {
            observe(o -> o.enqueued(time(), td.tid, td.priority));
        }
        Pcpu idle = null;
        if (td.lastCpu >= 0 && cpus[td.lastCpu].current == null) {
            idle = cpus[td.lastCpu];
        } else {
            for (Pcpu c : cpus) {
                if (c.current == null) {
                    idle = c;
                    break;
                }
            }
        }
        if (idle != null) {
            KThread next = runq.choose();
            runq.remove(next);
            dispatch(idle, next, null);
            return;
        }
        maybePreempt(td);
    }

    /** With PREEMPTION, asks the CPU running the worst thread to switch if td is better. Entry/exit: sched_lock. */
    private void maybePreempt(KThread td) {
        if (!preemption || td.state != KThread.TDS_RUNQ) {
            return;
        }
        Pcpu victim = null;
        int worst = td.priority;
        for (Pcpu c : cpus) {
            KThread cur = c.current;
            if (cur != null && cur.priority > worst && !c.owepreempt) {
                worst = cur.priority;
                victim = c;
            }
        }
        if (victim != null) {
            victim.owepreempt = true;
            LockSupport.unpark(victim.current.javaThread); // it may be waiting out paced work
        }
    }

    /** cpu_switch() onto {@code next}. Entry and exit: sched_lock held; c is idle or being left by prev. */
    private void dispatch(Pcpu c, KThread next, KThread prev) {
        assert schedLock.isHeldByCurrentThread();
        long now = clock.now();
        next.state = KThread.TDS_RUNNING;
        next.lastCpu = c.index;
        c.current = next;
        c.owepreempt = false;
        c.quantumExpired = false;
        c.switches++;
        c.account(now, next.ithread ? Pcpu.INTR : Pcpu.KERNEL);
        if (observed) {
            observe(o -> o.contextSwitch(time(), c.index, prev == null ? -1 : prev.tid, next.tid));
        }
        next.cpu = c; // last: from here on the thread may run
        LockSupport.unpark(next.javaThread);
    }

    /**
     * mi_switch(): td (no longer TDS_RUNNING, or on the run queue) leaves its CPU to the best runnable thread or to
     * idle, then parks until some CPU is given to it. Entry: sched_lock held, td on its CPU. Exit: sched_lock not
     * held, td running on a CPU (maybe another).
     */
    void miSwitch(KThread td) {
        assert schedLock.isHeldByCurrentThread();
        Pcpu c = td.cpu;
        td.switches++;
        c.owepreempt = false;
        c.quantumExpired = false;
        KThread next = runq.choose();
        if (next == td) { // preempted, but still the best: keep the CPU
            runq.remove(td);
            td.state = KThread.TDS_RUNNING;
            schedLock.unlock();
            return;
        }
        td.cpu = null;
        if (next != null) {
            runq.remove(next);
            dispatch(c, next, td);
        } else {
            c.current = null;
            c.account(clock.now(), Pcpu.IDLE);
            if (observed) {
                observe(o -> o.contextSwitch(time(), c.index, td.tid, -1));
            }
        }
        schedLock.unlock();
        awaitDispatch(td);
    }

    /** Parks td's Java thread until it is dispatched on a CPU. Entry and exit: no host lock. */
    private void awaitDispatch(KThread td) {
        while (td.cpu == null) {
            checkShutdown();
            LockSupport.park(this);
        }
        checkShutdown();
        if (pauseRequested && td.critnest == 0) {
            pausePoint(td);
        }
    }

    /**
     * A preemption point: takes a pending preemption (or a pause) unless in a critical section. Entry and exit: td
     * runs on a CPU, no host lock; it may have been switched out and back in.
     */
    void preemptionPoint(KThread td) {
        assert !schedLock.isHeldByCurrentThread() : "preemption point with sched_lock held";
        if (td.critnest > 0) {
            return;
        }
        if (pauseRequested) {
            pausePoint(td);
        }
        Pcpu c = td.cpu;
        if (!c.owepreempt) {
            return;
        }
        schedLock.lock();
        boolean roundRobin = c.quantumExpired;
        c.owepreempt = false;
        c.quantumExpired = false;
        int best = runq.bestPriority();
        if (best < td.priority || (roundRobin && best <= td.priority)) {
            td.preemptions++;
            if (observed) {
                observe(o -> o.preempted(time(), c.index, td.tid));
            }
            td.state = KThread.TDS_RUNQ;
            runq.add(td, !roundRobin);
            if (observed) {
                observe(o -> o.enqueued(time(), td.tid, td.priority));
            }
            miSwitch(td);
        } else {
            schedLock.unlock();
        }
    }

    /** Parks a running thread (keeping its CPU) while the run is paused. Entry and exit: on a CPU, no host lock. */
    private void pausePoint(KThread td) {
        pausedThreads.incrementAndGet();
        try {
            while (pauseRequested) {
                checkShutdown();
                LockSupport.park(this);
            }
        } finally {
            pausedThreads.decrementAndGet();
        }
    }

    /** critical_exit(): the last exit takes a preemption that was put off. Entry and exit: on a CPU. */
    void criticalExit(KThread td) {
        td.critnest--;
        if (td.critnest == 0 && (td.cpu.owepreempt || pauseRequested)) {
            preemptionPoint(td);
        }
    }

    /** sched_relinquish(): gives the CPU to an equal or better runnable thread. Entry and exit: on a CPU. */
    private void relinquish(KThread td) {
        if (td.critnest > 0) {
            return;
        }
        schedLock.lock();
        if (runq.bestPriority() <= td.priority) {
            td.state = KThread.TDS_RUNQ;
            runq.add(td, false);
            if (observed) {
                observe(o -> o.enqueued(time(), td.tid, td.priority));
            }
            miSwitch(td);
        } else {
            schedLock.unlock();
        }
    }

    /** sched_prio(): sets td's priority, re-sorting it where it waits. Entry and exit: sched_lock held. */
    void setPriority(KThread td, int priority) {
        assert schedLock.isHeldByCurrentThread();
        if (td.priority == priority) {
            return;
        }
        td.priority = priority;
        if (observed) {
            observe(o -> o.priorityChanged(time(), td.tid, priority));
        }
        switch (td.state) {
        case KThread.TDS_RUNQ -> {
            runq.remove(td);
            runq.add(td, false);
            maybePreempt(td);
        }
        case KThread.TDI_LOCK -> td.blockedOn.requeue(td);
        case KThread.TDS_RUNNING -> {
            if (runq.bestPriority() < priority && td.cpu != null) {
                td.cpu.owepreempt = true;
            }
        }
        default -> {
        }
        }
    }

    /** sched_unlend_prio(): td's priority from the turnstiles it still owns, or its base. Entry/exit: sched_lock. */
    void unlendPriority(KThread td) {
        int p = td.basePriority;
        for (int i = 0; i < td.contestedCount; i++) {
            p = Math.min(p, td.contested[i].bestPriority());
        }
        setPriority(td, p);
    }

    /**
     * Spends {@code ns} of virtual CPU time as {@code kind}, paced to the wall clock: parks for long stretches, spins
     * for short ones, and takes preemptions (outside critical sections) on the way, keeping the work left. Entry and
     * exit: td runs on a CPU, no host lock.
     */
    void consume(KThread td, long ns, int kind) {
        if (ns <= 0) {
            return;
        }
        assert !schedLock.isHeldByCurrentThread() : "paced work with sched_lock held";
        int bucket = td.ithread && kind == Pcpu.KERNEL ? Pcpu.INTR : kind;
        long now = clock.now();
        long end = now + ns;
        td.cpu.account(now, bucket);
        int spins = 0;
        for (;;) {
            checkShutdown();
            if (td.critnest == 0 && (td.cpu.owepreempt || pauseRequested)) {
                long left = end - clock.now();
                preemptionPoint(td);
                now = clock.now();
                end = now + Math.max(0, left);
                td.cpu.account(now, bucket);
            }
            long wall = clock.wallNanosUntil(end);
            if (wall <= 0) {
                break;
            }
            if (wall > PARK_ABOVE_NS) {
                LockSupport.parkNanos(this, wall - PARK_ABOVE_NS / 2);
            } else {
                relax(++spins);
            }
        }
        td.cpu.account(clock.now(), td.ithread ? Pcpu.INTR : Pcpu.KERNEL);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Modeled threads

    private void threadMain(KThread td) {
        try {
            awaitDispatch(td);
            if (td.ithread) {
                ithreadLoop(td, -1 - td.group);
            } else {
                userLoop(td, scenario.threadGroups[td.group]);
            }
        } catch (Shutdown e) {
            // the engine is closing
        } catch (SimPanic e) {
            fail("panic", "panic: " + e.getMessage() + " (thread " + td.name + " at " + clock.now() + " ns)");
        } catch (Throwable e) {
            fail("error", "engine error in thread " + td.name + " at " + clock.now() + " ns: " + e);
        }
    }

    private void userLoop(KThread td, ThreadGroupInfo g) {
        Rng rng = td.rng;
        double[] cw = g.cumulativeWeights();
        for (;;) {
            consume(td, g.thinkTime().sample(rng), Pcpu.USER);
            preemptionPoint(td);
            double u = rng.nextDouble() * cw[cw.length - 1];
            int k = 0;
            while (k < g.operations().length - 1 && u >= cw[k]) {
                k++;
            }
            int op = g.operations()[k];
            long start = clock.now();
            exec(td, scenario.paths[scenario.operations[op].path()].steps());
            if (td.heldCount != 0 || td.critnest != 0) {
                panic("syscall " + scenario.operations[op].syscall() + " returned to user mode with "
                        + (td.heldCount != 0 ? "lock " + td.held[td.heldCount - 1] + " held" : "a critical section"));
            }
            long end = clock.now();
            td.opCount[op]++;
            td.opLatency[op] += end - start;
            if (observed) {
                observe(o -> o.operationCompleted(time(), td.tid, op, end - start));
            }
        }
    }

    /** ithread_loop(): wait for an interrupt, run the handlers, repeat. */
    private void ithreadLoop(KThread td, int source) {
        InterruptInfo ii = interrupts[source];
        for (;;) {
            schedLock.lock();
            while (td.pending == 0) {
                td.state = KThread.TDI_IWAIT;
                miSwitch(td);
                schedLock.lock();
            }
            td.pending--;
            long now = clock.now();
            long[] ring = pendingSince[source];
            long latency = Math.max(0, now - ring[pendingHead[source]]);
            pendingHead[source] = (pendingHead[source] + 1) % ring.length;
            started[source]++;
            latencySum[source] += latency;
            latencyMax[source] = Math.max(latencyMax[source], latency);
            latencies[source].record(latency);
            schedLock.unlock();
            // Simplified in this mode: fast handlers and filters (run in interrupt context by the deterministic
            // engine) run here in the interrupt thread, before the ithread handlers.
            for (int p : ii.contextPaths()) {
                exec(td, scenario.paths[p].steps());
            }
            for (int p : ii.paths()) {
                exec(td, scenario.paths[p].steps());
            }
            if (td.heldCount != 0 || td.critnest != 0) {
                panic("interrupt handler of " + ii.name() + " returned with a lock held or in a critical section");
            }
            handled[source]++;
            preemptionPoint(td);
        }
    }

    /** The code path interpreter. Entry and exit: td runs on a CPU, no host lock. */
    private void exec(KThread td, Op[] steps) {
        for (Op op : steps) {
            switch (op.code) {
            case Op.ACQUIRE -> acquire(td, op);
            case Op.RELEASE -> release(td, op);
            case Op.WORK -> consume(td, op.dist.sample(td.rng), Pcpu.KERNEL);
            case Op.SLEEP -> msleep(td, op);
            case Op.WAKEUP, Op.BROADCAST -> wakeupChannel(td, op.channel, op.all);
            case Op.SIGNAL -> wakeupChannel(td, op.channel, false);
            case Op.CRITICAL_ENTER -> td.critnest++;
            case Op.CRITICAL_EXIT -> {
                if (td.critnest == 0) {
                    panic("critical_exit without critical_enter");
                }
                criticalExit(td);
            }
            case Op.CALL -> exec(td, scenario.paths[op.target].steps());
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

    private void acquire(KThread td, Op op) {
        td.site = op.site;
        ParLock l = instanceFor(td, op.lockType);
        if (op.tryLock) {
            while (!l.tryLock(td, op.shared)) {
                consume(td, scenario.settings.tryBackoffNs(), Pcpu.KERNEL);
                preemptionPoint(td);
            }
        } else {
            l.lock(td, op.shared);
        }
        td.pushHeld(l);
    }

    /** The instance of a lock type td acquires: the same rules as the deterministic engine. */
    private ParLock instanceFor(KThread td, int type) {
        ParLock[] inst = locks[type];
        LockTypeInfo t = scenario.lockTypes[type];
        int held = td.countHeld(type);
        if (held > 0) {
            if (t.recursable()) {
                return td.findHeld(type);
            }
            if (!t.dupOk()) {
                panic("recursing on non-recursive lock type " + t.name() + " (not MTX_RECURSE, not DUPOK)");
            }
        }
        int base = switch (t.instances()) {
        case CompiledScenario.INST_SINGLE -> 0;
        case CompiledScenario.INST_PER_CPU -> td.cpu.index;
        case CompiledScenario.INST_PER_PROCESS -> td.processIndex;
        case CompiledScenario.INST_PER_DEVICE -> Math.max(0, td.device);
        case CompiledScenario.INST_FIXED -> td.tid;
        default -> 2 * td.tid;
        };
        return inst[(base + held) % inst.length];
    }

    private void release(KThread td, Op op) {
        td.site = op.site;
        ParLock l = td.popHeld(op.lockType);
        if (l == null) {
            panic("releasing lock type " + scenario.lockTypes[op.lockType].name() + " that is not held");
        }
        l.unlock(td);
    }

    /**
     * msleep()/cv_wait() of a code path: checks as WITNESS_WARN does, then sleeps on the channel with the interlock
     * and Giant dropped, and takes both back on wakeup. Entry and exit: on a CPU, holding the same modeled locks.
     */
    private void msleep(KThread td, Op op) {
        td.site = op.site;
        ParLock interlock = null;
        if (op.lockType >= 0) {
            interlock = td.findHeld(op.lockType);
            if (interlock == null) {
                panic("msleep on " + scenario.channels[op.channel] + ": interlock "
                        + scenario.lockTypes[op.lockType].name() + " not held");
            }
            if (interlock.recursed(td)) {
                panic("msleep interlock " + interlock.name + " is recursed");
            }
            if (interlock == giant) {
                interlock = null; // Giant is dropped and picked up anyway
            }
        }
        for (int i = 0; i < td.heldCount; i++) {
            ParLock l = td.held[i];
            if (l != interlock && l != giant && !l.type.sleepable()) {
                panic("sleeping on \"" + scenario.channels[op.channel] + "\" with non-sleepable lock " + l.name
                        + " held");
            }
        }
        if (td.critnest > 0) {
            panic("sleeping in a critical section or with a spin mutex held");
        }
        long timeout = op.dist != null ? op.dist.sample(td.rng)
                : scenario.channelWoken[op.channel] ? -1 : scenario.externalWakeup.sample(td.rng);
        sleep(td, channels[op.channel], null, interlock, null, timeout);
    }

    /** cv_wait() of an sx lock on its sleep queue. Entry: the sx interlock held. Exit: not held; td ran again. */
    void cvWait(KThread td, SleepQueue sq, ParLock waitLock, SpinLock interlock) {
        assert interlock.isHeldByCurrentThread();
        sleep(td, sq, waitLock, null, interlock, -1);
    }

    /**
     * sleepq_add() + sleepq_wait(): joins the queue, arms the timeout, drops Giant (DROP_GIANT) and the interlock
     * with the queue's chain lock held — so no waker can slip in between — marks itself asleep and switches away;
     * on wakeup picks Giant up (PICKUP_GIANT) and then the modeled interlock. Entry: on a CPU outside critical
     * sections; holding {@code hostInterlock} if given. Exit: no host lock held; the modeled locks held on entry are
     * held again.
     */
    private void sleep(KThread td, SleepQueue sq, ParLock waitLock, ParLock interlock, SpinLock hostInterlock,
            long timeoutNs) {
        assertOnCpu(td);
        sq.chain.lock();
        sq.add(td);
        int seq = ++td.sleepSeq;
        if (timeoutNs >= 0) {
            addCallout(new Callout(clock.now() + timeoutNs, td, seq, sq));
        }
        int giantHolds = dropGiant(td);
        if (hostInterlock != null) {
            hostInterlock.unlock();
        }
        if (interlock != null) {
            td.popHeld(interlock.type.id());
            interlock.unlock(td); // never switches; takes only locks after the chain lock in the lock order
        }
        if (observed) {
            observe(o -> o.threadBlocked(time(), td.tid, waitLock == null ? -1 : waitLock.id, sq.channel));
        }
        schedLock.lock();
        td.state = KThread.TDI_SLEEPING;
        sq.chain.unlock();
        miSwitch(td);
        if (waitLock != null) {
            td.waitingFor = waitLock; // picking Giant up below may overwrite it; restored by the retry loop
        }
        pickupGiant(td, giantHolds);
        if (waitLock != null) {
            td.waitingFor = waitLock;
        }
        if (interlock != null) {
            interlock.lock(td, false);
            td.pushHeld(interlock);
        }
    }

    /** DROP_GIANT(): releases all of td's holds on Giant; returns how many to pick up. Entry: no switch allowed. */
    private int dropGiant(KThread td) {
        if (giant == null) {
            return 0;
        }
        int n = 0;
        while (td.findHeld(giant.type.id()) == giant) {
            td.popHeld(giant.type.id());
            n++;
        }
        for (int i = 0; i < n; i++) {
            giant.unlock(td);
        }
        return n;
    }

    /** PICKUP_GIANT(). Entry and exit: on a CPU, no host lock. */
    private void pickupGiant(KThread td, int n) {
        for (int i = 0; i < n; i++) {
            giant.lock(td, false);
            td.pushHeld(giant);
        }
    }

    /** wakeup()/wakeup_one()/cv_signal/cv_broadcast on a channel. Entry and exit: on a CPU, no host lock. */
    private void wakeupChannel(KThread waker, int channel, boolean all) {
        wakeupQueue(waker, channels[channel], all);
    }

    /**
     * Makes the first (or every) sleeper of {@code sq} runnable. Entry and exit: no host lock, or an sx interlock
     * (which comes before the chain lock in the lock order).
     */
    void wakeupQueue(KThread waker, SleepQueue sq, boolean all) {
        sq.chain.lock();
        int woken = 0;
        if (!sq.isEmpty()) {
            schedLock.lock();
            do {
                KThread w = sq.removeFirst();
                setrunnable(w, waker);
                woken++;
            } while (all && !sq.isEmpty());
            schedLock.unlock();
        }
        if (observed && sq.channel >= 0) {
            int n = woken;
            observe(o -> o.channelWakeup(time(), waker.tid, sq.channel, n));
        }
        sq.chain.unlock();
    }

    /** Entry: the sleeper's chain lock held (the callout lock nests inside it). */
    private void addCallout(Callout c) {
        calloutLock.lock();
        callouts.add(c);
        boolean first = callouts.peek() == c;
        calloutLock.unlock();
        if (first) {
            LockSupport.unpark(clockThread);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The clock thread: interrupts, roundrobin(), callouts, snapshots

    private void clockMain() {
        long nextRoundRobin = quantumNs;
        try {
            for (;;) {
                checkShutdown();
                if (pauseRequested) {
                    clockPaused = true;
                    while (pauseRequested) {
                        checkShutdown();
                        LockSupport.park(this);
                    }
                    clockPaused = false;
                    continue;
                }
                if (snapshotRequested) {
                    snapshotRequested = false;
                    published = snapshot();
                }
                long now = clock.now();
                long next = now + 1_000_000; // at least every virtual ms, for snapshot requests and pauses
                for (int i = 0; i < interrupts.length; i++) {
                    while (nextArrival[i] <= now) {
                        raiseInterrupt(i, nextArrival[i]);
                        nextArrival[i] = nextArrivalAfter(i, nextArrival[i], false);
                    }
                    next = Math.min(next, nextArrival[i]);
                }
                if (nextRoundRobin <= now) {
                    roundRobin();
                    nextRoundRobin = now + quantumNs;
                }
                next = Math.min(next, nextRoundRobin);
                next = Math.min(next, runCallouts(now));
                long wall = clock.wallNanosUntil(next);
                if (wall > 0) {
                    LockSupport.parkNanos(this, Math.min(wall, 2_000_000));
                }
            }
        } catch (Shutdown e) {
            // the engine is closing
        } catch (Throwable e) {
            fail("error", "engine error in the clock thread: " + e);
        }
    }

    /** An interrupt arrives: it is pending for its ithread, which is scheduled if it waits (ithread_schedule). */
    private void raiseInterrupt(int source, long at) {
        KThread it = ithreadOf[source];
        schedLock.lock();
        arrivals[source]++;
        long[] ring = pendingSince[source];
        if (it.pending == ring.length) {
            long[] bigger = new long[ring.length * 2];
            for (int k = 0; k < it.pending; k++) {
                bigger[k] = ring[(pendingHead[source] + k) % ring.length];
            }
            pendingSince[source] = ring = bigger;
            pendingHead[source] = 0;
        }
        ring[(pendingHead[source] + it.pending) % ring.length] = at;
        it.pending++;
        if (it.state == KThread.TDI_IWAIT) {
            setrunnable(it, null);
        }
        schedLock.unlock();
    }

    /** The next arrival of source i after virtual time {@code t}. Clock thread (or start) only. */
    private long nextArrivalAfter(int i, long t, boolean first) {
        InterruptInfo ii = interrupts[i];
        Rng rng = arrivalRng[i];
        switch (ii.arrivalKind()) {
        case CompiledScenario.ARRIVE_PERIODIC -> {
            nextNominal[i] += first ? rng.nextDouble() * ii.rateOrPeriod() : ii.rateOrPeriod();
            double jitter = ii.jitter() * (2 * rng.nextDouble() - 1);
            return Math.max(t, Math.round(nextNominal[i] + jitter));
        }
        case CompiledScenario.ARRIVE_BURSTY -> {
            if (burstLeft[i] > 0) {
                burstLeft[i]--;
                return t + Math.round(ii.gap());
            }
            burstLeft[i] = ii.burstSize() - 1;
            return t + Math.round(-1e9 / ii.rateOrPeriod() * StrictMath.log(1 - rng.nextDouble()));
        }
        default -> {
            return t + Math.round(-1e9 / ii.rateOrPeriod() * StrictMath.log(1 - rng.nextDouble()));
        }
        }
    }

    /** roundrobin(): each CPU whose thread has an equal or better runnable competitor switches at its next point. */
    private void roundRobin() {
        schedLock.lock();
        int best = runq.bestPriority();
        for (Pcpu c : cpus) {
            KThread cur = c.current;
            if (cur != null && best <= cur.priority && !c.owepreempt) {
                c.owepreempt = true;
                c.quantumExpired = true;
                LockSupport.unpark(cur.javaThread);
            }
        }
        schedLock.unlock();
    }

    /** Runs the due msleep timeouts (sleepq_timeout); returns the time of the next one. Clock thread. */
    private long runCallouts(long now) {
        for (;;) {
            calloutLock.lock();
            Callout c = callouts.peek();
            if (c == null || c.time > now) {
                calloutLock.unlock();
                return c == null ? Long.MAX_VALUE : c.time;
            }
            callouts.poll();
            calloutLock.unlock();
            c.sq.chain.lock();
            if (c.td.sleepingOn == c.sq && c.td.sleepSeq == c.seq) {
                c.sq.remove(c.td);
                schedLock.lock();
                setrunnable(c.td, null);
                schedLock.unlock();
            }
            c.sq.chain.unlock();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The observer seam: serialized, and free when nobody watches

    /**
     * Calls the observer under the observer lock, so that observers written for the deterministic mode (one call at
     * a time) work unchanged; time stamps are taken inside the lock and never go backwards. Only called when
     * {@link #observed}: an unobserved run takes no lock and reads no clock for it.
     */
    private void observe(java.util.function.Consumer<SimObserver> call) {
        synchronized (observerLock) {
            call.accept(observer);
        }
    }

    /** The observer's time stamp. Entry: observerLock held. */
    private long time() {
        long t = Math.max(lastObservedTime, clock.now());
        lastObservedTime = t;
        return t;
    }

    void observeAttempt(KThread td, ParLock l) {
        if (observed) {
            observe(o -> o.lockAttempt(time(), td.tid, l.id, td.site));
        }
    }

    void observeContended(KThread td, ParLock l, KThread owner) {
        if (observed) {
            observe(o -> o.lockContended(time(), td.tid, l.id, owner == null ? -1 : owner.tid, td.site));
        }
    }

    void observeAcquired(KThread td, ParLock l, boolean shared) {
        if (observed) {
            observe(o -> o.lockAcquired(time(), td.tid, l.id, shared, td.site));
        }
    }

    void observeReleased(KThread td, ParLock l) {
        if (observed) {
            observe(o -> o.lockReleased(time(), td.tid, l.id, td.site));
        }
    }

    void observeBlocked(KThread td, int lock, int channel) {
        if (observed) {
            observe(o -> o.threadBlocked(time(), td.tid, lock, channel));
        }
    }

    void observePropagated(KThread from, KThread owner, int priority) {
        if (observed) {
            observe(o -> o.priorityPropagated(time(), from.tid, owner.tid, priority));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Snapshots and results

    private void publishSnapshot() {
        snapshotRequested = false;
        published = snapshot();
    }

    /**
     * Builds a snapshot: scheduler state, threads and sleep mutexes (turnstiles) consistent under sched_lock; then sx
     * locks under their interlocks (which come before sched_lock in the lock order). Any thread holding no host lock.
     */
    EngineSnapshot snapshot() {
        List<CpuSnapshot> cs = new ArrayList<>();
        List<ThreadSnapshot> rq = new ArrayList<>();
        List<ThreadSnapshot> ts = new ArrayList<>();
        List<IrqSnapshot> irqs = new ArrayList<>();
        LockSnapshot[] ls = new LockSnapshot[allLocks.size()];
        long now;
        schedLock.lock();
        try {
            now = clock.now();
            for (Pcpu c : cpus) {
                KThread cur = c.current;
                cs.add(new CpuSnapshot(c.cpuId, cur == null ? null : cur.name, cur == null ? 255 : cur.priority,
                        c.owepreempt, CPU_STATES[c.bucket], List.of()));
            }
            List<KThread> queued = new ArrayList<>();
            runq.appendAll(queued);
            for (KThread t : queued) {
                rq.add(threadSnapshot(t));
            }
            for (KThread t : threads) {
                ts.add(threadSnapshot(t));
            }
            for (ParLock l : allLocks) {
                if (!(l instanceof SxLock)) {
                    ls[l.id] = l.snapshot();
                }
            }
            for (int i = 0; i < interrupts.length; i++) {
                irqs.add(new IrqSnapshot(interrupts[i].name(), interrupts[i].threadName(), "ithread", -1,
                        ithreadOf[i].pending, arrivals[i], interrupts[i].irq()));
            }
        } finally {
            schedLock.unlock();
        }
        for (ParLock l : allLocks) {
            if (l instanceof SxLock) {
                ls[l.id] = l.snapshot();
            }
        }
        return new EngineSnapshot(now, List.copyOf(cs), List.copyOf(rq), List.copyOf(ts), List.of(ls),
                List.copyOf(irqs));
    }

    /**
     * Entry and exit: sched_lock held. waitingFor (volatile) and sleepingOn (guarded by a chain lock this does not
     * take) are read racily: a snapshot may show a sleep that just ended, which the next snapshot corrects.
     */
    private ThreadSnapshot threadSnapshot(KThread t) {
        ParLock wl = t.waitingFor;
        SleepQueue sq = t.sleepingOn;
        String waiting = wl != null ? wl.name : sq != null ? sq.name : null;
        Pcpu c = t.cpu;
        return new ThreadSnapshot(t.name, KThread.STATE_NAMES[t.state], t.priority, t.basePriority,
                c == null ? -1 : c.cpuId, t.lastCpu < 0 ? -1 : cpus[t.lastCpu].cpuId, waiting);
    }

    /** The results so far. Controller only, while the run rests (or after it ended). */
    @Override
    public SimResults results(List<String> extraNotes) {
        long now = clock.now();
        double seconds = Math.max(1, now) / 1e9;
        int ops = scenario.operations.length;
        long[] count = new long[ops], latency = new long[ops];
        long preemptions = 0;
        for (KThread td : threads) {
            for (int i = 0; i < ops; i++) {
                count[i] += td.opCount[i];
                latency[i] += td.opLatency[i];
            }
            preemptions += td.preemptions;
        }
        List<SimResults.OperationResult> opResults = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < ops; i++) {
            total += count[i];
            opResults.add(new SimResults.OperationResult(scenario.operations[i].syscall(), count[i],
                    count[i] / seconds, count[i] == 0 ? 0 : (double) latency[i] / count[i]));
        }
        long[] t = new long[Pcpu.BUCKETS];
        long switches = 0;
        for (Pcpu c : cpus) {
            c.account(now, c.bucket);
            for (int b = 0; b < Pcpu.BUCKETS; b++) {
                t[b] += c.time[b];
            }
            switches += c.switches;
        }
        double all = Math.max(1, Arrays.stream(t).sum());
        double[] util = new double[Pcpu.BUCKETS];
        for (int b = 0; b < Pcpu.BUCKETS; b++) {
            util[b] = t[b] / all;
        }
        double giantHeld = 0, giantContended = 0, giantWait = 0;
        if (giant != null) {
            giantHeld = giant.holdNsUntil(now, giant.isHeld()) / (double) Math.max(1, now);
            giantContended = giant.acquisitions == 0 ? 0 : giant.contentions / (double) giant.acquisitions;
            giantWait = giant.waitNs / (double) Math.max(1, now);
        }
        List<SimResults.LockResult> lockResults = allLocks.stream().filter(l -> l.acquisitions > 0)
                .sorted((a, b) -> Long.compare(b.waitNs, a.waitNs))
                .map(l -> new SimResults.LockResult(l.name, l.className(), l.acquisitions, l.contentions, l.waitNs,
                        l.holdNsUntil(now, l.isHeld())))
                .toList();
        List<SimResults.InterruptResult> intr = new ArrayList<>();
        long interruptsHandled = 0;
        for (int i = 0; i < interrupts.length; i++) {
            interruptsHandled += handled[i];
            InterruptInfo ii = interrupts[i];
            LatencyRecorder r = latencies[i];
            SimResults.LatencyResult l = r.result("ithread");
            intr.add(new SimResults.InterruptResult(ii.name(), ii.threadName(), ii.priority(),
                    CompiledScenario.handlerKindName(ii.handlerKind()), ii.irq(),
                    CompiledScenario.routingName(ii.routing()), List.of(), arrivals[i], handled[i],
                    arrivals[i] / seconds, l.meanNs(), l.p99Ns(), l.maxNs(), List.of(l)));
        }
        long acquisitions = allLocks.stream().mapToLong(l -> l.acquisitions).sum();
        List<String> notes = new ArrayList<>(scenario.notes);
        notes.add("parallel run at scale " + formatScale(clock.scale) + " (virtual ns per wall ns) on "
                + Runtime.getRuntime().availableProcessors() + " host cores: results vary from run to run;"
                + " events counts lock acquisitions, context switches and interrupts handled; interrupts are not"
                + " routed to CPUs and every handler (fast ones and filters too) runs in its interrupt thread;"
                + " every process runs its user threads 1:1 (THR), whatever its thread library");
        notes.addAll(extraNotes);
        String outcome = failure != null ? failureKind : now >= durationNs ? "completed" : "paused";
        return new SimResults(scenario.name, scenario.settings.seed(), cpus.length, durationNs, now,
                List.copyOf(opResults), total, total / seconds, util, switches, preemptions, 0, 0, 0, giantHeld,
                giantContended, giantWait, lockResults, List.copyOf(intr), acquisitions + switches + interruptsHandled,
                outcome, failure, List.copyOf(notes), List.of());
    }

    static String formatScale(double scale) {
        return scale == Math.rint(scale) ? Long.toString((long) scale) : Double.toString(scale);
    }
}
