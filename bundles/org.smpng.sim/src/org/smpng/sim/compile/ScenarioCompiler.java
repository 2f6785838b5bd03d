package org.smpng.sim.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.smpng.model.kernel.Acquire;
import org.smpng.model.kernel.AcquireMode;
import org.smpng.model.kernel.AcquisitionPoint;
import org.smpng.model.kernel.Branch;
import org.smpng.model.kernel.Broadcast;
import org.smpng.model.kernel.Call;
import org.smpng.model.kernel.CodePath;
import org.smpng.model.kernel.CriticalEnter;
import org.smpng.model.kernel.CriticalExit;
import org.smpng.model.kernel.Distribution;
import org.smpng.model.kernel.EmpiricalDistribution;
import org.smpng.model.kernel.ExponentialDistribution;
import org.smpng.model.kernel.FixedDistribution;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockType;
import org.smpng.model.kernel.Loop;
import org.smpng.model.kernel.NormalDistribution;
import org.smpng.model.kernel.Release;
import org.smpng.model.kernel.Signal;
import org.smpng.model.kernel.Sleep;
import org.smpng.model.kernel.Step;
import org.smpng.model.kernel.ThreadingLibrary;
import org.smpng.model.kernel.UniformDistribution;
import org.smpng.model.kernel.Wakeup;
import org.smpng.model.kernel.Work;
import org.smpng.model.kernel.Yield;
import org.smpng.model.machine.CacheLineCosts;
import org.smpng.model.machine.Core;
import org.smpng.model.machine.CpuPackage;
import org.smpng.model.machine.Device;
import org.smpng.model.machine.InterruptHandler;
import org.smpng.model.machine.IrqLine;
import org.smpng.model.machine.LogicalCpu;
import org.smpng.model.machine.Machine;
import org.smpng.model.scenario.EngineSettings;
import org.smpng.model.scenario.Scenario;
import org.smpng.model.scenario.SchedulerKind;
import org.smpng.model.workload.ArrivalProcess;
import org.smpng.model.workload.BurstyArrivals;
import org.smpng.model.workload.InterruptSource;
import org.smpng.model.workload.Operation;
import org.smpng.model.workload.PeriodicArrivals;
import org.smpng.model.workload.PoissonArrivals;
import org.smpng.model.workload.SoftwareInterrupt;
import org.smpng.model.workload.UserProcess;
import org.smpng.model.workload.UserThreadGroup;
import org.smpng.model.workload.Workload;
import org.smpng.sim.compile.CompiledScenario.InterruptInfo;
import org.smpng.sim.compile.CompiledScenario.LockTypeInfo;
import org.smpng.sim.compile.CompiledScenario.MachineInfo;
import org.smpng.sim.compile.CompiledScenario.OperationInfo;
import org.smpng.sim.compile.CompiledScenario.PathInfo;
import org.smpng.sim.compile.CompiledScenario.SiteInfo;
import org.smpng.sim.compile.CompiledScenario.Settings;
import org.smpng.sim.compile.CompiledScenario.ThreadGroupInfo;

/**
 * Turns an EMF {@link Scenario} into a {@link CompiledScenario}. This is the only class of the engine that reads
 * the EMF model; it runs once before a run, on the caller's thread, and must not be given a model that an editor is
 * changing at the same time.
 *
 * <p>Priorities follow FreeBSD 5.x {@code sys/priority.h}: timeshare threads start at {@code PUSER + NICE_WEIGHT *
 * (nice - PRIO_MIN)} (4BSD's {@code resetpriority()} with no {@code estcpu} yet; the engine's scheduler moves them
 * from there as they use the CPU), realtime at {@code PRI_MIN_REALTIME}, idle class at {@code PRI_MIN_IDLE}; interrupt
 * threads at the 5.x {@code PI_*} value of their device kind and software interrupts at {@code PI_SOFT + 4 * swi}.
 */
public final class ScenarioCompiler {

    /** FreeBSD 5.x priorities (sys/priority.h of RELENG_5). */
    public static final int PRI_MIN_KERN = 64, PRI_MIN_REALTIME = 128, PUSER = 160, PRI_MAX_TIMESHARE = 223,
            PRI_MIN_IDLE = 224, PRI_MAX_IDLE = 255;
    /** 5.x interrupt thread priorities (sys/priority.h). */
    public static final int PI_REALTIME = 0, PI_AV = 4, PI_TTYHIGH = 8, PI_NET = 16, PI_DISK = 20, PI_TTYLOW = 24,
            PI_DULL = 32, PI_SOFT = 36;

