package org.smpng.ui.diagram;

import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.palette.ConnectionCreationToolEntry;
import org.eclipse.gef.palette.PaletteGroup;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.requests.GroupRequest;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.smpng.ui.diagram.internal.commands.UnrouteIrqCommand;
import org.smpng.ui.diagram.internal.parts.RoutingLinkPart;

/**
 * The interrupt routing editor: a machine's devices (with their handlers: ithread, fast or filter; MPSAFE or under
 * Giant), IRQ lines, I/O APIC pins and CPUs, and how each interrupt travels from device to CPU. Re-routing an IRQ
 * is a drag of a delivery link's CPU end onto another CPU; the palette's "Deliver to CPU" tool adds a CPU to a
 * line; Delete on a delivery link removes one. Every change is an undoable command on the machine model, picked
 * up by the next simulation run of a scenario that uses the saved machine. A built-in machine opens read-only in
 * place: Save asks for a file. UI thread only.
 */
public final class InterruptRoutingEditor extends MachineEditor {

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

    @Override
    protected void configureGraphicalViewer() {
        super.configureGraphicalViewer();
        // Says why Delete does nothing on a link that cannot go: GEF only disables the action.
        getGraphicalViewer().addSelectionChangedListener(event -> showStatus(whyNot(event.getSelection())));
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
