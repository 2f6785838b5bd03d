package org.smpng.bench.witness;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.smpng.bench.ComparedWith;
import org.smpng.model.kernel.Acquire;
import org.smpng.model.kernel.CodePath;
import org.smpng.model.kernel.KernelFactory;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockClass;
import org.smpng.model.kernel.LockClassKind;
import org.smpng.model.kernel.LockOrderChain;
import org.smpng.model.kernel.LockOrderEntry;
import org.smpng.model.kernel.LockType;
import org.smpng.model.kernel.Release;
import org.smpng.model.kernel.Syscall;
import org.smpng.model.machine.Core;
import org.smpng.model.machine.CpuPackage;
import org.smpng.model.machine.LogicalCpu;
import org.smpng.model.machine.Machine;
import org.smpng.model.machine.MachineFactory;
import org.smpng.model.scenario.Scenario;
import org.smpng.model.scenario.ScenarioFactory;
import org.smpng.model.workload.Operation;
import org.smpng.model.workload.UserProcess;
import org.smpng.model.workload.UserThreadGroup;
import org.smpng.model.workload.Workload;
import org.smpng.model.workload.WorkloadFactory;
import org.smpng.sim.SimObserver;
import org.smpng.sim.SimObserver.RunInfo;
import org.smpng.sim.Simulation;
import org.smpng.sim.compile.CompiledScenario;
import org.smpng.sim.compile.ScenarioCompiler;
import org.smpng.sim.compile.UnsupportedFeatureException;
import org.smpng.sim.witness.Witness;
import org.smpng.sim.witness.WitnessEra;

