package org.smpng.ui.diagram.internal.parts;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartFactory;
import org.smpng.model.machine.Core;
import org.smpng.model.machine.CpuPackage;
import org.smpng.model.machine.Device;
import org.smpng.model.machine.IoApic;
import org.smpng.model.machine.LogicalCpu;
import org.smpng.model.machine.Machine;
import org.smpng.ui.diagram.internal.figures.DiagramResources;

/**
 * Makes the edit parts of the machine topology diagram: the machine is the diagram; packages, cores and hardware
 * threads nested boxes; I/O APICs and devices boxes beside them.
 */
public final class TopologyEditPartFactory implements EditPartFactory {

    private final DiagramResources resources;

    public TopologyEditPartFactory(DiagramResources resources) {
        this.resources = resources;
    }

    @Override
    public EditPart createEditPart(EditPart context, Object model) {
        if (model instanceof Machine machine) {
            return new TopologyDiagramPart(machine, resources);
        }
        if (model instanceof CpuPackage || model instanceof Core || model instanceof LogicalCpu
                || model instanceof IoApic || model instanceof Device) {
            return new TopologyBoxPart(model, resources);
        }
        throw new IllegalArgumentException("no topology edit part for " + model);
    }
}
