package org.smpng.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.smpng.model.kernel.Acquire;
import org.smpng.model.kernel.Branch;
import org.smpng.model.kernel.EmpiricalDistribution;
import org.smpng.model.kernel.ExponentialDistribution;
import org.smpng.model.kernel.KernelFactory;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockClass;
import org.smpng.model.kernel.LockClassKind;
import org.smpng.model.kernel.Loop;
import org.smpng.model.kernel.NormalDistribution;
import org.smpng.model.kernel.Platform;
import org.smpng.model.kernel.PlatformThreadingStatus;
import org.smpng.model.kernel.Sleep;
import org.smpng.model.kernel.Subsystem;
import org.smpng.model.kernel.ThreadingLibrary;
import org.smpng.model.kernel.ThreadingStatusTable;
import org.smpng.model.kernel.UniformDistribution;
import org.smpng.model.kernel.Work;
import org.smpng.model.kernel.util.KernelValidator;

/** The kernel constraints on data other than code path flow: names, dates, steps, distributions, flags, tables. */
class KernelDataValidatorTest {

    private static final KernelFactory FACTORY = KernelFactory.eINSTANCE;

    private static Models kernel() {
        return Models.named("data").lock("Giant", LockClassKind.SLEEP_MUTEX).giant("Giant", true)
                .lock("pipe mutex", LockClassKind.SLEEP_MUTEX).lock("proctree", LockClassKind.SX);
    }

    private static Diagnostic single(EObject model, int code) {
        Diagnostic diagnostic = Models.validate(model);
        List<Diagnostic> found = Models.withCode(diagnostic, code);
        assertEquals(1, found.size(), () -> "code " + code + ": " + Models.messages(diagnostic));
        return found.get(0);
    }

    private static void assertClean(EObject model) {
        Diagnostic diagnostic = Models.validate(model);
        assertEquals(Diagnostic.OK, diagnostic.getSeverity(), () -> Models.messages(diagnostic));
    }

    private static void assertMessage(Diagnostic diagnostic, String... parts) {
        for (String part : parts) {
            assertTrue(diagnostic.getMessage().contains(part), () -> "\"" + part + "\" not in: " + diagnostic.getMessage());
        }
    }

    private static Subsystem subsystem(KernelModel model, String name, String date) {
        Subsystem subsystem = FACTORY.createSubsystem();
        subsystem.setName(name);
        subsystem.setLastUpdated(date);
        model.getSubsystems().add(subsystem);
        return subsystem;
    }

    @Test
    void subsystemsNeedDistinctNamesAndIsoDates() {
        KernelModel ok = kernel().build();
        subsystem(ok, "VM", "2003-10-04");
        subsystem(ok, "Pipe IPC", null);
        assertClean(ok);

        KernelModel twice = kernel().build();
        subsystem(twice, "VM", null);
        subsystem(twice, "VM", null);
        assertMessage(single(twice, KernelValidator.DUPLICATE_SUBSYSTEM_NAME), "2 subsystems are named \"VM\"");

        KernelModel seedDate = kernel().build();
        subsystem(seedDate, "VM", "4 October 2003");
        assertMessage(single(seedDate, KernelValidator.SUBSYSTEM_DATE_MALFORMED), "Subsystem \"VM\"", "\"4 October 2003\"");
    }

    @Test
    void syscallNumbersAndNamesAreUnique() {
        assertClean(kernel().syscall("read", 3, true, "dofileread").syscall("write", 4, false, "dofilewrite").build());
        assertMessage(single(kernel().syscall("read", 3, true, null).syscall("pread", 3, true, null).build(),
                KernelValidator.DUPLICATE_SYSCALL), "2 syscalls have number 3 (\"read\", \"pread\")");
        assertMessage(single(kernel().syscall("read", 3, true, null).syscall("read", 173, true, null).build(),
                KernelValidator.DUPLICATE_SYSCALL), "2 syscalls are named \"read\"");
    }

    @Test
    void codePathNamesAreUnique() {
        KernelModel model = kernel().codePath("pipe_read").build();
        model.getCodePaths().add(FACTORY.createCodePath());
        model.getCodePaths().get(1).setName("pipe_read");
        assertMessage(single(model, KernelValidator.DUPLICATE_CODE_PATH_NAME), "2 code paths are named \"pipe_read\"");
    }

    @Test
    void acquisitionPointsNeedAFileAndAPositiveLine() {
        Models m = kernel();
        Acquire acquire = m.acquire("pipe mutex");
        m.codePath("pipe_read", acquire, m.release("pipe mutex"));
        assertClean(m.build());
        acquire.setAcquisitionPoint(Models.point("", 0));
        assertMessage(single(m.build(), KernelValidator.ACQUISITION_POINT_MALFORMED), "has no file",
                "has line 0, but lines start at 1");
    }

    @Test
    void sharedAcquiresOnlyOnClassesWithReaders() {
        Models ok = kernel();
        ok.codePath("sx", ok.acquireShared("proctree"), ok.release("proctree"));
        assertClean(ok.build());
        Models bad = kernel();
        bad.codePath("mtx", bad.acquireShared("pipe mutex"), bad.release("pipe mutex"));
        assertMessage(single(bad.build(), KernelValidator.SHARED_ACQUIRE_UNSUPPORTED), "\"pipe mutex\" is a sleep mutex",
                "no shared holders");
    }

