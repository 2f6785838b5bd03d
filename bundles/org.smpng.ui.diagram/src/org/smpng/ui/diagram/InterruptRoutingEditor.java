package org.smpng.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.palette.ConnectionCreationToolEntry;
import org.eclipse.gef.palette.PaletteGroup;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.requests.GroupRequest;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.machine.IrqLine;
import org.smpng.model.machine.LogicalCpu;
import org.smpng.sim.Simulation;
import org.smpng.sim.Snapshots.EngineSnapshot;
import org.smpng.ui.diagram.internal.commands.Topology;
import org.smpng.ui.diagram.internal.commands.UnrouteIrqCommand;
import org.smpng.ui.diagram.internal.parts.RoutingDiagramPart;
import org.smpng.ui.diagram.internal.parts.RoutingLinkPart;
import org.smpng.ui.diagram.live.IrqRates;
import org.smpng.ui.diagram.live.LiveFocus;
import org.smpng.ui.diagram.live.LiveSession;

/**
 * The interrupt routing editor: a machine's devices (with their handlers: ithread, fast or filter; MPSAFE or under
 * Giant), IRQ lines, I/O APIC pins and CPUs, and how each interrupt travels from device to CPU. Re-routing an IRQ
 * is a drag of a delivery link's CPU end onto another CPU; the palette's "Deliver to CPU" tool adds a CPU to a
 * line; Delete on a delivery link removes one. Every change is an undoable command on the machine model, picked
 * up by the next simulation run of a scenario that uses the saved machine. A built-in machine opens read-only in
 * place: Save asks for a file.
 *
 * <p>Live. While the Simulation view runs a scenario on a machine of the same name, each IRQ line shows its
 * interrupt rate and mean latency (handler in interrupt context, interrupt thread) over the last second or so
 * ({@link IrqRates}), refreshed {@value #LIVE_REFRESHES_PER_SECOND} times a second. Selecting an IRQ line or a CPU
 * selects it in the live views (an IRQ brings its interrupt thread); selecting an interrupt thread or an IRQ
 * elsewhere selects its line here. UI thread only.
 */
public final class InterruptRoutingEditor extends MachineEditor implements LiveSession.Listener, ISelectionListener {

    /** How often the live line texts change at most: readable, and cheap. */
    static final int LIVE_REFRESHES_PER_SECOND = 4;

    /** The editor's id, as declared in plugin.xml. */
    public static final String ID = "org.smpng.ui.diagram.interruptRoutingEditor";

    private PaletteRoot palette;

    public InterruptRoutingEditor() {
        super("interrupt routing editor", "interrupt routing", 150);
    }

    @Override
    String editorId() {
        return ID;
    }

    @Override
    MachineDiagram diagram() {
        return MachineDiagram.ROUTING;
    }

    /** The live line of an IRQ line that no interrupt source of the running scenario raises. */
    public static final String NOT_RAISED = "live: not raised by this scenario";

    private final IrqRates rates = new IrqRates();
    private long liveShownNs;

    @Override
    protected void configureGraphicalViewer() {
        super.configureGraphicalViewer();
        // Says why Delete does nothing on a link that cannot go: GEF only disables the action.
        getGraphicalViewer().addSelectionChangedListener(event -> showStatus(whyNot(event.getSelection())));
    }

    @Override
    protected void initializeGraphicalViewer() {
        super.initializeGraphicalViewer();
        LiveSession.get().addListener(this);
        getSite().getPage().addSelectionListener(this);
    }

    @Override
    public void dispose() {
        LiveSession.get().removeListener(this);
        getSite().getPage().removeSelectionListener(this);
        super.dispose();
    }

    /** Whether the session's loaded run simulates this editor's machine (by name). */
    boolean runsThisMachine() {
        Simulation sim = LiveSession.get().simulation();
        return sim != null && Objects.equals(sim.compiled().machine.name(), machine().getName());
    }

    private RoutingDiagramPart routingPart() {
        return (RoutingDiagramPart) getGraphicalViewer().getContents();
    }