    /** The engine settings' defaults (as in scenario.ecore), and the trylock back-off the metamodel does not carry. */
    public static final long DEFAULT_CONTEXT_SWITCH_NS = 2_000, DEFAULT_TRY_BACKOFF_NS = 200;
    /**
     * The mean time, in nanoseconds, after which a sleep on a channel that nothing in the scenario wakes ends: the
     * stand-in for the peer, device or child outside the model (exponentially distributed; an estimate).
     */
    public static final double EXTERNAL_WAKEUP_MEAN_NS = 100_000;
    /** What the engine models of interrupts and what it simplifies; printed with every run that has interrupts. */
    public static final String INTERRUPT_NOTE = "interrupts: each assertion is delivered to a CPU by its IRQ line's"
            + " routing (fixed, round-robin, lowest priority = the routed CPU running the least important thread);"
            + " INTR_FAST handlers and filters run there in interrupt context, freezing the interrupted thread for"
            + " their duration, and may take spin mutexes only; an assertion waits while that CPU is in a critical"
            + " section or holds a spin mutex; ithread handlers (non-MPSAFE ones under Giant) run in the source's"
            + " interrupt thread, scheduled from that CPU: it preempts the interrupted thread when better and no CPU is"
            + " idle, else the scheduler places it (an idle CPU, the interrupted one first, or the run queue)."
            + " Simplified: APIC delivery, interrupt entry"
            + " and EOI cost no time; every assertion runs the handlers once (no it_need coalescing, no interrupt"
            + " storm throttling: a storm shows as a growing backlog and latency); each source has its own interrupt"
            + " thread even on a shared line; software interrupts and lines without routing are scheduled from no"
            + " particular CPU";
    /**
     * User-level thread library costs the metamodel does not carry (estimated for a 2004 x86 CPU): a libc_r switch
     * between user threads (save and restore the registers and signal mask, run the user-level scheduler), and a
     * KSE upcall (the kernel enters the user-level scheduler on a fresh thread, which picks a user thread to run).
     */
    public static final long USER_SWITCH_NS = 300, UPCALL_NS = 1_500;
    /** 4BSD's sched_quantum in 5.x: hz / 10 ticks, 100 ms. */
    public static final long DEFAULT_QUANTUM_NS = 100_000_000;
    /**
     * How long an inter-processor interrupt takes from the sending CPU's local APIC to the remote CPU entering its
     * handler: about a microsecond on the 2004-era SMP machines this models (an estimate, not a measurement); the
     * default of EngineSettings.ipiLatency.
     */
    public static final long DEFAULT_IPI_LATENCY_NS = 1_000;

    /** What the results summary says about the 4BSD scheduler model (see kern.Sched4BSD). */
    static final String SCHED_4BSD_NOTE = "SCHED_4BSD: one global run queue; estcpu +1 per statclock tick (128 Hz)"
            + " while running, schedcpu() decays it once a second by 2*loadav/(2*loadav+1) for every thread, asleep or"
            + " not (FreeBSD decays sleepers at wakeup, updatepri()), with the load average sampled every second and"
            + " started at the first sample; resetpriority() = nice priority + estcpu/8 (INVERSE_ESTCPU_WEIGHT 8 of"
            + " 5.x); priorities are recomputed at schedcpu(), at quantum ends and at wakeup rather than every 4th"
            + " tick; sleep priorities last until the return to user mode; idle CPUs and remote preemptions are"
            + " signalled by IPI (6.x forward_wakeup/kick_other_cpu) when a running thread wakes another";
    /** What the results summary says about the ULE scheduler model (see kern.SchedULE). */
    static final String SCHED_ULE_NOTE = "SCHED_ULE after FreeBSD 7.0 sched_ule.c (ULE 2.0, 2007) with 5.x priority"
            + " numbers: per-CPU run queues (one RunQueue each, no separate realtime/timeshare/idle queues nor the"
            + " timeshare calendar), affinity to the last CPU, interactivity score from run/sleep time (5 s history),"
            + " %CPU taken from the same history instead of the 10 s tick window, fixed slice of 12 statclock ticks,"
            + " no CPU topology (all CPUs one group), sched_balance() once a second moving threads from the most to"
            + " the least loaded CPU until loads differ by at most 1, idle stealing when a CPU's own queue is empty";

    private final Scenario scenario;
    private final int cpuOverride;
    private final List<String> notes = new ArrayList<>();
    private final Map<LockType, Integer> lockIds = new IdentityHashMap<>();
    private final List<LockTypeInfo> lockInfos = new ArrayList<>();
    private final Map<Object, Integer> channelIds = new IdentityHashMap<>();
    private final List<String> channelNames = new ArrayList<>();
    private final Map<CodePath, Integer> pathIds = new IdentityHashMap<>();
    private final List<PathInfo> pathInfos = new ArrayList<>();
    private final List<SiteInfo> siteInfos = new ArrayList<>();
    private final Map<SiteInfo, Integer> siteIds = new HashMap<>();
    /** The code path being compiled and the ordinal of its current step (1-based, nested steps included). */
    private String sitePath;
    private int siteOrdinal;
    private final Map<Device, Integer> deviceIds = new IdentityHashMap<>();
    private final Map<CodePath, Boolean> compiling = new IdentityHashMap<>();
    private int giant = -1;

    private ScenarioCompiler(Scenario scenario, int cpuOverride) {
        this.scenario = scenario;
        this.cpuOverride = cpuOverride;
    }

    /** Compiles the scenario as it is. */
    public static CompiledScenario compile(Scenario scenario) throws UnsupportedFeatureException {
        return compile(scenario, 0);
    }

    /**
     * Compiles the scenario, optionally on a machine rebuilt with {@code cpus} logical CPUs (0 keeps the machine).
     * Rebuilding keeps the first {@code cpus} CPUs in cpuid order with their packages and cores; CPUs beyond the
     * machine's own are added one per new package (so they pay the cross-package cache-line cost). An IRQ line
     * keeps the routed CPUs that remain; a line left with none goes to the first CPU (with a note).
     */
    public static CompiledScenario compile(Scenario scenario, int cpus) throws UnsupportedFeatureException {
        if (cpus < 0) {
            throw new IllegalArgumentException("cpus must be positive: " + cpus);
        }
        return new ScenarioCompiler(scenario, cpus).run();
    }

