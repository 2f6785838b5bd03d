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

    /** A code path: its name and its compiled steps. */
    public record PathInfo(int id, String name, Op[] steps) {
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

    /** A user thread group: {@code count} identical threads, each thinking then making a syscall from the mix. */
    public record ThreadGroupInfo(String process, int processIndex, String name, int count, int priority,
            Dist thinkTime, int[] operations, double[] cumulativeWeights) {
    }

    /** An operation of a workload: a syscall and the code path it runs. */
    public record OperationInfo(int id, String syscall, int path) {
    }

    /** Arrival process kinds. */
    public static final int ARRIVE_POISSON = 0, ARRIVE_PERIODIC = 1, ARRIVE_BURSTY = 2;

    /**
     * An interrupt source or software interrupt, served by one interrupt thread of the given priority that runs the
     * handler paths once per arrival.
     */
    public record InterruptInfo(String name, String threadName, int priority, int device, int[] paths,
            int arrivalKind, double rateOrPeriod, double jitter, int burstSize, double gap) {
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
