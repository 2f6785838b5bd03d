package org.smpng.ui.diagram.tests;

import java.util.List;
import org.smpng.model.kernel.Acquire;
import org.smpng.model.kernel.AcquisitionPoint;
import org.smpng.model.kernel.CodePath;
import org.smpng.model.kernel.FixedDistribution;
import org.smpng.model.kernel.KernelFactory;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockClass;
import org.smpng.model.kernel.LockClassKind;
import org.smpng.model.kernel.LockOrderChain;
import org.smpng.model.kernel.LockOrderEntry;
import org.smpng.model.kernel.LockType;
import org.smpng.model.kernel.Release;
import org.smpng.model.kernel.Subsystem;
import org.smpng.model.kernel.Syscall;
import org.smpng.model.kernel.ThreadingLibrary;
import org.smpng.model.kernel.Work;
import org.smpng.model.machine.CacheLineCosts;
import org.smpng.model.machine.Core;
import org.smpng.model.machine.CpuPackage;
import org.smpng.model.machine.LogicalCpu;
import org.smpng.model.machine.Machine;
import org.smpng.model.machine.MachineFactory;
import org.smpng.model.scenario.EngineSettings;
import org.smpng.model.scenario.Scenario;
import org.smpng.model.scenario.ScenarioFactory;
import org.smpng.model.workload.Operation;
import org.smpng.model.workload.UserProcess;
import org.smpng.model.workload.UserThreadGroup;
import org.smpng.model.workload.Workload;
import org.smpng.model.workload.WorkloadFactory;

/** Small scenarios whose runs make WITNESS report something, built in memory for the live views' tests. */
final class LorScenarios {

    private static final KernelFactory K = KernelFactory.eINSTANCE;

    private LorScenarios() {
    }

    /**
     * One CPU, one thread whose only syscall takes B_mtx then A_mtx (at bad_path.c:10 and :11), while the kernel
     * declares A_mtx before B_mtx, and an unrelated C_mtx that must not be selected.
     */
    static Scenario reversal() {
        KernelModel kernel = K.createKernelModel();
        kernel.setName("lor");
        LockClass mutex = K.createLockClass();
        mutex.setName("sleep mutex");
        mutex.setKind(LockClassKind.SLEEP_MUTEX);
        kernel.getLockClasses().add(mutex);
        LockType a = lockType(kernel, mutex, "A_mtx");
        LockType b = lockType(kernel, mutex, "B_mtx");
        lockType(kernel, mutex, "C_mtx");
        LockOrderChain chain = K.createLockOrderChain();
        for (LockType t : List.of(a, b)) {
            LockOrderEntry entry = K.createLockOrderEntry();
            entry.setLockType(t);
            chain.getEntries().add(entry);
        }
        kernel.getOrderChains().add(chain);
        CodePath path = K.createCodePath();
        path.setName("bad_path");
        path.getSteps().addAll(List.of(acquireAt(b, 10), acquireAt(a, 11), work(100), release(a), release(b)));
        kernel.getCodePaths().add(path);
        return scenarioOf(kernel, path);
    }

    /**
     * One CPU, one thread whose syscall first takes A_mtx then B_mtx (lor.c:20, :21), as the kernel declares, then
     * B_mtx then A_mtx (lor.c:10, :11), a reversal of an order the run itself established, and C_mtx then D_mtx
     * (lor.c:30, :31), which no order chain mentions. A_mtx and B_mtx belong to subsystem "vfs", C_mtx and D_mtx to
     * "net"; E_spin is a spin mutex nobody takes.
     */
    static Scenario witnessed() {
        KernelModel kernel = K.createKernelModel();
        kernel.setName("lor-witnessed");
        LockClass mutex = K.createLockClass();
        mutex.setName("sleep mutex");
        mutex.setKind(LockClassKind.SLEEP_MUTEX);
        LockClass spin = K.createLockClass();
        spin.setName("spin mutex");
        spin.setKind(LockClassKind.SPIN_MUTEX);
        kernel.getLockClasses().addAll(List.of(mutex, spin));
        Subsystem vfs = subsystem(kernel, "vfs"), net = subsystem(kernel, "net");
        LockType a = lockType(kernel, mutex, "A_mtx"), b = lockType(kernel, mutex, "B_mtx");
        LockType c = lockType(kernel, mutex, "C_mtx"), d = lockType(kernel, mutex, "D_mtx");
        lockType(kernel, spin, "E_spin");
        a.setSubsystem(vfs);
        b.setSubsystem(vfs);
        c.setSubsystem(net);
        d.setSubsystem(net);
        LockOrderChain chain = K.createLockOrderChain();
        for (LockType t : List.of(a, b)) {
            LockOrderEntry entry = K.createLockOrderEntry();
            entry.setLockType(t);
            chain.getEntries().add(entry);
        }
        kernel.getOrderChains().add(chain);
        CodePath path = K.createCodePath();
        path.setName("sys_lor");
        path.getSteps().addAll(List.of(acquireAt(a, "lor.c", 20), acquireAt(b, "lor.c", 21), work(100), release(b),
                release(a), acquireAt(b, "lor.c", 10), acquireAt(a, "lor.c", 11), work(100), release(a), release(b),
                acquireAt(c, "lor.c", 30), acquireAt(d, "lor.c", 31), work(100), release(d), release(c)));
        kernel.getCodePaths().add(path);
        return scenarioOf(kernel, path);
    }