    private CompiledScenario run() throws UnsupportedFeatureException {
        String where = "scenario '" + scenario.getName() + "'";
        KernelModel kernel = scenario.getKernel();
        Machine machine = scenario.getMachine();
        Workload workload = scenario.getWorkload();
        EngineSettings es = scenario.getSettings();
        if (kernel == null || machine == null || workload == null) {
            throw new UnsupportedFeatureException(where + " lacks its " + (kernel == null ? "kernel"
                    : machine == null ? "machine" : "workload"));
        }
        int scheduler = es != null && es.getScheduler() == SchedulerKind.ULE ? CompiledScenario.SCHED_ULE
                : CompiledScenario.SCHED_4BSD;
        notes.add(scheduler == CompiledScenario.SCHED_ULE ? SCHED_ULE_NOTE : SCHED_4BSD_NOTE);
        for (LockType t : kernel.getLockTypes()) {
            lockId(t);
        }
        if (kernel.getGiant() != null) {
            giant = lockId(kernel.getGiant());
        }
        for (var wc : kernel.getWaitChannels()) {
            channelId(wc, wc.getName());
        }
        for (var cv : kernel.getConditionVariables()) {
            channelId(cv, cv.getName());
        }

        MachineInfo machineInfo = machine(machine);
        for (Device d : machine.getDevices()) {
            deviceIds.put(d, deviceIds.size());
        }

        List<OperationInfo> operations = new ArrayList<>();
        Map<Object, Integer> operationIds = new IdentityHashMap<>();
        List<ThreadGroupInfo> groups = new ArrayList<>();
        List<String> processes = new ArrayList<>();
        for (UserProcess p : workload.getProcesses()) {
            int pi = processes.size();
            processes.add(p.getName());
            int library = library(p, machineInfo.cpus());
            for (UserThreadGroup g : p.getThreadGroups()) {
                String gw = "thread group '" + g.getName() + "' of process '" + p.getName() + "'";
                if (g.getOperations().isEmpty()) {
                    throw new UnsupportedFeatureException(gw + " has no operations");
                }
                int[] ops = new int[g.getOperations().size()];
                double[] cum = new double[ops.length];
                double sum = 0;
                for (int i = 0; i < ops.length; i++) {
                    Operation o = g.getOperations().get(i);
                    if (o.getSyscall() == null || o.getSyscall().getCodePath() == null) {
                        throw new UnsupportedFeatureException(gw + ": an operation names no syscall with a code path");
                    }
                    Integer id = operationIds.get(o.getSyscall());
                    if (id == null) {
                        id = operations.size();
                        operationIds.put(o.getSyscall(), id);
                        operations.add(new OperationInfo(id, o.getSyscall().getName(),
                                pathId(o.getSyscall().getCodePath())));
                    }
                    ops[i] = id;
                    sum += Math.max(0, o.getWeight());
                    cum[i] = sum;
                }
                if (sum <= 0) {
                    throw new UnsupportedFeatureException(gw + ": operation weights must be positive");
                }
                int priority = switch (g.getPriorityClass()) {
                case REALTIME -> PRI_MIN_REALTIME;
                case IDLE -> PRI_MIN_IDLE;
                default -> Math.max(PUSER, Math.min(PRI_MAX_TIMESHARE, PUSER + (g.getNice() + 20)));
                };
                Dist think = g.getThinkTime() == null ? Dist.fixed(0) : dist(g.getThinkTime(), gw + " think time");
                groups.add(new ThreadGroupInfo(p.getName(), pi, g.getName(), Math.max(1, g.getCount()), priority,
                        think, ops, cum, library, library == CompiledScenario.LIB_KSE ? machineInfo.cpus() : 0, null));
            }
        }

        List<InterruptInfo> interrupts = new ArrayList<>();
        for (InterruptSource s : workload.getInterruptSources()) {
            interrupts.add(interrupt(s, machineInfo));
        }
        for (SoftwareInterrupt s : workload.getSoftwareInterrupts()) {
            String sw = "software interrupt '" + s.getName() + "'";
            if (s.getCodePath() == null) {
                throw new UnsupportedFeatureException(sw + " has no code path");
            }
            int swi = switch (s.getKind()) { // the 2004-2005 numbering (variant B of freebsd-kernel-facts.md)
            case TTY -> 0;
            case NETISR -> 1;
            case CAMBIO -> 3;
            case VM -> 4;
            case CLOCK -> 5;
            case TASKQUEUE -> 6;
            };
            double[] a = arrivals(s.getArrivals(), sw);
            interrupts.add(new InterruptInfo(s.getName(), s.getName(), PI_SOFT + 4 * swi, -1,
                    new int[] { pathId(s.getCodePath()) }, (int) a[0], a[1], a[2], (int) a[3], a[4], -1,
                    CompiledScenario.HANDLER_ITHREAD, CompiledScenario.ROUTE_NONE, new int[0], new int[0],
                    new String[0]));
        }
        if (!interrupts.isEmpty()) {
            notes.add(INTERRUPT_NOTE);
        }

        libcRUserLevelWaits(groups, operations, interrupts);
        boolean[] woken = new boolean[channelNames.size()];
        List<Op[]> todo = new ArrayList<>();
        pathInfos.forEach(p -> todo.add(p.steps()));
        while (!todo.isEmpty()) {
            for (Op op : todo.remove(todo.size() - 1)) {
                if (op.code == Op.WAKEUP || op.code == Op.SIGNAL || op.code == Op.BROADCAST) {
                    woken[op.channel] = true;
                }
                if (op.body != null) {
                    todo.add(op.body);
                }
                if (op.elseBody != null) {
                    todo.add(op.elseBody);
                }
            }
        }
        List<String> orphans = new ArrayList<>();
        for (PathInfo p : pathInfos) {
            todo.add(p.steps());
            while (!todo.isEmpty()) {
                for (Op op : todo.remove(todo.size() - 1)) {
                    if (op.code == Op.SLEEP && op.dist == null && !woken[op.channel]
                            && !orphans.contains(channelNames.get(op.channel))) {
                        orphans.add(channelNames.get(op.channel));
                    }
                    if (op.body != null) {
                        todo.add(op.body);
                    }
                    if (op.elseBody != null) {
                        todo.add(op.elseBody);
                    }
                }
            }
        }
        if (!orphans.isEmpty()) {
            notes.add("nothing in the scenario wakes " + String.join(", ", orphans) + ": sleeps there end after an"
                    + " external event, exponential with mean " + (long) EXTERNAL_WAKEUP_MEAN_NS + " ns");
        }
        Settings settings = new Settings(es == null || es.isPreemption(), es == null || es.isAdaptiveSpinning(),
                es == null ? 0 : es.getSeed(), es == null ? 1_000_000_000L : Math.max(1, Math.round(es.getDuration())),
                timing(es == null ? DEFAULT_CONTEXT_SWITCH_NS : es.getContextSwitchCost(), 0, "context switch cost"),
                timing(es == null ? DEFAULT_QUANTUM_NS : es.getQuantum(), 1, "quantum"), DEFAULT_TRY_BACKOFF_NS,
                scheduler, timing(es == null ? DEFAULT_IPI_LATENCY_NS : es.getIpiLatency(), 0, "IPI latency"));
        return new CompiledScenario(scenario.getName(), lockInfos.toArray(LockTypeInfo[]::new), giant,
                pathInfos.toArray(PathInfo[]::new), channelNames.toArray(String[]::new),
                operations.toArray(OperationInfo[]::new), groups.toArray(ThreadGroupInfo[]::new),
                processes.toArray(String[]::new), interrupts.toArray(InterruptInfo[]::new), machineInfo, settings,
                notes, woken, Dist.exponential(EXTERNAL_WAKEUP_MEAN_NS), siteInfos.toArray(SiteInfo[]::new));
    }

