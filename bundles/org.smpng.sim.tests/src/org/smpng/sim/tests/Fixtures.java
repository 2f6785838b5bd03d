package org.smpng.sim.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smpng.model.kernel.Acquire;
import org.smpng.model.kernel.AcquireMode;
import org.smpng.model.kernel.Branch;
import org.smpng.model.kernel.CodePath;
import org.smpng.model.kernel.Distribution;
import org.smpng.model.kernel.KernelFactory;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockClass;
import org.smpng.model.kernel.LockClassKind;
import org.smpng.model.kernel.LockType;
import org.smpng.model.kernel.Release;
import org.smpng.model.kernel.Sleep;
import org.smpng.model.kernel.Step;
import org.smpng.model.kernel.Syscall;
import org.smpng.model.kernel.WaitChannel;
import org.smpng.model.kernel.Wakeup;
import org.smpng.model.kernel.Work;
import org.smpng.model.machine.CacheLineCosts;
import org.smpng.model.machine.Core;
import org.smpng.model.machine.CpuPackage;
import org.smpng.model.machine.Device;
import org.smpng.model.machine.DeviceKind;
import org.smpng.model.machine.HandlerKind;
import org.smpng.model.machine.InterruptHandler;
import org.smpng.model.machine.IrqKind;
import org.smpng.model.machine.IrqLine;
import org.smpng.model.machine.RoutingPolicy;
import org.smpng.model.machine.LogicalCpu;
import org.smpng.model.machine.Machine;
import org.smpng.model.machine.MachineFactory;
import org.smpng.model.scenario.EngineSettings;
import org.smpng.model.scenario.Scenario;
import org.smpng.model.scenario.ScenarioFactory;
import org.smpng.model.workload.ArrivalProcess;
import org.smpng.model.workload.InterruptSource;
import org.smpng.model.workload.Operation;
import org.smpng.model.workload.PeriodicArrivals;
import org.smpng.model.workload.PoissonArrivals;
import org.smpng.model.workload.PriorityClass;
import org.smpng.model.workload.UserProcess;
import org.smpng.model.workload.UserThreadGroup;
import org.smpng.model.workload.Workload;
import org.smpng.model.workload.WorkloadFactory;
import org.smpng.model.builtin.KernelModels;
import org.smpng.sim.SimObserver;
import org.smpng.sim.SimResults;
import org.smpng.sim.Simulation;
import org.smpng.sim.compile.CompiledScenario;
import org.smpng.sim.compile.ScenarioCompiler;

/**
 * The one place the engine tests build scenarios: a tiny builder for kernels (lock types, code paths, syscalls),
 * machines, workloads and scenarios, plus helpers to run them.
 */
final class Fixtures {

    static final KernelFactory K = KernelFactory.eINSTANCE;
    static final WorkloadFactory W = WorkloadFactory.eINSTANCE;

    /** A scenario under construction. */
    static final class Model {
        final KernelModel kernel = K.createKernelModel();
        final Machine machine = MachineFactory.eINSTANCE.createMachine();
        final Workload workload = W.createWorkload();
        final Scenario scenario = ScenarioFactory.eINSTANCE.createScenario();
        final Map<LockClassKind, LockClass> classes = new LinkedHashMap<>();
        final Map<String, LockType> locks = new LinkedHashMap<>();
        final Map<String, WaitChannel> channels = new LinkedHashMap<>();
        final UserProcess process = W.createUserProcess();

        Model(String name, int cpus) {
            kernel.setName(name);
            machine.setName(cpus + " CPUs");
            CacheLineCosts costs = MachineFactory.eINSTANCE.createCacheLineCosts();
            costs.setSameCore(0);
            costs.setSamePackage(0);
            costs.setCrossPackage(0);
            machine.setCacheLineCosts(costs);
            for (int i = 0; i < cpus; i++) {
                CpuPackage p = MachineFactory.eINSTANCE.createCpuPackage();
                p.setId(i);
                Core c = MachineFactory.eINSTANCE.createCore();
                LogicalCpu l = MachineFactory.eINSTANCE.createLogicalCpu();
                l.setCpuId(i);
                c.getThreads().add(l);
                p.getCores().add(c);
                machine.getPackages().add(p);
            }
            workload.setName(name);
            process.setName("proc");
            process.setThreadingLibrary(org.smpng.model.kernel.ThreadingLibrary.THR);
            workload.getProcesses().add(process);
            scenario.setName(name);
            scenario.setKernel(kernel);
            scenario.setMachine(machine);
            scenario.setWorkload(workload);
            EngineSettings s = ScenarioFactory.eINSTANCE.createEngineSettings();
            s.setSeed(1);
            s.setDuration(10_000_000);
            scenario.setSettings(s);
        }

