package org.smpng.model.tests;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.smpng.model.kernel.Acquire;
import org.smpng.model.kernel.AcquireMode;
import org.smpng.model.kernel.AcquisitionPoint;
import org.smpng.model.kernel.BlessedPair;
import org.smpng.model.kernel.Branch;
import org.smpng.model.kernel.Broadcast;
import org.smpng.model.kernel.Call;
import org.smpng.model.kernel.CodePath;
import org.smpng.model.kernel.ConditionVariable;
import org.smpng.model.kernel.FixedDistribution;
import org.smpng.model.kernel.KernelFactory;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockClass;
import org.smpng.model.kernel.LockClassKind;
import org.smpng.model.kernel.LockOrderChain;
import org.smpng.model.kernel.LockOrderEntry;
import org.smpng.model.kernel.LockType;
import org.smpng.model.kernel.Loop;
import org.smpng.model.kernel.Platform;
import org.smpng.model.kernel.Release;
import org.smpng.model.kernel.Signal;
import org.smpng.model.kernel.Sleep;
import org.smpng.model.kernel.Step;
import org.smpng.model.kernel.Syscall;
import org.smpng.model.kernel.ThreadingLibrary;
import org.smpng.model.kernel.WaitChannel;
import org.smpng.model.kernel.Wakeup;
import org.smpng.model.kernel.Work;
import org.smpng.model.kernel.util.KernelValidator;
import org.smpng.model.machine.Core;
import org.smpng.model.machine.CpuPackage;
import org.smpng.model.machine.Device;
import org.smpng.model.machine.DeviceKind;
import org.smpng.model.machine.HandlerKind;
import org.smpng.model.machine.InterruptHandler;
import org.smpng.model.machine.IoApic;
import org.smpng.model.machine.IoApicPin;
import org.smpng.model.machine.IrqKind;
import org.smpng.model.machine.IrqLine;
import org.smpng.model.machine.LocalApic;
import org.smpng.model.machine.LogicalCpu;
import org.smpng.model.machine.Machine;
import org.smpng.model.machine.MachineFactory;
import org.smpng.model.scenario.EngineSettings;
import org.smpng.model.scenario.Scenario;
import org.smpng.model.scenario.ScenarioFactory;
import org.smpng.model.workload.Operation;
import org.smpng.model.workload.PoissonArrivals;
import org.smpng.model.workload.UserProcess;
import org.smpng.model.workload.UserThreadGroup;
import org.smpng.model.workload.Workload;
import org.smpng.model.workload.WorkloadFactory;

/**
 * Builds small kernel models, machines, workloads and scenarios for the tests, and runs the validators on them:
 * the one place the tests of this bundle create model objects. Lock types named in a chain or a step but not
 * declared first become sleep mutexes; wait channels, condition variables and called code paths are created on
 * first mention.
 */
final class Models {

    private static final KernelFactory FACTORY = KernelFactory.eINSTANCE;
    private static final MachineFactory MACHINES = MachineFactory.eINSTANCE;
    private static final WorkloadFactory WORKLOADS = WorkloadFactory.eINSTANCE;

    private final KernelModel model = FACTORY.createKernelModel();
    private final Map<LockClassKind, LockClass> classes = new EnumMap<>(LockClassKind.class);
    private int nextLine = 100;

    private Models(String name) {
        model.setName(name);
    }

    /** Starts an empty model. */
    static Models named(String name) {
        return new Models(name);
    }

    /** Adds a lock type of the given kind (always a new one, even if the name is taken). */
    Models lock(String name, LockClassKind kind) {
        LockType type = FACTORY.createLockType();
        type.setName(name);
        type.setLockClass(lockClass(kind));
        model.getLockTypes().add(type);
        return this;
    }

