package org.smpng.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.Test;
import org.smpng.model.kernel.KernelFactory;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockClassKind;
import org.smpng.model.kernel.Platform;
import org.smpng.model.kernel.PlatformThreadingStatus;
import org.smpng.model.kernel.ThreadingLibrary;
import org.smpng.model.kernel.ThreadingStatusTable;
import org.smpng.model.machine.DeviceKind;
import org.smpng.model.machine.Machine;
import org.smpng.model.machine.MachineFactory;
import org.smpng.model.scenario.Scenario;
import org.smpng.model.scenario.util.ScenarioValidator;
import org.smpng.model.workload.BurstyArrivals;
import org.smpng.model.workload.InterruptSource;
import org.smpng.model.workload.PeriodicArrivals;
import org.smpng.model.workload.UserThreadGroup;
import org.smpng.model.workload.Workload;
import org.smpng.model.workload.WorkloadFactory;
import org.smpng.model.workload.util.WorkloadValidator;

/** The workload and scenario constraints: thread groups, operation mixes, arrivals and a scenario's references. */
class WorkloadScenarioValidatorTest {

    private final Models kernel = Models.named("5.3").lock("Giant", LockClassKind.SLEEP_MUTEX).giant("Giant", true)
            .lock("pipe mutex", LockClassKind.SLEEP_MUTEX);
    private final KernelModel kernelModel = kernel
            .codePath("pipe_read", kernel.acquire("pipe mutex"), Models.work(800), kernel.release("pipe mutex"))
            .syscall("read", 3, true, "pipe_read").build();
    private final Machine machine = Models.machine("smp", Platform.AMD64, 1, 2, 1);
    private final Workload workload = Models.workload("pipes");
    private final UserThreadGroup readers = Models.threads(workload, "cat", ThreadingLibrary.THR, 4,
            Models.syscall(kernelModel, "read"));

    private static Diagnostic single(EObject object, String source, int code) {
        Diagnostic diagnostic = Models.validate(object);
        List<Diagnostic> found = Models.withCode(diagnostic, source, code);
        assertEquals(1, found.size(), () -> "code " + code + ": " + Models.messages(diagnostic));
        return found.get(0);
    }

    private static void assertMessage(Diagnostic diagnostic, String... parts) {
        for (String part : parts) {
            assertTrue(diagnostic.getMessage().contains(part), () -> "\"" + part + "\" not in: " + diagnostic.getMessage());
        }
    }

    private static void assertClean(EObject object) {
        Diagnostic diagnostic = Models.validate(object);
        assertEquals(Diagnostic.OK, diagnostic.getSeverity(), () -> Models.messages(diagnostic));
    }

    @Test
    void threadGroupsHaveThreadsSaneNiceAndPositiveWeights() {
        assertClean(workload);
        readers.setCount(0);
        assertMessage(single(workload, WorkloadValidator.DIAGNOSTIC_SOURCE, WorkloadValidator.THREAD_COUNT_INVALID),
                "\"cat threads\" has 0 threads");
        readers.setCount(1);
        readers.setNice(21);
        assertMessage(single(workload, WorkloadValidator.DIAGNOSTIC_SOURCE, WorkloadValidator.NICE_OUT_OF_RANGE), "nice 21");
        readers.setNice(-20);
        readers.getOperations().get(0).setWeight(0);
        assertMessage(single(workload, WorkloadValidator.DIAGNOSTIC_SOURCE, WorkloadValidator.OPERATION_WEIGHT_NOT_POSITIVE),
                "Operation \"read\" of thread group \"cat threads\" has weight 0.0");
    }

    @Test
    void arrivalProcessesHavePositiveRatesAndPeriods() {
        InterruptSource source = WorkloadFactory.eINSTANCE.createInterruptSource();
        source.setName("fxp0 receive");
        source.setDevice(Models.device(machine, "fxp0", DeviceKind.NETWORK));
        source.setArrivals(Models.poisson(8000));
        workload.getInterruptSources().add(source);
        assertClean(workload);

        source.setArrivals(Models.poisson(0));
        assertMessage(single(workload, WorkloadValidator.DIAGNOSTIC_SOURCE, WorkloadValidator.ARRIVALS_INVALID),
                "Poisson arrivals of interrupt source \"fxp0 receive\" have rate 0.0");
        PeriodicArrivals periodic = WorkloadFactory.eINSTANCE.createPeriodicArrivals();
        periodic.setPeriod(1_000_000);
        periodic.setJitter(1_000_000);
        source.setArrivals(periodic);
        assertMessage(single(workload, WorkloadValidator.DIAGNOSTIC_SOURCE, WorkloadValidator.ARRIVALS_INVALID),
                "0 <= jitter < period");
        BurstyArrivals bursty = WorkloadFactory.eINSTANCE.createBurstyArrivals();
        bursty.setBurstsPerSecond(10);
        bursty.setBurstSize(0);
        source.setArrivals(bursty);
        assertMessage(single(workload, WorkloadValidator.DIAGNOSTIC_SOURCE, WorkloadValidator.ARRIVALS_INVALID),
                "bursts at least 1 event");
    }