        Model cacheCosts(double sameCore, double samePackage, double cross) {
            machine.getCacheLineCosts().setSameCore(sameCore);
            machine.getCacheLineCosts().setSamePackage(samePackage);
            machine.getCacheLineCosts().setCrossPackage(cross);
            return this;
        }

        Model settings(boolean preemption, boolean adaptive, long durationNs) {
            scenario.getSettings().setPreemption(preemption);
            scenario.getSettings().setAdaptiveSpinning(adaptive);
            scenario.getSettings().setDuration(durationNs);
            return this;
        }

        private LockClass lockClass(LockClassKind kind) {
            return classes.computeIfAbsent(kind, k -> {
                LockClass c = K.createLockClass();
                c.setName(k.getLiteral());
                c.setKind(k);
                c.setSleepable(k == LockClassKind.SX || k == LockClassKind.LOCKMGR);
                c.setSpin(k == LockClassKind.SPIN_MUTEX);
                c.setRecursable(true);
                kernel.getLockClasses().add(c);
                return c;
            });
        }

        LockType lock(String name, LockClassKind kind) {
            LockType t = K.createLockType();
            t.setName(name);
            t.setLockClass(lockClass(kind));
            kernel.getLockTypes().add(t);
            locks.put(name, t);
            return t;
        }

        LockType mutex(String name) {
            return lock(name, LockClassKind.SLEEP_MUTEX);
        }

        LockType spin(String name) {
            return lock(name, LockClassKind.SPIN_MUTEX);
        }

        LockType sx(String name) {
            return lock(name, LockClassKind.SX);
        }

        LockType giant() {
            LockType g = mutex("Giant");
            g.setRecursionAllowed(true);
            kernel.setGiant(g);
            return g;
        }

        WaitChannel channel(String name) {
            return channels.computeIfAbsent(name, n -> {
                WaitChannel c = K.createWaitChannel();
                c.setName(n);
                kernel.getWaitChannels().add(c);
                return c;
            });
        }

        CodePath path(String name, Step... steps) {
            CodePath p = K.createCodePath();
            p.setName(name);
            p.getSteps().addAll(List.of(steps));
            kernel.getCodePaths().add(p);
            return p;
        }

        Syscall syscall(String name, CodePath path) {
            Syscall s = K.createSyscall();
            s.setName(name);
            s.setNumber(kernel.getSyscalls().size() + 1);
            s.setMpsafe(true);
            s.setCodePath(path);
            kernel.getSyscalls().add(s);
            return s;
        }

        /** A thread group running {@code path} as its only syscall (named after the path). */
        UserThreadGroup group(String name, int count, Distribution think, CodePath... paths) {
            UserThreadGroup g = W.createUserThreadGroup();
            g.setName(name);
            g.setCount(count);
            g.setThinkTime(think);
            for (CodePath p : paths) {
                Operation o = W.createOperation();
                o.setSyscall(kernel.getSyscalls().stream().filter(s -> s.getCodePath() == p).findFirst()
                        .orElseGet(() -> syscall(p.getName(), p)));
                o.setWeight(1);
                g.getOperations().add(o);
            }
            process.getThreadGroups().add(g);
            return g;
        }

        UserThreadGroup group(String name, int count, int nice, PriorityClass cls, Distribution think,
                CodePath... paths) {
            UserThreadGroup g = group(name, count, think, paths);
            g.setNice(nice);
            g.setPriorityClass(cls);
            return g;
        }

