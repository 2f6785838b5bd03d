package org.smpng.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.kernel.EmpiricalDistribution;
import org.smpng.model.kernel.KernelFactory;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.KernelPackage;
import org.smpng.model.kernel.LockClassKind;
import org.smpng.model.kernel.LockInstances;
import org.smpng.model.kernel.LockingStatus;
import org.smpng.model.kernel.NormalDistribution;
import org.smpng.model.kernel.Platform;
import org.smpng.model.kernel.PlatformThreadingStatus;
import org.smpng.model.kernel.Provenance;
import org.smpng.model.kernel.Sleep;
import org.smpng.model.kernel.Subsystem;
import org.smpng.model.kernel.ThreadingLibrary;
import org.smpng.model.kernel.ThreadingStatusTable;
import org.smpng.model.kernel.UniformDistribution;
import org.smpng.model.kernel.WorkStatus;
import org.smpng.model.machine.DeviceKind;
import org.smpng.model.machine.HandlerKind;
import org.smpng.model.machine.IrqLine;
import org.smpng.model.machine.Machine;
import org.smpng.model.machine.MachinePackage;
import org.smpng.model.machine.RoutingPolicy;
import org.smpng.model.scenario.Scenario;
import org.smpng.model.scenario.ScenarioPackage;
import org.smpng.model.scenario.SchedulerKind;
import org.smpng.model.workload.BurstyArrivals;
import org.smpng.model.workload.InterruptSource;
import org.smpng.model.workload.PeriodicArrivals;
import org.smpng.model.workload.SoftwareInterrupt;
import org.smpng.model.workload.SoftwareInterruptKind;
import org.smpng.model.workload.UserThreadGroup;
import org.smpng.model.workload.Workload;
import org.smpng.model.workload.WorkloadFactory;
import org.smpng.model.workload.WorkloadPackage;

/**
 * A scenario that uses every class of the four packages is saved as four XMI files, with references across them,
 * and loads back equal and valid in a fresh resource set.
 */
class RoundTripTest {

    private static final List<EPackage> PACKAGES = List.of(KernelPackage.eINSTANCE, MachinePackage.eINSTANCE,
            WorkloadPackage.eINSTANCE, ScenarioPackage.eINSTANCE);

    /** Builds the scenario "5.3 on a dual Xeon, pipes and a NIC", touching every concrete class. */
    private static Scenario everything() {
        Models kernel = Models.named("FreeBSD 5.3").lock("Giant", LockClassKind.SLEEP_MUTEX).giant("Giant", true)
                .lock("pipe mutex", LockClassKind.SLEEP_MUTEX).lock("proctree", LockClassKind.SX)
                .lock("sched lock", LockClassKind.SPIN_MUTEX).chain("proctree", "Giant", "pipe mutex")
                .chain("sched lock").blessed("proctree", "pipe mutex");
        Sleep sleep = kernel.sleep("piperd", "pipe mutex");
        UniformDistribution timeout = KernelFactory.eINSTANCE.createUniformDistribution();
        timeout.setMin(1e6);
        timeout.setMax(2e6);
        sleep.setTimeout(timeout);
        kernel.codePath("pipe_read", kernel.acquireShared("proctree"), kernel.acquire("pipe mutex"),
                Models.branch(0.25, List.of(sleep), List.of(Models.work(400))),
                Models.loop(2, kernel.call("uiomove")), kernel.wakeup("pipewr"),
                kernel.release("pipe mutex"), kernel.release("proctree"), Models.yieldCpu());
        kernel.codePath("uiomove", Models.work(250));
        kernel.codePath("fxp_intr", Models.criticalEnter(), kernel.acquire("sched lock"), kernel.release("sched lock"),
                Models.criticalExit(), kernel.acquire("Giant"), kernel.cvWait("ifq", "Giant"), kernel.signal("ifq"),
                kernel.broadcast("ifq"), kernel.release("Giant"));
        kernel.codePath("softclock", Models.work(100));
        kernel.syscall("read", 3, true, "pipe_read");
        KernelModel model = kernel.build();

        Provenance provenance = KernelFactory.eINSTANCE.createProvenance();
        provenance.setSource("hand-made test model");
        model.setProvenance(provenance);
        Subsystem pipes = KernelFactory.eINSTANCE.createSubsystem();
        pipes.setName("Pipe IPC");
        pipes.setLockingStatus(LockingStatus.MPSAFE);
        pipes.setWorkStatus(WorkStatus.DONE);
        pipes.setLastUpdated("2003-10-04");
        pipes.getStaffing().add("Alfred Perlstein");
        model.getSubsystems().add(pipes);
        Models.type(model, "pipe mutex").setSubsystem(pipes);
        Models.type(model, "pipe mutex").setInstances(LockInstances.PER_OBJECT);
        Models.syscall(model, "read").setSubsystem(pipes);
        ThreadingStatusTable kse = KernelFactory.eINSTANCE.createThreadingStatusTable();
        kse.setLibrary(ThreadingLibrary.KSE);
        kse.setSource("FreeBSD 5.x roadmap, Table 1");
        PlatformThreadingStatus i386 = KernelFactory.eINSTANCE.createPlatformThreadingStatus();
        i386.setPlatform(Platform.I386);
        i386.setKernel(true);
        i386.setUserland(true);
        i386.setWorks(true);
        kse.getRows().add(i386);
        model.getThreadingStatus().add(kse);
        NormalDistribution normal = KernelFactory.eINSTANCE.createNormalDistribution();
        normal.setMean(300);
        normal.setStandardDeviation(50);
        ((org.smpng.model.kernel.Work) Models.path(model, "uiomove").getSteps().get(0)).setDuration(normal);
        EmpiricalDistribution empirical = KernelFactory.eINSTANCE.createEmpiricalDistribution();
        empirical.getValues().addAll(List.of(80.0, 120.0));
        empirical.getWeights().addAll(List.of(3.0, 1.0));
        ((org.smpng.model.kernel.Work) Models.path(model, "softclock").getSteps().get(0)).setDuration(empirical);

        Machine machine = Models.machine("dual Xeon", Platform.I386, 2, 1, 2);
        IrqLine irq16 = Models.irq(machine, 16, false, 0, 1, 2, 3);
        irq16.setRouting(RoutingPolicy.LOWEST_PRIORITY);
        Models.handler(Models.device(machine, "fxp0", DeviceKind.NETWORK, irq16), "fxp_intr", HandlerKind.ITHREAD,
                true, Models.path(model, "fxp_intr"));

        Workload workload = Models.workload("pipes and a NIC");
        UserThreadGroup cats = Models.threads(workload, "cat", ThreadingLibrary.KSE, 4, Models.syscall(model, "read"));
        org.smpng.model.kernel.ExponentialDistribution think = KernelFactory.eINSTANCE.createExponentialDistribution();
        think.setMean(50_000);
        cats.setThinkTime(think);
        InterruptSource nic = WorkloadFactory.eINSTANCE.createInterruptSource();
        nic.setName("fxp0 receive");
        nic.setDevice(machine.getDevices().get(0));
        nic.setIrqLine(irq16);
        BurstyArrivals bursts = WorkloadFactory.eINSTANCE.createBurstyArrivals();
        bursts.setBurstsPerSecond(100);
        bursts.setBurstSize(32);
        bursts.setGap(12_000);
        nic.setArrivals(bursts);
        workload.getInterruptSources().add(nic);
        InterruptSource second = EcoreUtil.copy(nic);
        second.setName("fxp0 poisson");
        second.setArrivals(Models.poisson(500));
        workload.getInterruptSources().add(second);
        SoftwareInterrupt clock = WorkloadFactory.eINSTANCE.createSoftwareInterrupt();
        clock.setName("swi4: clock");
        clock.setKind(SoftwareInterruptKind.CLOCK);
        clock.setMpsafe(true);
        clock.setCodePath(Models.path(model, "softclock"));
        PeriodicArrivals hz = WorkloadFactory.eINSTANCE.createPeriodicArrivals();
        hz.setPeriod(1e6);
        clock.setArrivals(hz);
        workload.getSoftwareInterrupts().add(clock);

        Scenario scenario = Models.scenario("5.3 on a dual Xeon", model, machine, workload);
        scenario.getSettings().setScheduler(SchedulerKind.ULE);
        scenario.getSettings().setWitness(true);
        scenario.getSettings().setKtrMask(0x1000);
        return scenario;
    }