    @Test
    void aCompleteConsistentScenarioIsClean() {
        assertClean(Models.scenario("pipes on 2 CPUs", kernelModel, machine, workload));
    }

    @Test
    void aScenarioNeedsItsThreePartsAndTheyMustLoad() {
        Scenario scenario = Models.scenario("incomplete", null, machine, workload);
        assertMessage(single(scenario, ScenarioValidator.DIAGNOSTIC_SOURCE, ScenarioValidator.SCENARIO_REFERENCE_MISSING),
                "Scenario \"incomplete\" has no kernel");
        Machine missing = MachineFactory.eINSTANCE.createMachine();
        ((InternalEObject) missing).eSetProxyURI(URI.createFileURI("/nonexistent/machine.xmi").appendFragment("/"));
        scenario.setKernel(kernelModel);
        scenario.setMachine(missing);
        assertMessage(single(scenario, ScenarioValidator.DIAGNOSTIC_SOURCE, ScenarioValidator.SCENARIO_REFERENCE_MISSING),
                "refers to a machine that cannot be loaded", "/nonexistent/machine.xmi");
    }

    @Test
    void aScenarioMixesNoPartsOfOtherKernelsAndRunsNoPositiveDuration() {
        KernelModel other = Models.named("other").syscall("read", 3, true, null).build();
        Models.threads(workload, "dd", ThreadingLibrary.LIBC_R, 1, Models.syscall(other, "read"));
        Scenario scenario = Models.scenario("mixed", kernelModel, machine, workload);
        assertMessage(single(scenario, ScenarioValidator.DIAGNOSTIC_SOURCE, ScenarioValidator.SCENARIO_INCONSISTENT),
                "thread group \"dd threads\" makes syscall \"read\", which is not in the syscall table of kernel \"5.3\"");

        Scenario zero = Models.scenario("zero", kernelModel, machine, Models.workload("idle"));
        zero.getSettings().setDuration(0);
        assertMessage(single(zero, ScenarioValidator.DIAGNOSTIC_SOURCE, ScenarioValidator.DURATION_NOT_POSITIVE),
                "scenario \"zero\" have duration 0.0 ns");
    }

    @Test
    void engineTimingsMustNotBeNegativeAndTheQuantumPositive() {
        Scenario s = Models.scenario("timed", kernelModel, machine, Models.workload("idle"));
        assertEquals(2000.0, s.getSettings().getContextSwitchCost());
        assertEquals(1e8, s.getSettings().getQuantum());
        assertEquals(1000.0, s.getSettings().getIpiLatency());
        s.getSettings().setIpiLatency(-1);
        assertMessage(single(s, ScenarioValidator.DIAGNOSTIC_SOURCE, ScenarioValidator.TIMING_OUT_OF_RANGE),
                "scenario \"timed\": IPI latency -1.0 ns is negative");
        s.getSettings().setIpiLatency(0);
        s.getSettings().setQuantum(0);
        assertMessage(single(s, ScenarioValidator.DIAGNOSTIC_SOURCE, ScenarioValidator.TIMING_OUT_OF_RANGE),
                "quantum 0.0 ns is not positive");
        s.getSettings().setQuantum(1e6);
        s.getSettings().setContextSwitchCost(-5);
        assertMessage(single(s, ScenarioValidator.DIAGNOSTIC_SOURCE, ScenarioValidator.TIMING_OUT_OF_RANGE),
                "context switch cost -5.0 ns is negative");
    }

    @Test
    void aThreadLibraryThatDoesNotWorkOnThePlatformIsAWarning() {
        // The roadmap's Table 2: THR on amd64 - kernel NO, userland NO, works NO.
        ThreadingStatusTable thr = KernelFactory.eINSTANCE.createThreadingStatusTable();
        thr.setLibrary(ThreadingLibrary.THR);
        PlatformThreadingStatus amd64 = KernelFactory.eINSTANCE.createPlatformThreadingStatus();
        amd64.setPlatform(Platform.AMD64);
        thr.getRows().add(amd64);
        kernelModel.getThreadingStatus().add(thr);
        Diagnostic found = single(Models.scenario("thr", kernelModel, machine, workload), ScenarioValidator.DIAGNOSTIC_SOURCE,
                ScenarioValidator.SCENARIO_INCONSISTENT);
        assertEquals(Diagnostic.WARNING, found.getSeverity());
        assertMessage(found, "process \"cat\" uses THR", "does not work on amd64");
    }
}