        /** An interrupt source whose handler runs {@code path}, arriving as a Poisson process. */
        InterruptSource interrupt(String name, double perSecond, CodePath path) {
            Device d = MachineFactory.eINSTANCE.createDevice();
            d.setName(name + "0");
            d.setKind(DeviceKind.OTHER);
            InterruptHandler h = MachineFactory.eINSTANCE.createInterruptHandler();
            h.setName(name + "_intr");
            h.setKind(HandlerKind.ITHREAD);
            h.setMpsafe(true);
            h.setCodePath(path);
            d.getHandlers().add(h);
            machine.getDevices().add(d);
            InterruptSource s = W.createInterruptSource();
            s.setName(name);
            s.setDevice(d);
            PoissonArrivals a = W.createPoissonArrivals();
            a.setRatePerSecond(perSecond);
            s.setArrivals(a);
            workload.getInterruptSources().add(s);
            return s;
        }

        /** An IRQ line with the given routing over the CPUs with the given kernel ids. */
        IrqLine irq(int number, RoutingPolicy routing, int... cpuIds) {
            IrqLine l = MachineFactory.eINSTANCE.createIrqLine();
            l.setNumber(number);
            l.setKind(number >= 256 ? IrqKind.MSI : IrqKind.LEGACY);
            l.setRouting(routing);
            for (int id : cpuIds) {
                l.getTargets().add(machine.getPackages().stream().flatMap(p -> p.getCores().stream())
                        .flatMap(c -> c.getThreads().stream()).filter(t -> t.getCpuId() == id).findFirst()
                        .orElseThrow());
            }
            machine.getIrqLines().add(l);
            return l;
        }

        /**
         * A device raising {@code line} with one handler of the given kind ({@code filter} is the filter's path of a
         * FILTER_ITHREAD handler), and an interrupt source for it with the given arrivals.
         */
        InterruptSource source(String name, IrqLine line, HandlerKind kind, boolean mpsafe, CodePath path,
                CodePath filter, ArrivalProcess arrivals) {
            Device d = MachineFactory.eINSTANCE.createDevice();
            d.setName(name + "0");
            d.setKind(DeviceKind.OTHER);
            d.getIrqLines().add(line);
            machine.getDevices().add(d);
            handler(d, name + "_intr", kind, mpsafe, line, path, filter);
            InterruptSource s = W.createInterruptSource();
            s.setName(name);
            s.setDevice(d);
            s.setIrqLine(line);
            s.setArrivals(arrivals);
            workload.getInterruptSources().add(s);
            return s;
        }

        /** Attaches a handler to a device's line. */
        InterruptHandler handler(Device d, String name, HandlerKind kind, boolean mpsafe, IrqLine line, CodePath path,
                CodePath filter) {
            InterruptHandler h = MachineFactory.eINSTANCE.createInterruptHandler();
            h.setName(name);
            h.setKind(kind);
            h.setMpsafe(mpsafe);
            h.setIrqLine(line);
            h.setCodePath(path);
            h.setFilterCodePath(filter);
            d.getHandlers().add(h);
            return h;
        }

        /** Adds a static order chain (FreeBSD order_lists[] entry) of the named lock types. */
        Model order(String... names) {
            org.smpng.model.kernel.LockOrderChain chain = K.createLockOrderChain();
            for (String name : names) {
                org.smpng.model.kernel.LockOrderEntry entry = K.createLockOrderEntry();
                entry.setLockType(locks.get(name));
                chain.getEntries().add(entry);
            }
            kernel.getOrderChains().add(chain);
            return this;
        }

        /** Adds a blessed pair of the named lock types. */
        Model bless(String first, String second) {
            org.smpng.model.kernel.BlessedPair pair = K.createBlessedPair();
            pair.setFirst(locks.get(first));
            pair.setSecond(locks.get(second));
            kernel.getBlessedPairs().add(pair);
            return this;
        }

        CompiledScenario compile() throws Exception {
            return ScenarioCompiler.compile(scenario);
        }
    }

    static Acquire acquire(LockType t) {
        Acquire a = K.createAcquire();
        a.setLockType(t);
        return a;
    }

    static Acquire acquireShared(LockType t) {
        Acquire a = acquire(t);
        a.setMode(AcquireMode.SHARED);
        return a;
    }