    /**
     * The thread library of a process as the engine runs it, with a note saying how: libc_r puts every user thread of
     * the process on one kernel thread; KSE runs them on as many KSEs as the machine has CPUs (libpthread's default
     * concurrency, kern.threads.virtual_cpu = mp_ncpus; the metamodel has no KSE count, so it is derived); THR gives
     * each its own kernel thread.
     */
    private int library(UserProcess p, int cpus) {
        int threads = p.getThreadGroups().stream().mapToInt(g -> Math.max(1, g.getCount())).sum();
        ThreadingLibrary l = p.getThreadingLibrary();
        if (l == ThreadingLibrary.LIBC_R) {
            notes.add("process " + p.getName() + ": libc_r (N:1): its " + threads + " user threads share one kernel"
                    + " thread at the best priority of its thread groups; the user-level scheduler switches them round"
                    + " robin at each return from a syscall (" + USER_SWITCH_NS + " ns), and a user thread that sleeps"
                    + " in the kernel stalls the whole process");
            return CompiledScenario.LIB_LIBC_R;
        }
        if (l == ThreadingLibrary.KSE) {
            notes.add("process " + p.getName() + ": KSE (M:N): its " + threads + " user threads run on " + cpus
                    + " KSEs, one per CPU (libpthread's default concurrency; the model has no KSE count, so it is"
                    + " derived from the CPUs); a user thread that blocks in the kernel gives its KSE by an upcall to"
                    + " a user thread waiting for one; a woken thread finishes its syscall in the kernel without a KSE"
                    + " and is resumed by the user-level scheduler on a free KSE (" + UPCALL_NS + " ns)");
            return CompiledScenario.LIB_KSE;
        }
        return CompiledScenario.LIB_THR;
    }

    /**
     * Gives every thread group of a libc_r process the channels libc_r waits for in user space (see
     * {@link ThreadGroupInfo#userLevelWaits}): those woken by the code paths of the process's own operations and by
     * no interrupt and no other process. Sleeps on other channels (the disk's biodone, the netisr's socket wakeups)
     * stall the whole process, as a regular-file read did under libc_r. Simplified: libc_r also made sockets
     * non-blocking; here a socket sleep woken by the network stalls the process.
     */
    private void libcRUserLevelWaits(List<ThreadGroupInfo> groups, List<OperationInfo> operations,
            List<InterruptInfo> interrupts) {
        int channels = channelNames.size();
        int processes = groups.stream().mapToInt(ThreadGroupInfo::processIndex).max().orElse(-1) + 1;
        boolean[][] wokenBy = new boolean[processes][];
        boolean[] wokenOutside = new boolean[channels];
        for (InterruptInfo ii : interrupts) {
            for (int path : ii.paths()) {
                wakes(pathInfos.get(path).steps(), wokenOutside);
            }
        }
        for (ThreadGroupInfo g : groups) {
            if (wokenBy[g.processIndex()] == null) {
                wokenBy[g.processIndex()] = new boolean[channels];
            }
            for (int op : g.operations()) {
                wakes(pathInfos.get(operations.get(op).path()).steps(), wokenBy[g.processIndex()]);
            }
        }
        for (int i = 0; i < groups.size(); i++) {
            ThreadGroupInfo g = groups.get(i);
            if (g.library() != CompiledScenario.LIB_LIBC_R) {
                continue;
            }
            boolean[] userLevel = new boolean[channels];
            for (int c = 0; c < channels; c++) {
                boolean other = wokenOutside[c];
                for (int p = 0; p < processes; p++) {
                    other |= p != g.processIndex() && wokenBy[p] != null && wokenBy[p][c];
                }
                userLevel[c] = wokenBy[g.processIndex()][c] && !other;
            }
            groups.set(i, new ThreadGroupInfo(g.process(), g.processIndex(), g.name(), g.count(), g.priority(),
                    g.thinkTime(), g.operations(), g.cumulativeWeights(), g.library(), g.kses(), userLevel));
        }
    }