/**
 * What WITNESS adds to one lock acquisition: the observer callbacks of a nested acquisition of {@link #DEPTH}
 * locks and their releases (lockAttempt, lockAcquired, lockReleasing, lockReleased), driven straight into a
 * {@link Witness} seeded with a static order chain of {@link #lockTypes} types, with and without the order check.
 *
 * <p>{@code checkedAcquireRelease} is the full WITNESS path. {@code heldListOnlyAcquireRelease} is the baseline
 * "unchecked acquisition": the same callbacks into an observer that only keeps the thread's held-lock list (what
 * any lock-tracking observer pays, and what WITNESS does besides checking). Both are also compared with an
 * uncontended {@code ReentrantLock} acquire and release. Running with 16 and with 1,536 (WITNESS_COUNT) lock types
 * shows that the check does not grow with the number of types: it is a bit test in the closed relationship
 * matrix. Score: nanoseconds per acquisition (with its release).
 *
 * <p>Locking key: the state is per benchmark thread ({@link Scope#Thread}); the witness sees the callbacks one at a
 * time, as the engine's baton holder would call them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class WitnessCheckBenchmark {

    /** Locks held at once by the modeled thread in each invocation. */
    static final int DEPTH = 4;

    @Param({ "16", "1536" })
    public int lockTypes;

    private Witness witness;
    private HeldListObserver heldList;
    private final int[] lock = new int[DEPTH], type = new int[DEPTH], acquireSite = new int[DEPTH],
            releaseSite = new int[DEPTH];

    /** The baseline observer: per thread, the stack of held lock ids, pushed and popped like WITNESS's list. */
    static final class HeldListObserver implements SimObserver {
        private final int[] held = new int[64];
        private int count;

        @Override
        public void lockAcquired(long timeNs, int thread, int lockId, boolean shared, int site) {
            held[count++] = lockId;
        }

        @Override
        public void lockReleased(long timeNs, int thread, int lockId, int site) {
            for (int i = count - 1; i >= 0; i--) {
                if (held[i] == lockId) {
                    System.arraycopy(held, i + 1, held, i, count - i - 1);
                    count--;
                    return;
                }
            }
        }
    }

    @Setup(Level.Trial)
    public void attach() throws UnsupportedFeatureException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < lockTypes; i++) {
            names.add("lock " + i);
        }
        // Acquire types spread over the chain, in its order: no reversal, as in a correct kernel.
        int[] chosen = new int[DEPTH];
        for (int d = 0; d < DEPTH; d++) {
            chosen[d] = d * (lockTypes / DEPTH);
        }
        CompiledScenario compiled = scenario(names, chosen);
        witness = Witness.forChains(List.of(names), Witness.Options.of(WitnessEra.MODERN));
        heldList = new HeldListObserver();
        try (Simulation sim = Simulation.of(compiled, SimObserver.NONE)) {
            RunInfo info = sim.engine().runInfo(); // not started: no modeled thread runs
            witness.attached(info);
            heldList.attached(info);
            for (int d = 0; d < DEPTH; d++) {
                type[d] = compiled.lockTypeId(names.get(chosen[d]));
                for (int l = 0; l < info.lockTypeOf().length; l++) {
                    if (info.lockTypeOf()[l] == type[d]) {
                        lock[d] = l;
                    }
                }
                acquireSite[d] = compiled.paths[0].steps()[d].site;
                releaseSite[d] = compiled.paths[0].steps()[2 * DEPTH - 1 - d].site;
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(DEPTH)
    @ComparedWith(benchmark = "org.smpng.bench.witness.WitnessCheckBenchmark.heldListOnlyAcquireRelease")
    @ComparedWith(benchmark = "org.smpng.bench.ReentrantLockBenchmark.uncontendedAcquireRelease")
    public void checkedAcquireRelease() {
        drive(witness, true);
    }

    @Benchmark
    @OperationsPerInvocation(DEPTH)
    @ComparedWith(benchmark = "org.smpng.bench.ReentrantLockBenchmark.uncontendedAcquireRelease")
    public void heldListOnlyAcquireRelease() {
        drive(heldList, false);
    }

    private void drive(SimObserver o, boolean releasing) {
        for (int d = 0; d < DEPTH; d++) {
            o.lockAttempt(0, 0, lock[d], acquireSite[d]);
            o.lockAcquired(0, 0, lock[d], false, acquireSite[d]);
        }
        for (int d = DEPTH - 1; d >= 0; d--) {
            if (releasing) {
                o.lockReleasing(0, 0, type[d], lock[d], releaseSite[d]);
            }
            o.lockReleased(0, 0, lock[d], releaseSite[d]);
        }
    }

    /** A one-CPU, one-thread scenario whose only code path acquires the chosen types in order, then releases them. */
    private static CompiledScenario scenario(List<String> names, int[] chosen) throws UnsupportedFeatureException {
        KernelFactory k = KernelFactory.eINSTANCE;
        KernelModel kernel = k.createKernelModel();
        kernel.setName("witness bench");
        LockClass mutex = k.createLockClass();
        mutex.setName("sleep mutex");
        mutex.setKind(LockClassKind.SLEEP_MUTEX);
        kernel.getLockClasses().add(mutex);
        LockOrderChain chain = k.createLockOrderChain();
        List<LockType> types = new ArrayList<>();
        for (String name : names) {
            LockType t = k.createLockType();
            t.setName(name);
            t.setLockClass(mutex);
            kernel.getLockTypes().add(t);
            types.add(t);
            LockOrderEntry e = k.createLockOrderEntry();
            e.setLockType(t);
            chain.getEntries().add(e);
        }
        kernel.getOrderChains().add(chain);
        CodePath path = k.createCodePath();
        path.setName("nested");
        for (int c : chosen) {
            Acquire a = k.createAcquire();
            a.setLockType(types.get(c));
            path.getSteps().add(a);
        }
        for (int d = chosen.length - 1; d >= 0; d--) {
            Release r = k.createRelease();
            r.setLockType(types.get(chosen[d]));
            path.getSteps().add(r);
        }
        kernel.getCodePaths().add(path);
        Syscall syscall = k.createSyscall();
        syscall.setName("nested");
        syscall.setNumber(1);
        syscall.setCodePath(path);
        kernel.getSyscalls().add(syscall);

        Machine machine = MachineFactory.eINSTANCE.createMachine();
        machine.setName("1 CPU");
        CpuPackage p = MachineFactory.eINSTANCE.createCpuPackage();
        Core core = MachineFactory.eINSTANCE.createCore();
        LogicalCpu cpu = MachineFactory.eINSTANCE.createLogicalCpu();
        core.getThreads().add(cpu);
        p.getCores().add(core);
        machine.getPackages().add(p);

        Workload workload = WorkloadFactory.eINSTANCE.createWorkload();
        workload.setName("nested");
        UserProcess process = WorkloadFactory.eINSTANCE.createUserProcess();
        process.setName("proc");
        UserThreadGroup group = WorkloadFactory.eINSTANCE.createUserThreadGroup();
        group.setName("t");
        group.setCount(1);
        Operation op = WorkloadFactory.eINSTANCE.createOperation();
        op.setSyscall(syscall);
        op.setWeight(1);
        group.getOperations().add(op);
        process.getThreadGroups().add(group);
        workload.getProcesses().add(process);

        Scenario scenario = ScenarioFactory.eINSTANCE.createScenario();
        scenario.setName("witness bench");
        scenario.setKernel(kernel);
        scenario.setMachine(machine);
        scenario.setWorkload(workload);
        return ScenarioCompiler.compile(scenario);
    }
}