    /** Adds a chain with the given label (null for none) of the named lock types, creating missing ones. */
    Models labelledChain(String label, String... names) {
        LockOrderChain chain = FACTORY.createLockOrderChain();
        chain.setLabel(label);
        for (String name : names) {
            LockOrderEntry entry = FACTORY.createLockOrderEntry();
            entry.setLockType(typeOrNew(name));
            chain.getEntries().add(entry);
        }
        model.getOrderChains().add(chain);
        return this;
    }

    /** Adds an unlabelled chain of the named lock types, creating missing ones. */
    Models chain(String... names) {
        return labelledChain(null, names);
    }

    /** Adds a blessed pair of the named lock types, creating missing ones. */
    Models blessed(String first, String second) {
        BlessedPair pair = FACTORY.createBlessedPair();
        pair.setFirst(typeOrNew(first));
        pair.setSecond(typeOrNew(second));
        model.getBlessedPairs().add(pair);
        return this;
    }

    /** Makes the named lock type Giant, with or without recursion allowed. */
    Models giant(String name, boolean recursive) {
        LockType giant = typeOrNew(name);
        giant.setRecursionAllowed(recursive);
        model.setGiant(giant);
        return this;
    }

    /** Returns the model built so far (not a copy). */
    KernelModel build() {
        return model;
    }