    private static Subsystem subsystem(KernelModel kernel, String name) {
        Subsystem s = K.createSubsystem();
        s.setName(name);
        kernel.getSubsystems().add(s);
        return s;
    }

    private static Work work(double ns) {
        Work work = K.createWork();
        FixedDistribution fixed = K.createFixedDistribution();
        fixed.setValue(ns);
        work.setDuration(fixed);
        return work;
    }

    /** The kernel's {@code path} as the only syscall of one thread on a one-CPU machine, for a millisecond. */
    private static Scenario scenarioOf(KernelModel kernel, CodePath path) {
        Syscall syscall = K.createSyscall();
        syscall.setName(path.getName());
        syscall.setNumber(1);
        syscall.setMpsafe(true);
        syscall.setCodePath(path);
        kernel.getSyscalls().add(syscall);

        Machine machine = MachineFactory.eINSTANCE.createMachine();
        machine.setName("1 CPU");
        CacheLineCosts costs = MachineFactory.eINSTANCE.createCacheLineCosts();
        machine.setCacheLineCosts(costs);
        CpuPackage pkg = MachineFactory.eINSTANCE.createCpuPackage();
        Core core = MachineFactory.eINSTANCE.createCore();
        LogicalCpu cpu = MachineFactory.eINSTANCE.createLogicalCpu();
        core.getThreads().add(cpu);
        pkg.getCores().add(core);
        machine.getPackages().add(pkg);

        Workload workload = WorkloadFactory.eINSTANCE.createWorkload();
        workload.setName(kernel.getName());
        UserProcess process = WorkloadFactory.eINSTANCE.createUserProcess();
        process.setName("proc");
        process.setThreadingLibrary(ThreadingLibrary.THR);
        UserThreadGroup group = WorkloadFactory.eINSTANCE.createUserThreadGroup();
        group.setName("t");
        group.setCount(1);
        FixedDistribution think = K.createFixedDistribution();
        think.setValue(1000);
        group.setThinkTime(think);
        Operation op = WorkloadFactory.eINSTANCE.createOperation();
        op.setSyscall(syscall);
        op.setWeight(1);
        group.getOperations().add(op);
        process.getThreadGroups().add(group);
        workload.getProcesses().add(process);

        Scenario scenario = ScenarioFactory.eINSTANCE.createScenario();
        scenario.setName(kernel.getName());
        scenario.setKernel(kernel);
        scenario.setMachine(machine);
        scenario.setWorkload(workload);
        EngineSettings settings = ScenarioFactory.eINSTANCE.createEngineSettings();
        settings.setSeed(1);
        settings.setDuration(1_000_000);
        scenario.setSettings(settings);
        return scenario;
    }

    static LockType lockType(KernelModel kernel, LockClass lockClass, String name) {
        LockType t = K.createLockType();
        t.setName(name);
        t.setLockClass(lockClass);
        kernel.getLockTypes().add(t);
        return t;
    }

    static Acquire acquireAt(LockType t, int line) {
        return acquireAt(t, "bad_path.c", line);
    }

    static Acquire acquireAt(LockType t, String file, int line) {
        Acquire acquire = K.createAcquire();
        acquire.setLockType(t);
        AcquisitionPoint point = K.createAcquisitionPoint();
        point.setFile(file);
        point.setLine(line);
        acquire.setAcquisitionPoint(point);
        return acquire;
    }

    static Release release(LockType t) {
        Release release = K.createRelease();
        release.setLockType(t);
        return release;
    }
}
