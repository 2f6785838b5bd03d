package org.smpng.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.gef.ConnectionEditPart;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.GroupRequest;
import org.eclipse.gef.requests.ReconnectRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.machine.Device;
import org.smpng.model.machine.HandlerKind;
import org.smpng.model.machine.IrqLine;
import org.smpng.model.machine.LogicalCpu;
import org.smpng.model.machine.Machine;
import org.smpng.ui.diagram.InterruptRoutingEditor;
import org.smpng.ui.diagram.OpenRoutingMenu;
import org.smpng.ui.diagram.internal.parts.RoutingLink;
import org.smpng.ui.diagram.internal.parts.RoutingNodePart;

/** The interrupt routing editor on the built-in 4-CPU box of 2004, in the real workbench. */
class InterruptRoutingEditorTest {

    private static final String MACHINE = "builtin:i386-smp-4cpu-2004";
    private InterruptRoutingEditor editor;

    @BeforeEach
    void open() {
        OpenRoutingMenu.open(Workbench.page().getWorkbenchWindow(), MACHINE);
        Workbench.drain();
        editor = (InterruptRoutingEditor) Workbench.page().getActiveEditor();
    }

    @AfterEach
    void close() {
        Workbench.page().closeEditor(editor, false);
        Workbench.drain();
    }

    private RoutingNodePart part(Object model) {
        return (RoutingNodePart) editor.partFor(model);
    }

    private LogicalCpu cpu(int id) {
        return editor.machine().getPackages().stream().flatMap(p -> p.getCores().stream())
                .flatMap(c -> c.getThreads().stream()).filter(t -> t.getCpuId() == id).findFirst().orElseThrow();
    }

    /** A line delivered to exactly one CPU, the usual fixed route. */
    private IrqLine singlyRoutedLine() {
        return editor.machine().getIrqLines().stream().filter(l -> l.getTargets().size() == 1).findFirst()
                .orElseThrow();
    }

    private ConnectionEditPart deliveryTo(LogicalCpu cpu, IrqLine line) {
        for (Object c : part(cpu).getTargetConnections()) {
            ConnectionEditPart link = (ConnectionEditPart) c;
            if (((RoutingLink) link.getModel()).line() == line) {
                return link;
            }
        }
        return null;
    }

    @Test
    void showsEveryDeviceLinePinAndCpuWithHandlersByKind() {
        Machine m = editor.machine();
        for (Device d : m.getDevices()) {
            RoutingNodePart p = part(d);
            assertNotNull(p, d.getName());
            assertEquals(d.getHandlers().size(), p.nodeFigure().lines().size(), d.getName());
            for (int i = 0; i < d.getHandlers().size(); i++) {
                String shown = p.nodeFigure().lines().get(i);
                assertTrue(shown.contains(d.getHandlers().get(i).getKind() == HandlerKind.FAST ? "fast" : "thread"),
                        shown);
                assertTrue(shown.endsWith(d.getHandlers().get(i).isMpsafe() ? "MPSAFE" : "Giant"), shown);
            }
        }
        for (IrqLine l : m.getIrqLines()) {
            assertNotNull(part(l), "IRQ " + l.getNumber());
            for (LogicalCpu c : l.getTargets()) {
                assertNotNull(deliveryTo(c, l), "IRQ " + l.getNumber() + " to cpu" + c.getCpuId());
            }
        }
        assertEquals("cpu0", part(cpu(0)).nodeFigure().title());
        // Columns left to right: devices, lines, pins, CPUs.
        int deviceX = ((GraphicalEditPart) part(m.getDevices().get(0))).getFigure().getBounds().x;
        int lineX = part(m.getIrqLines().get(0)).getFigure().getBounds().x;
        int cpuX = part(cpu(0)).getFigure().getBounds().x;
        assertTrue(deviceX < lineX && lineX < cpuX, deviceX + " " + lineX + " " + cpuX);
    }

