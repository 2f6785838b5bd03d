package org.smpng.sim.compile;

import java.util.List;

/**
 * The runtime form of a {@code Scenario}: every EMF object the engine needs turned into int ids and arrays by the
 * {@link ScenarioCompiler}. Immutable after construction (arrays are never written after the compiler returns), so
 * one compiled scenario can be run many times, from any thread, with any seed.
 */
public final class CompiledScenario {

    /** Lock kinds the engine implements. */
    public static final int SPIN_MUTEX = 0, SLEEP_MUTEX = 1, SX = 2, LOCKMGR = 3;

    /** Instance rules (from {@code LockInstances}); see {@link LockTypeInfo#instances}. */
    public static final int INST_SINGLE = 0, INST_PER_CPU = 1, INST_PER_PROCESS = 2, INST_PER_THREAD = 3,
            INST_PER_DEVICE = 4, INST_FIXED = 5;

    /** A lock type: what every lock instance of that WITNESS name shares. */
    public record LockTypeInfo(int id, String name, int kind, boolean recursable, boolean dupOk, int instances,
            int fixedCount, boolean giant) {
        public boolean sleepable() {
            return kind == SX || kind == LOCKMGR;
        }
    }

    /**
     * A code path: its name, its compiled steps, and the name of the kernel subsystem it belongs to (null when the
     * model does not say), so that analyses can charge lock time to subsystems.
     */
    public record PathInfo(int id, String name, Op[] steps, String subsystem) {
    }

    /**
     * An acquisition point: where a code path acquires, releases or sleeps, printed {@code file:line} the way WITNESS
     * and LOCK_PROFILING print {@code __FILE__:__LINE__}. {@code path} is the code path the step belongs to.
     */
    public record SiteInfo(String file, int line, String path) {
        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    /** Thread libraries of a process (the metamodel's {@code ThreadingLibrary}), see {@link ThreadGroupInfo}. */
    public static final int LIB_THR = 0, LIB_KSE = 1, LIB_LIBC_R = 2;

    /**
     * A user thread group: {@code count} identical user threads, each thinking then making a syscall from the mix.
     * {@code library} is the thread library of the group's process ({@link #LIB_THR} 1:1, {@link #LIB_KSE} M:N,
     * {@link #LIB_LIBC_R} N:1), the same for every group of a process; {@code kses} is the number of KSEs of a KSE
     * process (0 otherwise): how many of its user threads may run at once outside a kernel sleep.
     * {@code userLevelWaits}, for a libc_r process (null otherwise), marks by wait channel the sleeps libc_r does in
     * user space: channels that only the process's own syscalls wake (a pipe between its threads, its children's
     * exit). libc_r makes those calls non-blocking and retries them after running its other threads; a kernel sleep
     * there would wait for the process's one kernel thread, itself.
     */
    public record ThreadGroupInfo(String process, int processIndex, String name, int count, int priority,
            Dist thinkTime, int[] operations, double[] cumulativeWeights, int library, int kses,
            boolean[] userLevelWaits) {
    }

    /** An operation of a workload: a syscall and the code path it runs. */
    public record OperationInfo(int id, String syscall, int path) {
    }

    /** Arrival process kinds. */
    public static final int ARRIVE_POISSON = 0, ARRIVE_PERIODIC = 1, ARRIVE_BURSTY = 2;

    /** How an interrupt source's handlers run ({@link InterruptInfo#handlerKind}). */
    public static final int HANDLER_ITHREAD = 0, HANDLER_FAST = 1, HANDLER_FILTER = 2;

    /** How an IRQ line picks its CPU ({@link InterruptInfo#routing}); ROUTE_NONE: software, or no line. */
    public static final int ROUTE_NONE = -1, ROUTE_FIXED = 0, ROUTE_ROUND_ROBIN = 1, ROUTE_LOWEST_PRIORITY = 2;

    /** The name of a {@code HANDLER_*} kind as snapshots, results and the CLI print it. */
    public static String handlerKindName(int kind) {
        return switch (kind) {
        case HANDLER_FAST -> "fast";
        case HANDLER_FILTER -> "filter";
        default -> "ithread";
        };
    }

    /** The name of a {@code ROUTE_*} policy, in the words of machines.txt. */
    public static String routingName(int routing) {
        return switch (routing) {
        case ROUTE_FIXED -> "fixed";
        case ROUTE_ROUND_ROBIN -> "round-robin";
        case ROUTE_LOWEST_PRIORITY -> "lowest-priority";
        default -> "none";
        };
    }

