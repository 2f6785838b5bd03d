package org.smpng.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.gef.requests.CreateRequest;
import org.eclipse.gef.requests.GroupRequest;
import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.machine.Core;
import org.smpng.model.machine.CpuPackage;
import org.smpng.model.machine.Device;
import org.smpng.model.machine.DeviceKind;
import org.smpng.model.machine.IrqKind;
import org.smpng.model.machine.IrqLine;
import org.smpng.model.machine.LogicalCpu;
import org.smpng.model.machine.Machine;
import org.smpng.model.scenario.Scenario;
import org.smpng.sim.compile.CompiledScenario;
import org.smpng.sim.compile.ScenarioCompiler;
import org.smpng.ui.diagram.MachineTopologyEditor;
import org.smpng.ui.diagram.OpenTopologyMenu;
import org.smpng.ui.diagram.internal.commands.AddPackageCommand;
import org.smpng.ui.diagram.internal.commands.DeleteCpusCommand;
import org.smpng.ui.diagram.internal.commands.Topology;
import org.smpng.ui.diagram.internal.figures.TopologyBoxFigure;
import org.smpng.ui.diagram.internal.parts.TopologyBoxPart;
import org.smpng.ui.diagram.internal.parts.TopologyDiagramPart;
import org.smpng.ui.diagram.internal.policies.NewTopologyElement;

/** The machine topology editor on the built-in dual dual-core amd64 of 2006, in the real workbench. */
class MachineTopologyEditorTest {

    private static final String MACHINE = "builtin:amd64-2x2-2006";
    private MachineTopologyEditor editor;

    @BeforeEach
    void open() {
        OpenTopologyMenu.open(Workbench.page().getWorkbenchWindow(), MACHINE);
        Workbench.drain();
        editor = (MachineTopologyEditor) Workbench.page().getActiveEditor();
    }

    @AfterEach
    void close() {
        Workbench.page().closeEditor(editor, false);
        Workbench.drain();
    }

    private TopologyBoxPart part(Object model) {
        return (TopologyBoxPart) editor.partFor(model);
    }

    private TopologyBoxFigure box(Object model) {
        return part(model).boxFigure();
    }

    private Machine machine() {
        return editor.machine();
    }

    private LogicalCpu cpu(int id) {
        return Topology.cpus(machine()).stream().filter(c -> c.getCpuId() == id).findFirst().orElseThrow();
    }

    private CommandStack stack() {
        return editor.viewer().getEditDomain().getCommandStack();
    }

    /**
     * What the palette's creation tool does over a box: asks it, then its containers outwards, for a target (as
     * GEF's viewer does when finding the target under the mouse), and asks the target for the command.
     */
    private Command drop(Object targetModel, NewTopologyElement what) {
        CreateRequest request = new CreateRequest();
        request.setFactory(what);
        for (EditPart part = editor.partFor(targetModel); part != null; part = part.getParent()) {
            EditPart target = part.getTargetEditPart(request);
            if (target != null) {
                return target.getCommand(request);
            }
        }
        return null;
    }

    private Command delete(Object model) {
        return editor.partFor(model).getCommand(new GroupRequest(RequestConstants.REQ_DELETE));
    }

    private List<Integer> cpuIds() {
        return Topology.cpus(machine()).stream().map(LogicalCpu::getCpuId).toList();
    }