    @Test
    void theScenarioUsesEveryConcreteClassAndIsValid() {
        Scenario scenario = everything();
        Set<String> missing = new TreeSet<>();
        for (EPackage ePackage : PACKAGES) {
            for (EClassifier classifier : ePackage.getEClassifiers()) {
                if (classifier instanceof EClass eClass && !eClass.isAbstract()) {
                    missing.add(eClass.getName());
                }
            }
        }
        for (EObject root : List.of(scenario, scenario.getKernel(), scenario.getMachine(), scenario.getWorkload())) {
            missing.remove(root.eClass().getName());
            root.eAllContents().forEachRemaining(object -> missing.remove(object.eClass().getName()));
        }
        assertEquals(Set.of(), missing, "classes the round trip does not exercise");
        Diagnostic diagnostic = Models.validate(scenario);
        assertEquals(Diagnostic.OK, diagnostic.getSeverity(), () -> Models.messages(diagnostic));
    }

    @Test
    void savesAsFourFilesAndLoadsBackEqual(@TempDir Path directory) throws IOException {
        Scenario scenario = everything();
        ResourceSet out = KernelModels.newResourceSet();
        Map<String, EObject> files = Map.of("kernel.xmi", scenario.getKernel(), "machine.xmi", scenario.getMachine(),
                "workload.xmi", scenario.getWorkload(), "scenario.xmi", scenario);
        files.forEach((file, root) -> out.createResource(URI.createFileURI(directory.resolve(file).toString()))
                .getContents().add(root));
        for (Resource resource : out.getResources()) {
            resource.save(Map.of());
        }

        ResourceSet in = KernelModels.newResourceSet();
        Scenario loaded = (Scenario) in.getResource(URI.createFileURI(directory.resolve("scenario.xmi").toString()), true)
                .getContents().get(0);
        EcoreUtil.resolveAll(in);
        assertEquals(4, in.getResources().size(), "the scenario pulls in its kernel, machine and workload files");
        assertTrue(EcoreUtil.equals(scenario, loaded), "the scenario");
        assertTrue(EcoreUtil.equals(scenario.getKernel(), loaded.getKernel()), "the kernel");
        assertTrue(EcoreUtil.equals(scenario.getMachine(), loaded.getMachine()), "the machine");
        assertTrue(EcoreUtil.equals(scenario.getWorkload(), loaded.getWorkload()), "the workload");
        Diagnostic diagnostic = Models.validate(loaded);
        assertEquals(Diagnostic.OK, diagnostic.getSeverity(), () -> Models.messages(diagnostic));
    }
}