    /** Marks in {@code into} the channels that the steps wake, following calls, loops and branches. */
    private void wakes(Op[] steps, boolean[] into) {
        for (Op op : steps) {
            if (op.code == Op.WAKEUP || op.code == Op.SIGNAL || op.code == Op.BROADCAST) {
                into[op.channel] = true;
            }
            if (op.code == Op.CALL) {
                wakes(pathInfos.get(op.target).steps(), into);
            }
            if (op.body != null) {
                wakes(op.body, into);
            }
            if (op.elseBody != null) {
                wakes(op.elseBody, into);
            }
        }
    }

    /** An engine time of the settings in whole nanoseconds, refused below {@code min} with the setting's name. */
    private long timing(double ns, long min, String what) throws UnsupportedFeatureException {
        if (!(ns >= min) || ns > Long.MAX_VALUE / 4) {
            throw new UnsupportedFeatureException("the " + what + " of the settings of scenario '" + scenario.getName()
                    + "' is " + ns + " ns; it must be " + (min == 0 ? "0 or more" : "positive"));
        }
        return Math.round(ns);
    }

    private MachineInfo machine(Machine machine) throws UnsupportedFeatureException {
        List<int[]> cpus = new ArrayList<>(); // {cpuId, package, core}
        int coreSerial = 0;
        for (CpuPackage p : machine.getPackages()) {
            for (Core c : p.getCores()) {
                for (LogicalCpu l : c.getThreads()) {
                    cpus.add(new int[] { l.getCpuId(), p.getId(), coreSerial });
                }
                coreSerial++;
            }
        }
        if (cpus.isEmpty() && cpuOverride == 0) {
            throw new UnsupportedFeatureException("machine '" + machine.getName() + "' has no logical CPU");
        }
        cpus.sort((x, y) -> Integer.compare(x[0], y[0]));
        int n = cpuOverride > 0 ? cpuOverride : cpus.size();
        int maxPackage = cpus.stream().mapToInt(c -> c[1]).max().orElse(-1);
        int[] ids = new int[n], pkg = new int[n], core = new int[n];
        for (int i = 0; i < n; i++) {
            if (i < cpus.size()) {
                ids[i] = cpus.get(i)[0];
                pkg[i] = cpus.get(i)[1];
                core[i] = cpus.get(i)[2];
            } else {
                ids[i] = i == 0 ? 0 : ids[i - 1] + 1;
                pkg[i] = ++maxPackage;
                core[i] = ++coreSerial;
            }
        }
        if (cpuOverride > 0 && cpuOverride != cpus.size()) {
            notes.add("machine rebuilt with " + n + " CPUs (kept the first " + Math.min(n, cpus.size())
                    + " in cpuid order" + (n > cpus.size() ? ", added one package per extra CPU" : "") + ")");
        }
        CacheLineCosts c = machine.getCacheLineCosts();
        return new MachineInfo(machine.getName(), n, ids, pkg, core, c == null ? 5 : Math.round(c.getSameCore()),
                c == null ? 40 : Math.round(c.getSamePackage()), c == null ? 150 : Math.round(c.getCrossPackage()),
                machine.getDevices().size());
    }