    /** An acquisition at a source position, printed by WITNESS as {@code file:line}. */
    static Acquire acquireAt(LockType t, String file, int line) {
        Acquire a = acquire(t);
        org.smpng.model.kernel.AcquisitionPoint point = K.createAcquisitionPoint();
        point.setFile(file);
        point.setLine(line);
        a.setAcquisitionPoint(point);
        return a;
    }

    static org.smpng.model.kernel.Call call(CodePath path) {
        org.smpng.model.kernel.Call c = K.createCall();
        c.setCodePath(path);
        return c;
    }

    static Step criticalEnter() {
        return K.createCriticalEnter();
    }

    static Step criticalExit() {
        return K.createCriticalExit();
    }

    static Release release(LockType t) {
        Release r = K.createRelease();
        r.setLockType(t);
        return r;
    }

    static Work work(Distribution d) {
        Work w = K.createWork();
        w.setDuration(d);
        return w;
    }

    static Work work(double ns) {
        return work(fixed(ns));
    }

    static Sleep sleep(WaitChannel c, LockType interlock, Distribution timeout) {
        Sleep s = K.createSleep();
        s.setChannel(c);
        s.setInterlock(interlock);
        s.setTimeout(timeout);
        return s;
    }

    static Wakeup wakeup(WaitChannel c, boolean all) {
        Wakeup w = K.createWakeup();
        w.setChannel(c);
        w.setAll(all);
        return w;
    }

    static Branch branch(double p, List<Step> then, List<Step> otherwise) {
        Branch b = K.createBranch();
        b.setProbability(p);
        b.getThenSteps().addAll(then);
        b.getElseSteps().addAll(otherwise);
        return b;
    }

    static ArrivalProcess poisson(double perSecond) {
        PoissonArrivals a = W.createPoissonArrivals();
        a.setRatePerSecond(perSecond);
        return a;
    }

    static ArrivalProcess periodic(double periodNs) {
        PeriodicArrivals a = W.createPeriodicArrivals();
        a.setPeriod(periodNs);
        return a;
    }

    static Distribution fixed(double ns) {
        var d = K.createFixedDistribution();
        d.setValue(ns);
        return d;
    }

    static Distribution exponential(double mean) {
        var d = K.createExponentialDistribution();
        d.setMean(mean);
        return d;
    }

    static Distribution uniform(double min, double max) {
        var d = K.createUniformDistribution();
        d.setMin(min);
        d.setMax(max);
        return d;
    }

    /** Runs a compiled scenario with a seed and an observer to its end; closes the engine. */
    static SimResults run(CompiledScenario c, long seed, SimObserver observer) {
        try (Simulation sim = Simulation.of(c.with(seed, c.settings.durationNs()), observer)) {
            return sim.run();
        }
    }

    /** Runs a compiled scenario in the parallel mode at {@code scale} (virtual ns per wall ns) to its end. */
    static SimResults runParallel(CompiledScenario c, long seed, SimObserver observer, double scale) {
        try (Simulation sim = Simulation.of(c.with(seed, c.settings.durationNs()), observer,
                Simulation.Options.DEFAULT.withMode(org.smpng.model.scenario.ExecutionMode.PARALLEL)
                        .withScale(scale))) {
            return sim.run();
        }
    }

    /** Runs a built-in scenario on {@code cpus} CPUs for {@code durationNs}. */
    static SimResults runBuiltin(String spec, int cpus, long durationNs, long seed, double diskRatePerSecond)
            throws Exception {
        Scenario s = KernelModels.load(spec, Scenario.class);
        if (diskRatePerSecond > 0) {
            for (InterruptSource i : s.getWorkload().getInterruptSources()) {
                if (i.getName().equals("disk")) {
                    ((PoissonArrivals) i.getArrivals()).setRatePerSecond(diskRatePerSecond);
                }
            }
        }
        try (Simulation sim = Simulation.load(s, Simulation.Options.DEFAULT.withCpus(cpus).withDuration(durationNs)
                .withSeed(seed))) {
            return sim.run();
        }
    }

    static <T> List<T> list(List<T> l) {
        return new ArrayList<>(l);
    }
}
