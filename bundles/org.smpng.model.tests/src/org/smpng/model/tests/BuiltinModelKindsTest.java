package org.smpng.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.smpng.model.builtin.BuiltinModel;
import org.smpng.model.builtin.BuiltinModel.Kind;
import org.smpng.model.builtin.BuiltinModels;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.builtin.ModelLoadException;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.Syscall;
import org.smpng.model.machine.Device;
import org.smpng.model.machine.InterruptHandler;
import org.smpng.model.machine.IrqLine;
import org.smpng.model.machine.LogicalCpu;
import org.smpng.model.machine.Machine;
import org.smpng.model.scenario.Scenario;
import org.smpng.model.workload.InterruptSource;
import org.smpng.model.workload.Operation;
import org.smpng.model.workload.SoftwareInterrupt;
import org.smpng.model.workload.Workload;

/**
 * Every built-in model, of every kind, loads through {@link KernelModels#load(String, Class)}, validates, writes back
 * byte-for-byte, and its references between files land where the data says: machines and workloads on their
 * reference kernel (freebsd-5.3), scenarios on their own kernel.
 */
class BuiltinModelKindsTest {

    private static final Map<Kind, Class<? extends EObject>> ROOTS = Map.of(Kind.KERNEL, KernelModel.class,
            Kind.MACHINE, Machine.class, Kind.WORKLOAD, Workload.class, Kind.SCENARIO, Scenario.class);

    static List<BuiltinModel> builtins() {
        return BuiltinModels.all();
    }

    private static EObject load(BuiltinModel builtin) throws ModelLoadException {
        return KernelModels.load(builtin.spec(), ROOTS.get(builtin.kind()));
    }

    @ParameterizedTest
    @MethodSource("builtins")
    void loadsAndValidatesWithoutErrors(BuiltinModel builtin) throws Exception {
        EObject root = load(builtin);
        for (EObject content : root.eResource().getContents()) {
            Diagnostic diagnostic = Diagnostician.INSTANCE.validate(content);
            assertTrue(diagnostic.getSeverity() < Diagnostic.WARNING, () -> builtin.id() + ": " + messages(diagnostic));
        }
        assertEquals(builtin.id(), root.eGet(root.eClass().getEStructuralFeature("name")));
    }

    @ParameterizedTest
    @MethodSource("builtins")
    void roundTripWritesTheShippedFileAgain(BuiltinModel builtin) throws Exception {
        EObject root = load(builtin);
        byte[] shipped;
        try (InputStream in = builtin.modelUrl().openStream()) {
            shipped = in.readAllBytes();
        }
        assertArrayEquals(shipped, KernelModels.toXmi(root.eResource()), builtin.id());
        EObject again = load(builtin);
        assertTrue(EcoreUtil.equals(root.eResource().getContents(), again.eResource().getContents()), builtin.id());
    }