    @Test
    void showsPackagesHoldingCoresHoldingCpusDevicesApicsAndTheCacheLineCosts() {
        Machine m = machine();
        assertEquals(2, m.getPackages().size());
        for (CpuPackage p : m.getPackages()) {
            TopologyBoxPart pkg = part(p);
            assertEquals("package " + p.getId(), pkg.boxFigure().title());
            for (Core c : p.getCores()) {
                TopologyBoxPart core = part(c);
                assertSame(pkg, core.getParent(), "a core's box is inside its package's box");
                assertTrue(pkg.boxFigure().contents().getChildren().contains(core.getFigure()));
                assertTrue(pkg.getFigure().getBounds().contains(core.getFigure().getBounds()));
                for (LogicalCpu t : c.getThreads()) {
                    TopologyBoxPart cpu = part(t);
                    assertSame(core, cpu.getParent());
                    assertTrue(core.getFigure().getBounds().contains(cpu.getFigure().getBounds()));
                    assertEquals("cpu" + t.getCpuId(), cpu.boxFigure().title());
                    assertEquals("local APIC " + t.getLocalApic().getApicId(), cpu.boxFigure().lines().get(0));
                }
            }
        }
        // Package 1, core 1 holds cpu3, which receives IRQ 21 in this machine.
        assertEquals(List.of("local APIC 3", "receives IRQ 21"), box(cpu(3)).lines());
        assertEquals(List.of("local APIC 0", "receives IRQ 0, 1, 4, 8"), box(cpu(0)).lines());
        assertEquals("I/O APIC 4", box(m.getIoApics().get(0)).title());
        assertEquals("24 pins, 7 wired to IRQ lines", box(m.getIoApics().get(0)).lines().get(0));
        Device ata = m.getDevices().stream().filter(d -> d.getName().equals("ata0")).findFirst().orElseThrow();
        assertEquals("ata0 (disk)", box(ata).title());
        assertEquals("IRQ 14 (I/O APIC 4 pin 14) \u2192 cpu1", box(ata).lines().get(0));
        TopologyDiagramPart diagram = (TopologyDiagramPart) editor.viewer().getContents();
        assertEquals("amd64-2x2-2006 (amd64)", diagram.header().title());
        assertEquals("Moving a lock's cache line costs 5 ns within a core, 30 ns within a package, 120 ns across "
                + "packages", diagram.header().lines().get(1));
        assertTrue(diagram.header().lines().get(0).startsWith("2 packages, 4 cores, 4 logical CPUs"),
                diagram.header().lines().get(0));
        // Devices sit beside the packages, to their right.
        assertTrue(part(ata).getFigure().getBounds().x > part(m.getPackages().get(1)).getFigure().getBounds().right());
    }