    /**
     * Compiles an interrupt source: the IRQ line it raises (the source's, else the device's first), every handler
     * attached to that line (a shared line runs the handlers of all its devices, as one {@code intr_event} does),
     * split into what runs in interrupt context (INTR_FAST handlers and filters) and what the interrupt thread runs
     * (ithread handlers and the ithread half of filter handlers, a non-MPSAFE one under Giant), and the line's routing
     * to the machine's CPUs.
     */
    private InterruptInfo interrupt(InterruptSource s, MachineInfo machineInfo) throws UnsupportedFeatureException {
        String sw = "interrupt source '" + s.getName() + "'";
        Device d = s.getDevice();
        if (d == null) {
            throw new UnsupportedFeatureException(sw + " names no device");
        }
        IrqLine line = s.getIrqLine() != null ? s.getIrqLine()
                : d.getIrqLines().isEmpty() ? null : d.getIrqLines().get(0);
        List<InterruptHandler> handlers = new ArrayList<>();
        List<String> devices = new ArrayList<>(List.of(d.getName()));
        for (InterruptHandler h : d.getHandlers()) {
            if (line == null || h.getIrqLine() == null || h.getIrqLine() == line) {
                handlers.add(h);
            }
        }
        if (line != null) {
            for (Device other : scenario.getMachine().getDevices()) {
                for (InterruptHandler h : other == d ? List.<InterruptHandler>of() : other.getHandlers()) {
                    if (h.getIrqLine() == line) {
                        handlers.add(h);
                        if (!devices.contains(other.getName())) {
                            devices.add(other.getName());
                        }
                    }
                }
            }
        }
        List<Integer> paths = new ArrayList<>(), contextPaths = new ArrayList<>();
        List<String> contextHandlers = new ArrayList<>();
        for (InterruptHandler h : handlers) {
            String hw = "handler '" + h.getName() + "' of device '" + ((Device) h.eContainer()).getName() + "'";
            if (h.getCodePath() == null) {
                throw new UnsupportedFeatureException(sw + ": " + hw + " has no code path");
            }
            switch (h.getKind()) {
            case FAST -> {
                contextPaths.add(pathId(h.getCodePath()));
                contextHandlers.add(h.getName());
            }
            case FILTER_ITHREAD -> {
                if (h.getFilterCodePath() == null) {
                    throw new UnsupportedFeatureException(sw + ": " + hw + " is a filter + ithread handler without"
                            + " a filter code path");
                }
                contextPaths.add(pathId(h.getFilterCodePath()));
                contextHandlers.add(h.getName() + " (filter)");
                paths.add(ithreadPath(h, sw));
            }
            default -> paths.add(ithreadPath(h, sw));
            }
        }
        if (paths.isEmpty() && contextPaths.isEmpty()) {
            throw new UnsupportedFeatureException(sw + ": device '" + d.getName() + "' has no handler with a code path"
                    + (line == null ? "" : " on irq" + line.getNumber()));
        }
        int kind = contextPaths.isEmpty() ? CompiledScenario.HANDLER_ITHREAD
                : paths.isEmpty() ? CompiledScenario.HANDLER_FAST : CompiledScenario.HANDLER_FILTER;
        int priority = switch (d.getKind()) {
        case NETWORK -> PI_NET;
        case DISK, CAM, USB -> PI_DISK;
        case TTY -> PI_TTYLOW;
        case AUDIO -> PI_AV;
        case CLOCK -> PI_REALTIME;
        default -> PI_DULL;
        };
        int routing = CompiledScenario.ROUTE_NONE;
        List<Integer> targets = new ArrayList<>();
        if (line != null) {
            for (LogicalCpu cpu : line.getTargets()) {
                for (int i = 0; i < machineInfo.cpus(); i++) {
                    if (machineInfo.cpuId()[i] == cpu.getCpuId() && !targets.contains(i)) {
                        targets.add(i);
                    }
                }
            }
            if (targets.isEmpty()) {
                notes.add("irq" + line.getNumber() + " (" + s.getName() + ") is routed to no CPU of this machine: it"
                        + " is delivered to cpu" + machineInfo.cpuId()[0] + ", the BSP, as FreeBSD 5.x routes I/O APIC"
                        + " interrupts by default");
                targets.add(0);
            }
            routing = switch (line.getRouting()) {
            case ROUND_ROBIN -> CompiledScenario.ROUTE_ROUND_ROBIN;
            case LOWEST_PRIORITY -> CompiledScenario.ROUTE_LOWEST_PRIORITY;
            default -> CompiledScenario.ROUTE_FIXED;
            };
        } else if (!contextPaths.isEmpty()) {
            targets.add(0); // interrupt context needs a CPU: the BSP, FreeBSD 5.x's default destination
            routing = CompiledScenario.ROUTE_FIXED;
        }
        double[] a = arrivals(s.getArrivals(), sw);
        String threadName = (line == null ? "" : "irq" + line.getNumber() + ": ") + String.join(" ", devices);
        return new InterruptInfo(s.getName(), threadName, priority, deviceIds.get(d),
                paths.stream().mapToInt(Integer::intValue).toArray(), (int) a[0], a[1], a[2], (int) a[3], a[4],
                line == null ? -1 : line.getNumber(), kind, routing,
                targets.stream().mapToInt(Integer::intValue).toArray(),
                contextPaths.stream().mapToInt(Integer::intValue).toArray(), contextHandlers.toArray(String[]::new));
    }

    /**
     * The path an interrupt thread runs for handler {@code h}: its code path, wrapped in Giant when the handler is
     * not MPSAFE (ithread_loop takes Giant around a handler registered without INTR_MPSAFE) unless the path already
     * takes Giant itself at its top level, which is how the built-in kernels of the Giant eras express the same thing.
     */
    private int ithreadPath(InterruptHandler h, String where) throws UnsupportedFeatureException {
        int path = pathId(h.getCodePath());
        if (h.isMpsafe()) {
            return path;
        }
        if (giant < 0) {
            notes.add(where + ": handler " + h.getName() + " is not MPSAFE but the kernel has no Giant; it runs"
                    + " without one");
            return path;
        }
        for (Op op : pathInfos.get(path).steps()) {
            if (op.code == Op.ACQUIRE && op.lockType == giant) {
                return path;
            }
        }
        String name = "ithread_loop(" + h.getCodePath().getName() + ", Giant)";
        for (PathInfo p : pathInfos) {
            if (p.name().equals(name)) {
                return p.id();
            }
        }
        SiteInfo lockSite = new SiteInfo("kern_intr.c:ithread_loop", 1, name);
        SiteInfo unlockSite = new SiteInfo("kern_intr.c:ithread_loop", 2, name);
        Op[] steps = {
                new Op(Op.ACQUIRE, giant, false, false, false, null, -1, 0, 0, null, null, "mtx_lock(&Giant)",
                        siteId(lockSite)),
                new Op(Op.CALL, -1, false, false, false, null, -1, path, 0, null, null, h.getName(), -1),
                new Op(Op.RELEASE, giant, false, false, false, null, -1, 0, 0, null, null, "mtx_unlock(&Giant)",
                        siteId(unlockSite)) };
        int id = pathInfos.size();
        pathInfos.add(new PathInfo(id, name, steps, pathInfos.get(path).subsystem()));
        return id;
    }

