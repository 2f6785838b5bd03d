package org.smpng.ui.diagram.internal.parts;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartFactory;
import org.smpng.model.machine.Device;
import org.smpng.model.machine.IoApicPin;
import org.smpng.model.machine.IrqLine;
import org.smpng.model.machine.LogicalCpu;
import org.smpng.model.machine.Machine;
import org.smpng.ui.diagram.internal.figures.DiagramResources;

/**
 * Makes the edit parts of the interrupt routing diagram: the machine is the diagram; its devices, IRQ lines, I/O
 * APIC pins and CPUs the boxes; {@link RoutingLink}s the connections.
 */
public final class RoutingEditPartFactory implements EditPartFactory {

    private final DiagramResources resources;

    public RoutingEditPartFactory(DiagramResources resources) {
        this.resources = resources;
    }

    @Override
    public EditPart createEditPart(EditPart context, Object model) {
        if (model instanceof Machine machine) {
            return new RoutingDiagramPart(machine);
        }
        if (model instanceof Device || model instanceof IrqLine || model instanceof IoApicPin
                || model instanceof LogicalCpu) {
            return new RoutingNodePart(model, resources);
        }
        if (model instanceof RoutingLink link) {
            return new RoutingLinkPart(link);
        }
        throw new IllegalArgumentException("no routing edit part for " + model);
    }
}