    /**
     * An interrupt source (a device raising an IRQ line) or a software interrupt.
     *
     * @param threadName the interrupt event's name ({@code irq16: fxp0}), also its interrupt thread's
     * @param priority the interrupt thread's priority (unused when {@code paths} is empty: no ithread)
     * @param paths the code paths the interrupt thread runs per assertion (ithread handlers, and the ithread half of
     *        filter handlers, non-MPSAFE ones wrapped in Giant); empty for a line with fast handlers only
     * @param irq the IRQ number, -1 for a software interrupt or a source without a line
     * @param handlerKind {@link #HANDLER_ITHREAD}, {@link #HANDLER_FAST} (interrupt context only) or
     *        {@link #HANDLER_FILTER} (interrupt context, then the ithread)
     * @param routing a {@code ROUTE_*} policy; {@code targets} are the engine's CPU indices it chooses among
     * @param contextPaths the code paths run in interrupt context on the interrupted CPU (INTR_FAST handlers and
     *        filters), in the order they run; {@code contextHandlers} are their handler names, for panics
     */
    public record InterruptInfo(String name, String threadName, int priority, int device, int[] paths,
            int arrivalKind, double rateOrPeriod, double jitter, int burstSize, double gap, int irq, int handlerKind,
            int routing, int[] targets, int[] contextPaths, String[] contextHandlers) {
        /** Whether an interrupt thread serves the source (every kind but a line with only fast handlers). */
        public boolean hasIthread() {
            return paths.length > 0;
        }
    }

    /** The machine: CPU topology and cache-line costs, CPUs numbered 0..n-1 in the kernel's cpuid order. */
    public record MachineInfo(String name, int cpus, int[] cpuId, int[] packageOf, int[] coreOf, long sameCoreNs,
            long samePackageNs, long crossPackageNs, int devices) {
        /** What moving a cache line from CPU index {@code from} to {@code to} costs, by topology. */
        public long transferCost(int from, int to) {
            if (from < 0 || from == to) {
                return 0;
            }
            if (packageOf[from] != packageOf[to]) {
                return crossPackageNs;
            }
            return coreOf[from] == coreOf[to] ? sameCoreNs : samePackageNs;
        }
    }

    /** The schedulers ({@code options SCHED_4BSD}, {@code options SCHED_ULE}); see {@link Settings#scheduler}. */
    public static final int SCHED_4BSD = 0, SCHED_ULE = 1;

    /**
     * Engine settings: the scenario's (scheduler, preemption, adaptive spinning, seed, duration, context switch cost,
     * 4BSD quantum, IPI delivery latency) and the trylock back-off the metamodel does not carry.
     *
     * @param scheduler {@link #SCHED_4BSD} or {@link #SCHED_ULE}
     * @param ipiLatencyNs the time from sending an inter-processor interrupt to the remote CPU taking it
     */
    public record Settings(boolean preemption, boolean adaptiveSpinning, long seed, long durationNs,
            long contextSwitchNs, long quantumNs, long tryBackoffNs, int scheduler, long ipiLatencyNs) {
    }

    public final String name;
    public final LockTypeInfo[] lockTypes;
    public final int giant;
    public final PathInfo[] paths;
    public final String[] channels;
    public final OperationInfo[] operations;
    public final ThreadGroupInfo[] threadGroups;
    public final String[] processes;
    public final InterruptInfo[] interrupts;
    public final MachineInfo machine;
    public final Settings settings;
    /**
     * Per wait channel: whether some code path the scenario runs wakes it. A sleep without a timeout on a channel
     * nothing wakes stands for an event outside the model (a peer writing to the pipe or socket, a child exiting);
     * the engine ends it after {@link #externalWakeup}.
     */
    public final boolean[] channelWoken;
    /** How long a sleep on a channel nothing in the scenario wakes lasts (see {@link #channelWoken}). */
    public final Dist externalWakeup;
    /** What the compiler simplified or left out for this scenario, in words, for the results summary. */
    public final List<String> notes;
    /** The acquisition points that {@link Op#site} indexes. */
    public final SiteInfo[] sites;

    CompiledScenario(String name, LockTypeInfo[] lockTypes, int giant, PathInfo[] paths, String[] channels,
            OperationInfo[] operations, ThreadGroupInfo[] threadGroups, String[] processes,
            InterruptInfo[] interrupts, MachineInfo machine, Settings settings, List<String> notes,
            boolean[] channelWoken, Dist externalWakeup, SiteInfo[] sites) {
        this.sites = sites;
        this.channelWoken = channelWoken;
        this.externalWakeup = externalWakeup;
        this.name = name;
        this.lockTypes = lockTypes;
        this.giant = giant;
        this.paths = paths;
        this.channels = channels;
        this.operations = operations;
        this.threadGroups = threadGroups;
        this.processes = processes;
        this.interrupts = interrupts;
        this.machine = machine;
        this.settings = settings;
        this.notes = List.copyOf(notes);
    }

    /** A copy with other settings (seed, duration, engine constants); everything else is shared. */
    public CompiledScenario withSettings(Settings newSettings) {
        return new CompiledScenario(name, lockTypes, giant, paths, channels, operations, threadGroups, processes,
                interrupts, machine, newSettings, notes, channelWoken, externalWakeup, sites);
    }

    /** Convenience: the same scenario with another seed and duration. */
    public CompiledScenario with(long seed, long durationNs) {
        Settings s = settings;
        return withSettings(new Settings(s.preemption(), s.adaptiveSpinning(), seed, durationNs, s.contextSwitchNs(),
                s.quantumNs(), s.tryBackoffNs(), s.scheduler(), s.ipiLatencyNs()));
    }

    public int lockTypeId(String lockName) {
        for (LockTypeInfo t : lockTypes) {
            if (t.name().equals(lockName)) {
                return t.id();
            }
        }
        return -1;
    }
}