    private int siteId(SiteInfo info) {
        return siteIds.computeIfAbsent(info, k -> {
            siteInfos.add(k);
            return siteInfos.size() - 1;
        });
    }

    /** {kind, rate or period, jitter, burst size, gap}. */
    private static double[] arrivals(ArrivalProcess a, String where) throws UnsupportedFeatureException {
        if (a instanceof PoissonArrivals p && p.getRatePerSecond() > 0) {
            return new double[] { CompiledScenario.ARRIVE_POISSON, p.getRatePerSecond(), 0, 1, 0 };
        }
        if (a instanceof PeriodicArrivals p && p.getPeriod() > 0) {
            return new double[] { CompiledScenario.ARRIVE_PERIODIC, p.getPeriod(), p.getJitter(), 1, 0 };
        }
        if (a instanceof BurstyArrivals b && b.getBurstsPerSecond() > 0) {
            return new double[] { CompiledScenario.ARRIVE_BURSTY, b.getBurstsPerSecond(), 0,
                    Math.max(1, b.getBurstSize()), b.getGap() };
        }
        throw new UnsupportedFeatureException(where + ": arrival process "
                + (a == null ? "missing" : a.eClass().getName() + " with a non-positive rate or period"));
    }

    private int lockId(LockType t) throws UnsupportedFeatureException {
        Integer id = lockIds.get(t);
        if (id != null) {
            return id;
        }
        id = lockInfos.size();
        lockIds.put(t, id);
        int kind = t.getLockClass() == null ? -1 : switch (t.getLockClass().getKind()) {
        case SPIN_MUTEX -> CompiledScenario.SPIN_MUTEX;
        case SLEEP_MUTEX -> CompiledScenario.SLEEP_MUTEX;
        case SX -> CompiledScenario.SX;
        case LOCKMGR -> CompiledScenario.LOCKMGR;
        default -> -1; // RW and RM: refused when a code path uses them
        };
        int inst = switch (t.getInstances()) {
        case SINGLE -> CompiledScenario.INST_SINGLE;
        case PER_CPU -> CompiledScenario.INST_PER_CPU;
        case PER_PROCESS -> CompiledScenario.INST_PER_PROCESS;
        case PER_DEVICE -> CompiledScenario.INST_PER_DEVICE;
        case FIXED -> CompiledScenario.INST_FIXED;
        default -> CompiledScenario.INST_PER_THREAD; // per thread, socket, vnode, file, object
        };
        boolean isGiant = t == scenario.getKernel().getGiant();
        lockInfos.add(new LockTypeInfo(id, t.getName(), kind, t.isRecursionAllowed() || isGiant, t.isDupOk(), inst,
                Math.max(1, t.getInstanceCount()), isGiant));
        return id;
    }

    private int usedLock(LockType t, String where) throws UnsupportedFeatureException {
        if (t == null) {
            throw new UnsupportedFeatureException(where + " names no lock type");
        }
        int id = lockId(t);
        if (lockInfos.get(id).kind() < 0) {
            throw new UnsupportedFeatureException("lock class " + (t.getLockClass() == null ? "(none)"
                    : t.getLockClass().getKind()) + " of lock type '" + t.getName() + "' (used by " + where
                    + ") is not yet implemented in this version");
        }
        return id;
    }

    private int channelId(Object key, String name) {
        return channelIds.computeIfAbsent(key, k -> {
            channelNames.add(name);
            return channelNames.size() - 1;
        });
    }

    private int pathId(CodePath path) throws UnsupportedFeatureException {
        Integer id = pathIds.get(path);
        if (id != null) {
            if (id < 0) {
                throw new UnsupportedFeatureException("code path '" + path.getName() + "' calls itself (recursion is"
                        + " not supported)");
            }
            return id;
        }
        pathIds.put(path, -1);
        String outerPath = sitePath;
        int outerOrdinal = siteOrdinal;
        sitePath = path.getName();
        siteOrdinal = 0;
        Op[] steps = steps(path.getSteps(), "code path '" + path.getName() + "'");
        sitePath = outerPath;
        siteOrdinal = outerOrdinal;
        id = pathInfos.size();
        pathInfos.add(new PathInfo(id, path.getName(), steps,
                path.getSubsystem() == null ? null : path.getSubsystem().getName()));
        pathIds.put(path, id);
        return id;
    }

    private Op[] steps(EList<Step> steps, String where) throws UnsupportedFeatureException {
        Op[] ops = new Op[steps.size()];
        for (int i = 0; i < ops.length; i++) {
            ops[i] = step(steps.get(i), where + " step " + (i + 1));
        }
        return ops;
    }