    @Test
    void draggingADeliveryToAnotherCpuReroutesTheIrqUndoablyAndSaves(@TempDir Path folder) throws Exception {
        IrqLine line = singlyRoutedLine();
        LogicalCpu from = line.getTargets().get(0);
        LogicalCpu to = cpu(from.getCpuId() == 3 ? 2 : 3);
        ConnectionEditPart link = deliveryTo(from, line);
        ReconnectRequest drag = new ReconnectRequest(RequestConstants.REQ_RECONNECT_TARGET);
        drag.setConnectionEditPart(link);
        drag.setTargetEditPart(part(to));
        Command command = part(to).getCommand(drag);
        assertTrue(command != null && command.canExecute(), "dropping on another CPU re-routes");
        editor.viewer().getEditDomain().getCommandStack().execute(command);
        Workbench.drain();
        assertEquals(List.of(to), line.getTargets());
        assertNotNull(deliveryTo(to, line), "the diagram follows the model");
        assertTrue(editor.isDirty());

        editor.viewer().getEditDomain().getCommandStack().undo();
        assertEquals(List.of(from), line.getTargets());
        editor.viewer().getEditDomain().getCommandStack().redo();

        Path saved = folder.resolve("rerouted.xmi");
        assertTrue(editor.saveTo(saved));
        assertFalse(editor.isDirty());
        Machine reloaded = KernelModels.load(saved.toString(), Machine.class);
        IrqLine again = reloaded.getIrqLines().stream().filter(l -> l.getNumber() == line.getNumber())
                .findFirst().orElseThrow();
        assertEquals(List.of(to.getCpuId()), again.getTargets().stream().map(LogicalCpu::getCpuId).toList());
        assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(reloaded).getSeverity());
    }

    @Test
    void droppingOnTheCpuItAlreadyReachesIsRefused() {
        IrqLine line = singlyRoutedLine();
        LogicalCpu cpu = line.getTargets().get(0);
        ReconnectRequest drag = new ReconnectRequest(RequestConstants.REQ_RECONNECT_TARGET);
        drag.setConnectionEditPart(deliveryTo(cpu, line));
        drag.setTargetEditPart(part(cpu));
        Command command = part(cpu).getCommand(drag);
        assertFalse(command.canExecute());
    }

    @Test
    void theDeliverToolAddsACpuAndDeletingTheLastDeliveryIsRefusedWithAReason() {
        IrqLine line = singlyRoutedLine();
        LogicalCpu only = line.getTargets().get(0);
        LogicalCpu other = cpu(only.getCpuId() == 0 ? 1 : 0);
        CreateConnectionRequest draw = new CreateConnectionRequest();
        draw.setType(RequestConstants.REQ_CONNECTION_START);
        EditPart source = line.getPin() != null ? part(line.getPin()) : part(line);
        draw.setTargetEditPart(source);
        source.getCommand(draw);
        draw.setType(RequestConstants.REQ_CONNECTION_END);
        draw.setTargetEditPart(part(other));
        Command add = part(other).getCommand(draw);
        assertTrue(add != null && add.canExecute());
        editor.viewer().getEditDomain().getCommandStack().execute(add);
        assertEquals(List.of(only, other), line.getTargets());

        Command remove = deliveryTo(other, line).getCommand(new GroupRequest(RequestConstants.REQ_DELETE));
        assertTrue(remove.canExecute());
        editor.viewer().getEditDomain().getCommandStack().execute(remove);
        Workbench.drain();
        Command last = deliveryTo(only, line).getCommand(new GroupRequest(RequestConstants.REQ_DELETE));
        assertFalse(last.canExecute(), "an IRQ must reach some CPU");
        assertTrue(((org.smpng.ui.diagram.internal.commands.UnrouteIrqCommand) last).problem()
                .contains("is the only CPU"));
        assertEquals(List.of(only), line.getTargets());
    }

    @Test
    void aRunOnTheSameMachineShowsEachLinesRateAndLatencyAndSelectionLinksIrqsToTheirThreads() throws Exception {
        var page = Workbench.page();
        var runQueues = (org.smpng.ui.diagram.live.RunQueuesView) page.showView(
                org.smpng.ui.diagram.live.RunQueuesView.ID);
        page.showView(org.smpng.ui.diagram.live.SimulationView.ID);
        var session = org.smpng.ui.diagram.live.LiveSession.get();
        Workbench.settleSession();
        session.setScenario(org.smpng.ui.diagram.live.LiveSession.DEFAULT_SCENARIO);
        session.reset();
        Workbench.waitUntil("loaded", () -> session.state() == org.smpng.ui.diagram.live.LiveSession.State.READY,
                60_000);
        assertTrue(editor.liveTexts().isEmpty(), "nothing live before the run");
        session.setSpeed(org.smpng.ui.diagram.live.LiveSession.FULL_SPEED);
        session.runTo(30_000_000L);
        Workbench.waitUntil("paused", () -> session.state() != org.smpng.ui.diagram.live.LiveSession.State.RUNNING,
                120_000);
        session.setSpeed(org.smpng.ui.diagram.live.LiveSession.DEFAULT_SPEED);

        // Every line with a source in the run shows its live figures; the rate is what the run delivered.
        var snapshot = session.snapshot();
        java.util.Set<Integer> lines = new java.util.TreeSet<>();
        snapshot.irqs().stream().filter(i -> i.irq() >= 0).forEach(i -> lines.add(i.irq()));
        assertEquals(editor.machine().getIrqLines().size(), editor.liveTexts().size(), "every line says something");
        for (IrqLine l : editor.machine().getIrqLines()) {
            String live = editor.liveTexts().get(l.getNumber());
            if (lines.contains(l.getNumber())) {
                assertTrue(live.matches("live: [0-9,]+/s(; handler [0-9.]+ (ns|µs|ms))?(; ithread [0-9.]+ (ns|µs|ms))?")
                        && !live.equals("live: 0/s"), live);
            } else {
                assertEquals(InterruptRoutingEditor.NOT_RAISED, live);
            }
            assertEquals(live, part(l).nodeFigure().lines().get(part(l).nodeFigure().lines().size() - 1));
        }
        var clock = snapshot.irqs().stream().filter(i -> i.irq() == 0).findFirst().orElseThrow();
        double clockRate = clock.arrivals() / (snapshot.timeNs() / 1e9);
        String clockText = editor.liveTexts().get(0);
        double shown = Double.parseDouble(clockText.substring(6, clockText.indexOf("/s")).replace(",", ""));
        assertEquals(clockRate, shown, clockRate * 0.15 + 2, "the clock's rate over the window: " + clockText);

        // Selecting a line selects its interrupt thread in the Run Queues view ...
        page.activate(editor);
        IrqLine line = editor.machine().getIrqLines().stream()
                .filter(l -> snapshot.irqs().stream().anyMatch(i -> i.irq() == l.getNumber()
                        && "ithread".equals(i.handlerKind())))
                .findFirst().orElseThrow();
        String ithread = snapshot.irqs().stream().filter(i -> i.irq() == line.getNumber()).findFirst().orElseThrow()
                .thread();
        editor.viewer().select(part(line));
        Workbench.drain();
        assertTrue(runQueues.lanesFigure().getSelectedKeys()
                .contains(new org.smpng.ui.diagram.live.LiveElement.ThreadElement(ithread)),
                runQueues.lanesFigure().getSelectedKeys().toString());

        // ... and selecting the interrupt thread there selects the line here.
        page.activate(runQueues);
        runQueues.select(new org.smpng.ui.diagram.live.LiveElement.ThreadElement(ithread));
        Workbench.drain();
        List<?> selected = editor.viewer().getSelectedEditParts();
        assertEquals(1, selected.size());
        assertEquals(line, ((EditPart) selected.get(0)).getModel());
        page.activate(editor);
    }

    @Test
    void theNextResetRunsOnTheMachineAsEditedWithoutSaving() throws Exception {
        Workbench.page().showView(org.smpng.ui.diagram.live.SimulationView.ID);
        var session = org.smpng.ui.diagram.live.LiveSession.get();
        Workbench.settleSession();
        session.setScenario(org.smpng.ui.diagram.live.LiveSession.DEFAULT_SCENARIO);
        session.setSpeed(org.smpng.ui.diagram.live.LiveSession.FULL_SPEED);
        try {
            session.reset();
            Workbench.waitUntil("loaded", () -> session.state() == org.smpng.ui.diagram.live.LiveSession.State.READY,
                    60_000);
            assertTrue(session.message().contains("as it is in its open editor"), session.message());
            session.runTo(20_000_000L);
            Workbench.waitUntil("paused",
                    () -> session.state() != org.smpng.ui.diagram.live.LiveSession.State.RUNNING, 120_000);
            // A singly routed line that interrupted during the run, and a CPU it does not go to.
            var busy = session.snapshot().irqs().stream().filter(i -> i.irq() >= 0 && i.arrivals() > 0).toList();
            IrqLine line = editor.machine().getIrqLines().stream().filter(l -> l.getTargets().size() == 1
                    && busy.stream().anyMatch(i -> i.irq() == l.getNumber())).findFirst().orElseThrow();
            LogicalCpu from = line.getTargets().get(0);
            LogicalCpu to = cpu(from.getCpuId() == 3 ? 2 : 3);
            ReconnectRequest drag = new ReconnectRequest(RequestConstants.REQ_RECONNECT_TARGET);
            drag.setConnectionEditPart(deliveryTo(from, line));
            drag.setTargetEditPart(part(to));
            editor.viewer().getEditDomain().getCommandStack().execute(part(to).getCommand(drag));
            assertTrue(editor.isDirty(), "not saved");

            session.reset();
            Workbench.waitUntil("loaded", () -> session.state() == org.smpng.ui.diagram.live.LiveSession.State.READY,
                    60_000);
            session.runTo(20_000_000L);
            Workbench.waitUntil("paused",
                    () -> session.state() != org.smpng.ui.diagram.live.LiveSession.State.RUNNING, 120_000);
            var rerouted = session.snapshot().irqs().stream().filter(i -> i.irq() == line.getNumber()).toList();
            assertFalse(rerouted.isEmpty());
            for (var i : rerouted) {
                assertTrue(i.arrivals() > 0, i.toString());
                assertEquals(to.getCpuId(), i.cpu(), "the run delivered IRQ " + line.getNumber() + " as edited");
            }
        } finally {
            session.setSpeed(org.smpng.ui.diagram.live.LiveSession.DEFAULT_SPEED);
            Workbench.page().closeEditor(editor, false);
            Workbench.drain();
            session.reset();
            Workbench.waitUntil("loaded", () -> session.state() != org.smpng.ui.diagram.live.LiveSession.State.LOADING,
                    60_000);
            assertFalse(session.message().contains("open editor"), "a closed editor's machine is not used");
        }
    }

    @Test
    void aRunOnAnEditedMachineThatLostADeviceTheWorkloadUsesIsRefusedWithTheReason() {
        var session = org.smpng.ui.diagram.live.LiveSession.get();
        Workbench.settleSession();
        session.setScenario(org.smpng.ui.diagram.live.LiveSession.DEFAULT_SCENARIO);
        try {
            Device disk = editor.machine().getDevices().stream().filter(d -> d.getName().startsWith("ata"))
                    .findFirst().orElseThrow();
            editor.machine().getDevices().remove(disk);
            session.reset();
            Workbench.waitUntil("refused", () -> session.state() == org.smpng.ui.diagram.live.LiveSession.State.EMPTY,
                    60_000);
            assertTrue(session.message().contains("refers to Device " + disk.getName())
                    && session.message().contains("no longer has"), session.message());
        } finally {
            Workbench.page().closeEditor(editor, false);
            Workbench.drain();
            session.reset();
            Workbench.waitUntil("loaded", () -> session.state() == org.smpng.ui.diagram.live.LiveSession.State.READY,
                    60_000);
        }
    }
}