    @ParameterizedTest
    @MethodSource("builtins")
    void loadingAsAnotherKindIsRefused(BuiltinModel builtin) {
        Class<? extends EObject> other = builtin.kind() == Kind.MACHINE ? Workload.class : Machine.class;
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> KernelModels.load(builtin.spec(), other));
        assertTrue(e.getMessage().contains(builtin.spec() + " is a " + builtin.kind().word() + ", not a "),
                e.getMessage());
    }

    @ParameterizedTest(name = "{0}: {1} CPUs in {2} packages")
    @CsvSource({ "i386-smp-4cpu-2004, 4, 4", "amd64-2x2-2006, 4, 2", "amd64-16cpu, 16, 4" })
    void machineHasItsCpusAndRoutesEveryIrqToOne(String id, int cpus, int packages) throws Exception {
        Machine machine = KernelModels.load("builtin:" + id, Machine.class);
        List<LogicalCpu> all = cpus(machine);
        assertEquals(cpus, all.size());
        assertEquals(packages, machine.getPackages().size());
        assertEquals(cpus, all.stream().map(LogicalCpu::getCpuId).distinct().count(), "cpu ids are unique");
        assertFalse(machine.getIrqLines().isEmpty());
        for (IrqLine irq : machine.getIrqLines()) {
            assertFalse(irq.getTargets().isEmpty(), "irq" + irq.getNumber() + " is routed");
            assertTrue(all.containsAll(irq.getTargets()), "irq" + irq.getNumber() + " goes to a CPU of " + id);
        }
        for (Device device : machine.getDevices()) {
            for (InterruptHandler handler : device.getHandlers()) {
                assertTrue(device.getIrqLines().contains(handler.getIrqLine()), handler.getName());
                assertEquals("freebsd-5.3", kernelOf(handler.getCodePath()).getName(), handler.getName());
            }
        }
    }

    @Test
    void dualCoreBoxHasTwoCoresPerPackage() throws Exception {
        Machine machine = KernelModels.load("builtin:amd64-2x2-2006", Machine.class);
        machine.getPackages().forEach(p -> assertEquals(2, p.getCores().size()));
    }

    @ParameterizedTest
    @MethodSource("workloads")
    void workloadRefersToTheSyscallsAndDevicesOfItsKernelAndMachine(BuiltinModel builtin) throws Exception {
        Workload workload = KernelModels.load(builtin.spec(), Workload.class);
        List<Operation> operations = new ArrayList<>();
        workload.getProcesses().forEach(p -> p.getThreadGroups().forEach(g -> operations.addAll(g.getOperations())));
        for (Operation operation : operations) {
            Syscall syscall = operation.getSyscall();
            assertFalse(syscall.eIsProxy(), builtin.id());
            assertEquals("freebsd-5.3", kernelOf(syscall).getName());
            assertNotNull(syscall.getCodePath(), syscall.getName());
        }
        for (SoftwareInterrupt swi : workload.getSoftwareInterrupts()) {
            assertEquals("freebsd-5.3", kernelOf(swi.getCodePath()).getName());
        }
        for (InterruptSource source : workload.getInterruptSources()) {
            assertTrue(source.getDevice().eContainer() instanceof Machine, source.getName());
            assertTrue(source.getDevice().getIrqLines().contains(source.getIrqLine()), source.getName());
        }
    }

    static List<BuiltinModel> workloads() {
        return BuiltinModels.ofKind(Kind.WORKLOAD);
    }

    @Test
    void syscallMixUsesTheSyscallsOfIssue3() throws Exception {
        Workload workload = KernelModels.load("builtin:syscall-mix", Workload.class);
        List<String> names = workload.getProcesses().get(0).getThreadGroups().get(0).getOperations().stream()
                .map(operation -> operation.getSyscall().getName()).toList();
        assertTrue(names.containsAll(List.of("read", "write", "open", "close", "pipe", "socket", "fork")), names
                .toString());
    }

    @ParameterizedTest(name = "{0} runs {1}")
    @CsvSource({ "syscall-mix-4x, freebsd-4x", "syscall-mix-5.3, freebsd-5.3",
            "syscall-mix-target, freebsd-5x-target" })
    void scenarioBindsItsMachineAndWorkloadToItsKernel(String id, String kernelId) throws Exception {
        Scenario scenario = KernelModels.load("builtin:" + id, Scenario.class);
        KernelModel kernel = scenario.getKernel();
        assertEquals(kernelId, kernel.getName());
        assertEquals("i386-smp-4cpu-2004", scenario.getMachine().getName());
        assertEquals("syscall-mix", scenario.getWorkload().getName());
        assertSame(scenario.eResource(), scenario.getMachine().eResource(), "the machine is the scenario's copy");
        scenario.getWorkload().getProcesses().forEach(p -> p.getThreadGroups().forEach(g -> g.getOperations()
                .forEach(o -> assertTrue(kernel.getSyscalls().contains(o.getSyscall()), o.getSyscall().getName()))));
        scenario.getMachine().getDevices().forEach(d -> d.getHandlers().forEach(
                h -> assertTrue(kernel.getCodePaths().contains(h.getCodePath()), h.getName())));
        scenario.getWorkload().getInterruptSources().forEach(
                s -> assertSame(scenario.getMachine(), s.getDevice().eContainer(), s.getName()));
    }

    @Test
    void aReferencedFileIsReadWithTheSameProtections(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("kernel.xmi"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE x [ <!ENTITY e SYSTEM "file:///etc/passwd"> ]>
                <kernel:KernelModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:kernel="http://smpng.org/model/kernel/1.0" name="&e;"/>
                """);
        Path workload = Files.writeString(dir.resolve("workload.xmi"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <workload:Workload xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:workload="http://smpng.org/model/workload/1.0" name="w">
                  <softwareInterrupts name="s">
                    <codePath href="kernel.xmi#//@codePaths.0"/>
                  </softwareInterrupts>
                </workload:Workload>
                """);
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> KernelModels.load(workload.toString(), Workload.class));
        assertTrue(e.getMessage().contains("refers to kernel.xmi, which cannot be read: line 2"), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void aReferenceToAMissingObjectIsRefused(@TempDir Path dir) throws Exception {
        Path machine = Files.writeString(dir.resolve("machine.xmi"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <machine:Machine xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:machine="http://smpng.org/model/machine/1.0" name="m">
                  <devices name="d">
                    <handlers name="h">
                      <codePath href="nowhere.xmi#//@codePaths.0"/>
                    </handlers>
                  </devices>
                </machine:Machine>
                """);
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> KernelModels.load(machine.toString(), Machine.class));
        assertTrue(e.getMessage().contains("nowhere.xmi"), e.getMessage());
    }

    private static KernelModel kernelOf(EObject object) {
        EObject root = EcoreUtil.getRootContainer(object);
        assertTrue(root instanceof KernelModel, () -> object + " is not in a kernel");
        return (KernelModel) root;
    }

    private static List<LogicalCpu> cpus(Machine machine) {
        List<LogicalCpu> cpus = new ArrayList<>();
        machine.getPackages().forEach(p -> p.getCores().forEach(c -> cpus.addAll(c.getThreads())));
        return cpus;
    }

    private static String messages(Diagnostic diagnostic) {
        List<String> messages = new ArrayList<>();
        collect(diagnostic, messages);
        return messages.stream().collect(Collectors.joining("; "));
    }

    private static void collect(Diagnostic diagnostic, List<String> messages) {
        if (diagnostic.getChildren().isEmpty() && diagnostic.getSeverity() >= Diagnostic.WARNING) {
            messages.add(diagnostic.getMessage());
        }
        diagnostic.getChildren().forEach(child -> collect(child, messages));
    }
}