    /** Returns the first lock type with the given name in {@code model}. */
    static LockType type(KernelModel model, String name) {
        return model.getLockTypes().stream().filter(t -> name.equals(t.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no lock type " + name));
    }

    /** Returns the names of lock types, in order. */
    static List<String> names(Iterable<LockType> types) {
        List<String> names = new ArrayList<>();
        types.forEach(type -> names.add(type.getName()));
        return names;
    }

    // ------------------------------------------------------------------ code paths

    /** Adds (or fills, if a call created it already) the code path with the given name and steps. */
    Models codePath(String name, Step... steps) {
        CodePath path = pathOrNew(name);
        path.getSteps().addAll(List.of(steps));
        return this;
    }

    /** Adds a syscall with the given number, MPSAFE flag and code path (created on first mention). */
    Models syscall(String name, int number, boolean mpsafe, String codePath) {
        Syscall syscall = FACTORY.createSyscall();
        syscall.setName(name);
        syscall.setNumber(number);
        syscall.setMpsafe(mpsafe);
        syscall.setCodePath(codePath == null ? null : pathOrNew(codePath));
        model.getSyscalls().add(syscall);
        return this;
    }

    /** An exclusive, blocking acquire of the named lock type at kern/kern_test.c and a fresh line number. */
    Acquire acquire(String lock) {
        Acquire acquire = FACTORY.createAcquire();
        acquire.setLockType(typeOrNew(lock));
        acquire.setAcquisitionPoint(point("kern/kern_test.c", nextLine++));
        return acquire;
    }

    /** A shared acquire of the named lock type. */
    Acquire acquireShared(String lock) {
        Acquire acquire = acquire(lock);
        acquire.setMode(AcquireMode.SHARED);
        return acquire;
    }

    /** A try-acquire of the named lock type. */
    Acquire tryAcquire(String lock) {
        Acquire acquire = acquire(lock);
        acquire.setTryAcquire(true);
        return acquire;
    }

    Release release(String lock) {
        Release release = FACTORY.createRelease();
        release.setLockType(typeOrNew(lock));
        return release;
    }

    /** msleep on the named wait channel with the named interlock, or tsleep if {@code interlock} is null. */
    Sleep sleep(String channel, String interlock) {
        Sleep sleep = FACTORY.createSleep();
        sleep.setChannel(channel(channel));
        sleep.setInterlock(interlock == null ? null : typeOrNew(interlock));
        return sleep;
    }

    /** cv_wait on the named condition variable with the named interlock (null for none). */
    Sleep cvWait(String cv, String interlock) {
        Sleep sleep = FACTORY.createSleep();
        sleep.setConditionVariable(cv(cv));
        sleep.setInterlock(interlock == null ? null : typeOrNew(interlock));
        return sleep;
    }

    Wakeup wakeup(String channel) {
        Wakeup wakeup = FACTORY.createWakeup();
        wakeup.setChannel(channel(channel));
        return wakeup;
    }

    Signal signal(String cv) {
        Signal signal = FACTORY.createSignal();
        signal.setConditionVariable(cv(cv));
        return signal;
    }

    Broadcast broadcast(String cv) {
        Broadcast broadcast = FACTORY.createBroadcast();
        broadcast.setConditionVariable(cv(cv));
        return broadcast;
    }

    /** Work for a fixed number of nanoseconds. */
    static Work work(double nanoseconds) {
        Work work = FACTORY.createWork();
        work.setDuration(fixed(nanoseconds));
        return work;
    }

    /** A call of the named code path, which is created empty if it does not exist yet. */
    Call call(String codePath) {
        Call call = FACTORY.createCall();
        call.setCodePath(pathOrNew(codePath));
        return call;
    }

    static Loop loop(int count, Step... body) {
        Loop loop = FACTORY.createLoop();
        loop.setCount(count);
        loop.getBody().addAll(List.of(body));
        return loop;
    }

    static Branch branch(double probability, List<Step> thenSteps, List<Step> elseSteps) {
        Branch branch = FACTORY.createBranch();
        branch.setProbability(probability);
        branch.getThenSteps().addAll(thenSteps);
        branch.getElseSteps().addAll(elseSteps);
        return branch;
    }

    static Step criticalEnter() {
        return FACTORY.createCriticalEnter();
    }

    static Step criticalExit() {
        return FACTORY.createCriticalExit();
    }

    static Step yieldCpu() {
        return FACTORY.createYield();
    }

    static FixedDistribution fixed(double nanoseconds) {
        FixedDistribution fixed = FACTORY.createFixedDistribution();
        fixed.setValue(nanoseconds);
        return fixed;
    }

    static AcquisitionPoint point(String file, int line) {
        AcquisitionPoint point = FACTORY.createAcquisitionPoint();
        point.setFile(file);
        point.setLine(line);
        return point;
    }

    /** Returns the code path with the given name in {@code model}. */
    static CodePath path(KernelModel model, String name) {
        return model.getCodePaths().stream().filter(p -> name.equals(p.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no code path " + name));
    }

    /** Returns the syscall with the given name in {@code model}. */
    static Syscall syscall(KernelModel model, String name) {
        return model.getSyscalls().stream().filter(s -> name.equals(s.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no syscall " + name));
    }

    private CodePath pathOrNew(String name) {
        for (CodePath path : model.getCodePaths()) {
            if (name.equals(path.getName())) {
                return path;
            }
        }
        CodePath path = FACTORY.createCodePath();
        path.setName(name);
        model.getCodePaths().add(path);
        return path;
    }

    private WaitChannel channel(String name) {
        for (WaitChannel channel : model.getWaitChannels()) {
            if (name.equals(channel.getName())) {
                return channel;
            }
        }
        WaitChannel channel = FACTORY.createWaitChannel();
        channel.setName(name);
        model.getWaitChannels().add(channel);
        return channel;
    }

    private ConditionVariable cv(String name) {
        for (ConditionVariable cv : model.getConditionVariables()) {
            if (name.equals(cv.getName())) {
                return cv;
            }
        }
        ConditionVariable cv = FACTORY.createConditionVariable();
        cv.setName(name);
        model.getConditionVariables().add(cv);
        return cv;
    }

    // ------------------------------------------------------------------ machines

    /**
     * A machine of the given platform with {@code packages} x {@code cores} x {@code threads} logical CPUs numbered
     * from 0, each with a local APIC of the same id, one I/O APIC with 24 pins and the default cache line costs.
     */
    static Machine machine(String name, Platform platform, int packages, int cores, int threads) {
        Machine machine = MACHINES.createMachine();
        machine.setName(name);
        machine.setPlatform(platform);
        int cpuId = 0;
        for (int p = 0; p < packages; p++) {
            CpuPackage cpuPackage = MACHINES.createCpuPackage();
            cpuPackage.setId(p);
            for (int c = 0; c < cores; c++) {
                Core core = MACHINES.createCore();
                core.setId(c);
                for (int t = 0; t < threads; t++) {
                    LogicalCpu cpu = MACHINES.createLogicalCpu();
                    cpu.setCpuId(cpuId);
                    LocalApic lapic = MACHINES.createLocalApic();
                    lapic.setApicId(cpuId++);
                    cpu.setLocalApic(lapic);
                    core.getThreads().add(cpu);
                }
                cpuPackage.getCores().add(core);
            }
            machine.getPackages().add(cpuPackage);
        }
        machine.setCacheLineCosts(MACHINES.createCacheLineCosts());
        IoApic ioApic = MACHINES.createIoApic();
        ioApic.setApicId(cpuId);
        for (int pin = 0; pin < 24; pin++) {
            IoApicPin ioApicPin = MACHINES.createIoApicPin();
            ioApicPin.setNumber(pin);
            ioApic.getPins().add(ioApicPin);
        }
        machine.getIoApics().add(ioApic);
        return machine;
    }

    /** Adds a legacy IRQ line wired to I/O APIC pin {@code number}, routed to the given CPUs (fixed routing). */
    static IrqLine irq(Machine machine, int number, boolean shared, int... targetCpuIds) {
        IrqLine line = MACHINES.createIrqLine();
        line.setNumber(number);
        line.setShared(shared);
        line.setKind(IrqKind.LEGACY);
        line.setPin(machine.getIoApics().get(0).getPins().get(number));
        for (int id : targetCpuIds) {
            line.getTargets().add(cpu(machine, id));
        }
        machine.getIrqLines().add(line);
        return line;
    }

    /** Adds a device that raises the given lines. */
    static Device device(Machine machine, String name, DeviceKind kind, IrqLine... lines) {
        Device device = MACHINES.createDevice();
        device.setName(name);
        device.setKind(kind);
        device.getIrqLines().addAll(List.of(lines));
        machine.getDevices().add(device);
        return device;
    }

    /** Adds a handler on the device's first line running {@code codePath}. */
    static InterruptHandler handler(Device device, String name, HandlerKind kind, boolean mpsafe, CodePath codePath) {
        InterruptHandler handler = MACHINES.createInterruptHandler();
        handler.setName(name);
        handler.setKind(kind);
        handler.setMpsafe(mpsafe);
        handler.setIrqLine(device.getIrqLines().isEmpty() ? null : device.getIrqLines().get(0));
        handler.setCodePath(codePath);
        device.getHandlers().add(handler);
        return handler;
    }

    /** Returns the logical CPU with the given id. */
    static LogicalCpu cpu(Machine machine, int cpuId) {
        return machine.getPackages().stream().flatMap(p -> p.getCores().stream())
                .flatMap(c -> c.getThreads().stream()).filter(t -> t.getCpuId() == cpuId).findFirst()
                .orElseThrow(() -> new AssertionError("no cpu " + cpuId));
    }

    // ------------------------------------------------------------------ workloads and scenarios

    /** An empty workload. */
    static Workload workload(String name) {
        Workload workload = WORKLOADS.createWorkload();
        workload.setName(name);
        return workload;
    }

    /** Adds a process with one thread group making the given syscalls, each with weight 1. */
    static UserThreadGroup threads(Workload workload, String process, ThreadingLibrary library, int count,
            Syscall... syscalls) {
        UserProcess userProcess = WORKLOADS.createUserProcess();
        userProcess.setName(process);
        userProcess.setThreadingLibrary(library);
        UserThreadGroup group = WORKLOADS.createUserThreadGroup();
        group.setName(process + " threads");
        group.setCount(count);
        group.setThinkTime(fixed(10_000));
        for (Syscall syscall : syscalls) {
            Operation operation = WORKLOADS.createOperation();
            operation.setSyscall(syscall);
            group.getOperations().add(operation);
        }
        userProcess.getThreadGroups().add(group);
        workload.getProcesses().add(userProcess);
        return group;
    }

    /** Poisson arrivals at the given rate per second. */
    static PoissonArrivals poisson(double ratePerSecond) {
        PoissonArrivals arrivals = WORKLOADS.createPoissonArrivals();
        arrivals.setRatePerSecond(ratePerSecond);
        return arrivals;
    }

    /** A scenario of the three parts with default engine settings (one simulated second). */
    static Scenario scenario(String name, KernelModel kernel, Machine machine, Workload workload) {
        Scenario scenario = ScenarioFactory.eINSTANCE.createScenario();
        scenario.setName(name);
        scenario.setKernel(kernel);
        scenario.setMachine(machine);
        scenario.setWorkload(workload);
        EngineSettings settings = ScenarioFactory.eINSTANCE.createEngineSettings();
        settings.setSeed(42);
        scenario.setSettings(settings);
        return scenario;
    }

    /** Validates a model object and its contents with EMF's diagnostician, as the workbench and command line do. */
    static Diagnostic validate(EObject object) {
        return Diagnostician.INSTANCE.validate(object);
    }

    /** Returns every diagnostic from {@code source} with the given code, at any depth. */
    static List<Diagnostic> withCode(Diagnostic diagnostic, String source, int code) {
        List<Diagnostic> found = new ArrayList<>();
        collect(diagnostic, source, code, found);
        return found;
    }

    /** Returns the messages of all diagnostics below {@code diagnostic}, for assertion messages. */
    static String messages(Diagnostic diagnostic) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic child : diagnostic.getChildren()) {
            text.append(child.getSource()).append('#').append(child.getCode()).append(": ").append(child.getMessage())
                    .append('\n');
        }
        return text.toString();
    }


    /** Returns every diagnostic of the kernel validator with the given code, at any depth. */
    static List<Diagnostic> withCode(Diagnostic diagnostic, int code) {
        List<Diagnostic> found = new ArrayList<>();
        collect(diagnostic, code, found);
        return found;
    }

    private static void collect(Diagnostic diagnostic, int code, List<Diagnostic> found) {
        collect(diagnostic, KernelValidator.DIAGNOSTIC_SOURCE, code, found);
    }

    private static void collect(Diagnostic diagnostic, String source, int code, List<Diagnostic> found) {
        if (source.equals(diagnostic.getSource()) && diagnostic.getCode() == code) {
            found.add(diagnostic);
        }
        diagnostic.getChildren().forEach(child -> collect(child, source, code, found));
    }

    private LockType typeOrNew(String name) {
        for (LockType type : model.getLockTypes()) {
            if (name.equals(type.getName())) {
                return type;
            }
        }
        lock(name, LockClassKind.SLEEP_MUTEX);
        return model.getLockTypes().get(model.getLockTypes().size() - 1);
    }

    private LockClass lockClass(LockClassKind kind) {
        return classes.computeIfAbsent(kind, k -> {
            LockClass lockClass = FACTORY.createLockClass();
            lockClass.setName(k.getLiteral().toLowerCase().replace('_', ' '));
            lockClass.setKind(k);
            lockClass.setSpin(k == LockClassKind.SPIN_MUTEX);
            lockClass.setSleepable(k == LockClassKind.SX || k == LockClassKind.LOCKMGR);
            lockClass.setRecursable(true); // every FreeBSD lock class is LC_RECURSABLE
            lockClass.setUpgradable(k == LockClassKind.SX || k == LockClassKind.RW || k == LockClassKind.LOCKMGR);
            model.getLockClasses().add(lockClass);
            return lockClass;
        });
    }
}