    @Override
    public void snapshot(EngineSnapshot snapshot) {
        if (getGraphicalViewer() == null || getGraphicalViewer().getControl().isDisposed()) {
            return;
        }
        if (!runsThisMachine()) {
            showLive(Map.of());
            return;
        }
        Map<Integer, IrqRates.Rate> now = rates.update(LiveSession.get());
        long wall = System.nanoTime();
        if (wall - liveShownNs >= 1_000_000_000L / LIVE_REFRESHES_PER_SECOND
                || LiveSession.get().state() != LiveSession.State.RUNNING) {
            liveShownNs = wall;
            Map<Integer, String> texts = new java.util.HashMap<>();
            now.forEach((irq, rate) -> texts.put(irq, rate.text()));
            if (!now.isEmpty()) {
                // The run is live: a line no source of the scenario raises says so rather than nothing.
                for (IrqLine l : machine().getIrqLines()) {
                    texts.putIfAbsent(l.getNumber(), NOT_RAISED);
                }
            }
            showLive(texts);
        }
    }

    private void showLive(Map<Integer, String> texts) {
        RoutingDiagramPart d = routingPart();
        if (d != null) {
            d.showLive(texts);
        }
    }

    @Override
    public void loaded(LiveSession session, KernelModel kernel) {
        rates.clear();
        liveShownNs = 0;
        showLive(Map.of());
    }

    @Override
    public void stateChanged(LiveSession session) {
        if (session.state() == LiveSession.State.EMPTY || session.state() == LiveSession.State.LOADING) {
            rates.clear();
            showLive(Map.of());
        }
    }

    /** {@return the live text of each IRQ line, by number, as shown; for tests} */
    public Map<Integer, String> liveTexts() {
        RoutingDiagramPart d = routingPart();
        return d == null ? Map.of() : d.liveTexts();
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection incoming) {
        if (part == this || getGraphicalViewer() == null || getGraphicalViewer().getControl().isDisposed()) {
            return;
        }
        LiveFocus focus = LiveFocus.of(incoming, LiveSession.get().snapshot());
        if (focus.isEmpty() || !runsThisMachine()) {
            return;
        }
        List<EditPart> parts = new ArrayList<>();
        if (!focus.irqs().isEmpty()) {
            for (IrqLine l : machine().getIrqLines()) {
                if (focus.irqs().contains(l.getNumber()) && partFor(l) != null) {
                    parts.add(partFor(l));
                }
            }
        } else {
            for (LogicalCpu c : Topology.cpus(machine())) {
                if (focus.cpus().contains(c.getCpuId()) && partFor(c) != null) {
                    parts.add(partFor(c));
                }
            }
        }
        if (!parts.isEmpty()) {
            getGraphicalViewer().setSelection(new StructuredSelection(parts));
            getGraphicalViewer().reveal(parts.get(0));
        }
    }

    private static String whyNot(ISelection selection) {
        if (selection instanceof IStructuredSelection s && s.size() == 1
                && s.getFirstElement() instanceof RoutingLinkPart link) {
            Command delete = link.getCommand(new GroupRequest(RequestConstants.REQ_DELETE));
            if (delete instanceof UnrouteIrqCommand unroute && unroute.problem() != null) {
                return "Cannot delete: " + unroute.problem();
            } else if (delete == null) {
                return "This link is the machine's wiring; only deliveries to CPUs can be changed here.";
            }
        }
        return null;
    }

    @Override
    protected PaletteRoot getPaletteRoot() {
        if (palette == null) {
            palette = PinnedPalette.withTools();
            PaletteGroup routing = new PaletteGroup("Routing");
            routing.add(new ConnectionCreationToolEntry("Deliver to CPU",
                    "Click an IRQ line (or its I/O APIC pin), then a CPU it should also be delivered to", null,
                    DiagramIcons.get("order.png"), DiagramIcons.get("order.png")));
            palette.add(routing);
        }
        return palette;
    }
}