    private Op step(Step s, String where) throws UnsupportedFeatureException {
        String label = s.getLabel();
        siteOrdinal++;
        if (s instanceof Acquire a) {
            return new Op(Op.ACQUIRE, usedLock(a.getLockType(), where), a.getMode() == AcquireMode.SHARED,
                    a.isTryAcquire(), false, null, -1, 0, 0, null, null, label, site(a.getAcquisitionPoint()));
        }
        if (s instanceof Release r) {
            return new Op(Op.RELEASE, usedLock(r.getLockType(), where), false, false, false, null, -1, 0, 0, null,
                    null, label, site(null));
        }
        if (s instanceof Work w) {
            return new Op(Op.WORK, -1, false, false, false, dist(w.getDuration(), where), -1, 0, 0, null, null, label, -1);
        }
        if (s instanceof Sleep sl) {
            Object key = sl.getChannel() != null ? sl.getChannel() : sl.getConditionVariable();
            if (key == null) {
                throw new UnsupportedFeatureException(where + ": a sleep without a wait channel or condition variable");
            }
            String name = sl.getChannel() != null ? sl.getChannel().getName() : sl.getConditionVariable().getName();
            int interlock = sl.getInterlock() == null ? -1 : usedLock(sl.getInterlock(), where);
            Dist timeout = sl.getTimeout() == null ? null : dist(sl.getTimeout(), where + " timeout");
            int priority = sl.getPriority();
            if (priority < 0 || priority > PRI_MAX_TIMESHARE) {
                throw new UnsupportedFeatureException(where + ": sleep priority " + priority
                        + " is outside 0 (keep the thread's priority) .. " + PRI_MAX_TIMESHARE);
            }
            return new Op(Op.SLEEP, interlock, false, false, false, timeout, channelId(key, name), priority, 0, null,
                    null, label, site(null));
        }
        if (s instanceof Wakeup w) {
            if (w.getChannel() == null) {
                throw new UnsupportedFeatureException(where + ": a wakeup without a wait channel");
            }
            return new Op(Op.WAKEUP, -1, false, false, w.isAll(), null, channelId(w.getChannel(),
                    w.getChannel().getName()), 0, 0, null, null, label, -1);
        }
        if (s instanceof Signal sg) {
            return new Op(Op.SIGNAL, -1, false, false, false, null, channelId(sg.getConditionVariable(),
                    sg.getConditionVariable().getName()), 0, 0, null, null, label, -1);
        }
        if (s instanceof Broadcast b) {
            return new Op(Op.BROADCAST, -1, false, false, true, null, channelId(b.getConditionVariable(),
                    b.getConditionVariable().getName()), 0, 0, null, null, label, -1);
        }
        if (s instanceof CriticalEnter) {
            return new Op(Op.CRITICAL_ENTER, -1, false, false, false, null, -1, 0, 0, null, null, label, -1);
        }
        if (s instanceof CriticalExit) {
            return new Op(Op.CRITICAL_EXIT, -1, false, false, false, null, -1, 0, 0, null, null, label, -1);
        }
        if (s instanceof Call c) {
            if (c.getCodePath() == null) {
                throw new UnsupportedFeatureException(where + ": a call without a code path");
            }
            return new Op(Op.CALL, -1, false, false, false, null, -1, pathId(c.getCodePath()), 0, null, null, label, -1);
        }
        if (s instanceof Loop l) {
            Dist count = l.getCountDistribution() == null ? null : dist(l.getCountDistribution(), where + " count");
            return new Op(Op.LOOP, -1, false, false, false, count, -1, Math.max(0, l.getCount()), 0,
                    steps(l.getBody(), where + " loop body"), null, label, -1);
        }
        if (s instanceof Branch b) {
            return new Op(Op.BRANCH, -1, false, false, false, null, -1, 0, b.getProbability(),
                    steps(b.getThenSteps(), where + " then"), steps(b.getElseSteps(), where + " else"), label, -1);
        }
        if (s instanceof Yield) {
            return new Op(Op.YIELD, -1, false, false, false, null, -1, 0, 0, null, null, label, -1);
        }
        throw new UnsupportedFeatureException(where + ": step kind " + s.eClass().getName()
                + " is not yet implemented in this version");
    }

    /**
     * The site id of the current step: its acquisition point when the model gives one with a line, otherwise the
     * code path's name as the file and the step's ordinal in the path as the line (the built-in models carry no
     * line numbers, see kernel_code_paths.txt), so every site is distinct and stable across runs.
     */
    private int site(AcquisitionPoint point) {
        SiteInfo info = point != null && point.getFile() != null && !point.getFile().isBlank() && point.getLine() > 0
                ? new SiteInfo(point.getFile(), point.getLine(), sitePath)
                : new SiteInfo(sitePath == null ? "?" : sitePath, siteOrdinal, sitePath);
        return siteIds.computeIfAbsent(info, k -> {
            siteInfos.add(k);
            return siteInfos.size() - 1;
        });
    }

    private static Dist dist(Distribution d, String where) throws UnsupportedFeatureException {
        if (d == null) {
            throw new UnsupportedFeatureException(where + ": missing distribution");
        }
        if (d instanceof FixedDistribution f) {
            return new Dist(Dist.FIXED, f.getValue(), 0, null, null);
        }
        if (d instanceof UniformDistribution u) {
            return new Dist(Dist.UNIFORM, u.getMin(), Math.max(u.getMin(), u.getMax()), null, null);
        }
        if (d instanceof ExponentialDistribution e) {
            return new Dist(Dist.EXPONENTIAL, e.getMean(), 0, null, null);
        }
        if (d instanceof NormalDistribution n) {
            return new Dist(Dist.NORMAL, n.getMean(), n.getStandardDeviation(), null, null);
        }
        if (d instanceof EmpiricalDistribution e) {
            int n = Math.min(e.getValues().size(), e.getWeights().size());
            if (n == 0) {
                throw new UnsupportedFeatureException(where + ": an empirical distribution without samples");
            }
            double[] values = new double[n], cum = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                values[i] = e.getValues().get(i);
                sum += Math.max(0, e.getWeights().get(i));
                cum[i] = sum;
            }
            return new Dist(Dist.EMPIRICAL, 0, 0, values, cum);
        }
        throw new UnsupportedFeatureException(where + ": distribution " + d.eClass().getName()
                + " is not yet implemented in this version");
    }
}