    @Test
    void thePaletteAddsPackagesCoresCpusAndDevicesWithTheNextIdsUndoably(@TempDir Path folder) throws Exception {
        Machine m = machine();
        CpuPackage pkg0 = m.getPackages().get(0);
        Command addPackage = drop(pkg0, NewTopologyElement.cpuPackage());
        assertTrue(addPackage instanceof AddPackageCommand, "a package dropped on a package goes to the machine");
        stack().execute(addPackage);
        Workbench.drain();
        CpuPackage pkg2 = m.getPackages().get(2);
        assertEquals(2, pkg2.getId());
        assertEquals(List.of(0, 1, 2, 3, 4), cpuIds());
        assertEquals("cpu4", box(pkg2.getCores().get(0).getThreads().get(0)).title());
        assertEquals("local APIC 5", box(pkg2.getCores().get(0).getThreads().get(0)).lines().get(0),
                "APIC id 4 is the I/O APIC's");
        assertTrue(editor.isDirty());

        stack().execute(drop(pkg2, NewTopologyElement.core()));
        Workbench.drain();
        assertEquals(1, pkg2.getCores().get(1).getId());
        assertEquals(List.of(0, 1, 2, 3, 4, 5), cpuIds());

        // A thread dropped on a CPU box lands in that CPU's core.
        Core core0 = pkg0.getCores().get(0);
        Command thread = drop(core0.getThreads().get(0), NewTopologyElement.cpu());
        assertNotNull(thread);
        stack().execute(thread);
        Workbench.drain();
        assertEquals(List.of(0, 6), core0.getThreads().stream().map(LogicalCpu::getCpuId).toList());
        assertSame(part(core0), part(core0.getThreads().get(1)).getParent());
        assertTrue(part(pkg0).getFigure().getBounds().contains(part(core0.getThreads().get(1)).getFigure()
                .getBounds()), "the package grew around its new hardware thread");

        stack().execute(drop(m, NewTopologyElement.device(DeviceKind.NETWORK)));
        Workbench.drain();
        Device em1 = m.getDevices().get(m.getDevices().size() - 1);
        assertEquals("em1", em1.getName(), "em0 is the machine's own network card");
        assertEquals(DeviceKind.NETWORK, em1.getKind());
        IrqLine line = em1.getIrqLines().get(0);
        assertEquals(IrqKind.LEGACY, line.getKind());
        assertEquals(16, line.getNumber(), "the first free PCI pin");
        assertEquals(List.of(cpu(0)), line.getTargets());
        assertEquals("em1 (network)", box(em1).title());
        assertEquals("IRQ 16 (I/O APIC 4 pin 16) \u2192 cpu0", box(em1).lines().get(0));

        stack().undo();
        Workbench.drain();
        assertFalse(m.getDevices().contains(em1));
        assertFalse(m.getIrqLines().contains(line));
        assertNull(editor.partFor(em1));
        stack().undo();
        assertEquals(1, core0.getThreads().size());
        stack().redo();
        stack().redo();
        Workbench.drain();
        assertEquals("em1", m.getDevices().get(m.getDevices().size() - 1).getName());
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), cpuIds());

        Path saved = folder.resolve("grown.xmi");
        assertTrue(editor.saveTo(saved));
        assertFalse(editor.isDirty());
        Machine reloaded = KernelModels.load(saved.toString(), Machine.class);
        assertEquals(7, Topology.cpus(reloaded).size());
        assertEquals(3, reloaded.getPackages().size());
        assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(reloaded).getSeverity(),
                Diagnostician.INSTANCE.validate(reloaded).toString());

        // The engine takes the saved topology: seven CPUs, the new ones in packages 0 and 2.
        Scenario scenario = KernelModels.load("builtin:syscall-mix-5.3", Scenario.class);
        scenario.setMachine(reloaded);
        // Its workload's interrupt sources name devices of the scenario's own machine, which are not in this one;
        // this checks the CPU topology the engine builds, so the workload runs without device interrupts.
        scenario.getWorkload().getInterruptSources().clear();
        CompiledScenario compiled = ScenarioCompiler.compile(scenario);
        assertEquals(7, compiled.machine.cpus());
        assertEquals(List.of(0, 0, 1, 1, 2, 2, 0), java.util.Arrays.stream(compiled.machine.packageOf()).boxed()
                .toList(), "packages of cpu0..cpu6");
    }

    @Test
    void deletingACpuThatReceivesAnIrqIsRefusedWithTheReasonInTheStatusLine() {
        LogicalCpu cpu1 = cpu(1);
        Command refused = delete(cpu1);
        assertFalse(refused.canExecute());
        String why = editor.whyNotDeletable(new StructuredSelection(part(cpu1)));
        assertEquals("Cannot delete: cpu1 still receives IRQ 14 (ata0). Re-route it in File > Open "
                + "Interrupt Routing first", why);
        Command pkg = delete(machine().getPackages().get(1));
        assertFalse(pkg.canExecute());
        assertEquals("package 1 still receives IRQ 20 (em0) on cpu2; IRQ 21 (ohci0) on cpu3. Re-route them in "
                + "File > Open Interrupt Routing first", ((DeleteCpusCommand) pkg).problem());
        assertEquals(List.of(0, 1, 2, 3), cpuIds());
    }

    @Test
    void deletingAnUnroutedCpuClosesTheGapAndKeepsEveryRoute(@TempDir Path folder) throws Exception {
        Machine m = machine();
        // Give core 0 of package 0 a second thread (cpu4), then route nothing to it and delete cpu3's neighbour:
        // first re-route IRQ 21 off cpu3 so cpu3 can go.
        IrqLine irq21 = m.getIrqLines().stream().filter(l -> l.getNumber() == 21).findFirst().orElseThrow();
        stack().execute(drop(m.getPackages().get(0).getCores().get(0), NewTopologyElement.cpu()));
        LogicalCpu cpu4 = cpu(4);
        irq21.getTargets().set(0, cpu4); // as the routing editor would; not part of this editor's undo history
        LogicalCpu cpu3 = cpu(3);
        Command gone = delete(cpu3);
        assertTrue(gone.canExecute(), ((DeleteCpusCommand) gone).problem());
        assertNull(editor.whyNotDeletable(new StructuredSelection(part(cpu3))));
        stack().execute(gone);
        Workbench.drain();
        assertEquals(List.of(0, 1, 2, 3), cpuIds());
        assertEquals(3, cpu4.getCpuId(), "the later CPU moved down into the gap");
        assertEquals(List.of(cpu4), irq21.getTargets(), "the route follows the CPU, not its old number");
        assertEquals("cpu3", box(cpu4).title());
        assertTrue(m.getPackages().get(1).getCores().get(1).getThreads().isEmpty());

        stack().undo();
        Workbench.drain();
        assertEquals(3, cpu3.getCpuId());
        assertEquals(4, cpu4.getCpuId());
        assertEquals("cpu4", box(cpu4).title());
        assertNotNull(part(cpu3));
        stack().redo();

        // The device delete takes its own IRQ line with it.
        Device ata = m.getDevices().stream().filter(d -> d.getName().equals("ata0")).findFirst().orElseThrow();
        IrqLine irq14 = ata.getIrqLines().get(0);
        stack().execute(delete(ata));
        Workbench.drain();
        assertFalse(m.getDevices().contains(ata));
        assertFalse(m.getIrqLines().contains(irq14));
        assertEquals(List.of("local APIC 1", "receives no IRQ"), box(cpu(1)).lines());
        assertTrue(delete(cpu(1)).canExecute(), "with IRQ 14 gone, cpu1 receives nothing and may go");

        Path saved = folder.resolve("smaller.xmi");
        assertTrue(editor.saveTo(saved));
        Machine reloaded = KernelModels.load(saved.toString(), Machine.class);
        assertEquals(List.of(0, 1, 2, 3), Topology.cpus(reloaded).stream().map(LogicalCpu::getCpuId).toList());
        assertTrue(reloaded.getDevices().stream().noneMatch(d -> d.getName().equals("ata0")));
        assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(reloaded).getSeverity(),
                Diagnostician.INSTANCE.validate(reloaded).toString());
    }

    @Test
    void deletingACoreTogetherWithOneOfItsThreadsDeletesTheCoreOnceAndUndoesCleanly() {
        Machine m = machine();
        CpuPackage pkg0 = m.getPackages().get(0);
        stack().execute(drop(pkg0, NewTopologyElement.core()));
        Core added = pkg0.getCores().get(2);
        // What GEF's Delete action builds for a selection of the core and its thread.
        org.eclipse.gef.commands.CompoundCommand both = new org.eclipse.gef.commands.CompoundCommand();
        both.add(delete(added));
        both.add(delete(added.getThreads().get(0)));
        assertTrue(both.canExecute());
        stack().execute(both);
        Workbench.drain();
        assertEquals(2, pkg0.getCores().size());
        assertEquals(List.of(0, 1, 2, 3), cpuIds());
        stack().undo();
        Workbench.drain();
        assertSame(added, pkg0.getCores().get(2));
        assertEquals(List.of(0, 1, 2, 3, 4), cpuIds());
        assertNotNull(part(added.getThreads().get(0)));
    }

    @Test
    void theLastCpuCannotBeDeleted() {
        Machine m = machine();
        // Route every line to cpu0 and delete the other CPUs, then cpu0 must stay.
        for (IrqLine line : m.getIrqLines()) {
            line.getTargets().clear();
            line.getTargets().add(cpu(0));
        }
        stack().execute(delete(m.getPackages().get(1)));
        stack().execute(delete(m.getPackages().get(0).getCores().get(1)));
        assertEquals(List.of(0), cpuIds());
        m.getIrqLines().forEach(l -> l.getTargets().clear()); // nothing reaches cpu0 now
        DeleteCpusCommand last = (DeleteCpusCommand) delete(m.getPackages().get(0));
        assertFalse(last.canExecute());
        assertTrue(last.problem().startsWith("a machine needs at least one logical CPU"), last.problem());
    }
}