    @Test
    void aSleepIsOnExactlyOneChannelOrConditionVariable() {
        Models m = kernel();
        Sleep sleep = m.sleep("piperd", null);
        m.codePath("p", sleep);
        assertClean(m.build());
        sleep.setConditionVariable(m.cvWait("select", null).getConditionVariable());
        assertMessage(single(m.build(), KernelValidator.SLEEP_TARGET_INVALID), "both a wait channel and a condition variable");
        sleep.setChannel(null);
        sleep.setConditionVariable(null);
        assertMessage(single(m.build(), KernelValidator.SLEEP_TARGET_INVALID), "neither");
    }

    @Test
    void loopCountsAndBranchProbabilitiesAreInRange() {
        Models m = kernel();
        Loop loop = Models.loop(0, Models.work(1));
        Branch branch = Models.branch(1.0, List.of(), List.of());
        m.codePath("p", loop, branch);
        assertClean(m.build());
        loop.setCount(-1);
        assertMessage(single(m.build(), KernelValidator.LOOP_COUNT_INVALID), "has count -1");
        loop.setCount(1);
        branch.setProbability(1.5);
        assertMessage(single(m.build(), KernelValidator.BRANCH_PROBABILITY_OUT_OF_RANGE), "probability 1.5");
    }

    @Test
    void distributionsMustHaveValidParameters() {
        Models m = kernel();
        Work work = Models.work(100);
        m.codePath("pipe_read", work);
        KernelModel model = m.build();
        assertClean(model);

        work.setDuration(Models.fixed(-1));
        assertMessage(single(model, KernelValidator.DISTRIBUTION_INVALID), "fixed distribution (duration of Work",
                "in \"pipe_read\")", "value -1.0");

        UniformDistribution uniform = FACTORY.createUniformDistribution();
        uniform.setMin(20);
        uniform.setMax(10);
        work.setDuration(uniform);
        assertMessage(single(model, KernelValidator.DISTRIBUTION_INVALID), "min 20.0 ns and max 10.0 ns");

        ExponentialDistribution exponential = FACTORY.createExponentialDistribution();
        work.setDuration(exponential);
        assertMessage(single(model, KernelValidator.DISTRIBUTION_INVALID), "mean 0.0 ns", "must be positive");
        exponential.setMean(1000);
        assertClean(model);

        NormalDistribution normal = FACTORY.createNormalDistribution();
        normal.setMean(100);
        normal.setStandardDeviation(-5);
        work.setDuration(normal);
        assertMessage(single(model, KernelValidator.DISTRIBUTION_INVALID), "standard deviation -5.0");

        EmpiricalDistribution empirical = FACTORY.createEmpiricalDistribution();
        empirical.getValues().addAll(List.of(100.0, 200.0));
        empirical.getWeights().addAll(List.of(1.0, 3.0));
        work.setDuration(empirical);
        assertClean(model);
        empirical.getWeights().set(1, 0.0);
        empirical.getWeights().add(2.0);
        assertMessage(single(model, KernelValidator.DISTRIBUTION_INVALID), "has 2 values but 3 weights",
                "has weight 0.0 at position 2");
    }

    @Test
    void recursionOnlyOnRecursableClasses() {
        KernelModel model = kernel().build();
        model.getGiant().getLockClass().setRecursable(false);
        assertMessage(single(model, KernelValidator.RECURSION_ON_NON_RECURSABLE_CLASS), "Lock type \"Giant\" allows recursion",
                "not recursable");
    }

    @Test
    void lockClassFlagsAgreeWithTheKind() {
        KernelModel model = kernel().build();
        LockClass sx = Models.type(model, "proctree").getLockClass();
        sx.setSpin(true);
        assertMessage(single(model, KernelValidator.LOCK_CLASS_FLAGS_INCONSISTENT), "Lock class \"sx\"",
                "both a spin lock and sleepable", "it spins but is of kind SX");
        sx.setSpin(false);
        Models.type(model, "Giant").getLockClass().setUpgradable(true);
        assertMessage(single(model, KernelValidator.LOCK_CLASS_FLAGS_INCONSISTENT), "upgradable");
    }

    @Test
    void aThreadLibraryTableHasOneRowPerPlatform() {
        KernelModel model = kernel().build();
        ThreadingStatusTable table = FACTORY.createThreadingStatusTable();
        table.setLibrary(ThreadingLibrary.KSE);
        for (Platform platform : List.of(Platform.I386, Platform.ALPHA, Platform.I386)) {
            PlatformThreadingStatus row = FACTORY.createPlatformThreadingStatus();
            row.setPlatform(platform);
            table.getRows().add(row);
        }
        model.getThreadingStatus().add(table);
        assertMessage(single(model, KernelValidator.PLATFORM_LISTED_TWICE), "KSE status table lists platform i386 2 times");
        table.getRows().remove(2);
        assertClean(model);
    }
}
