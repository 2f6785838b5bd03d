package org.smpng.ui.diagram.internal.policies;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.GraphicalEditPolicy;
import org.eclipse.gef.requests.CreateRequest;
import org.smpng.model.machine.Core;
import org.smpng.model.machine.CpuPackage;
import org.smpng.model.machine.Device;
import org.smpng.model.machine.LogicalCpu;
import org.smpng.model.machine.Machine;
import org.smpng.ui.diagram.internal.commands.AddCoreCommand;
import org.smpng.ui.diagram.internal.commands.AddCpuCommand;
import org.smpng.ui.diagram.internal.commands.AddDeviceCommand;
import org.smpng.ui.diagram.internal.commands.AddPackageCommand;

/**
 * Where palette items may be dropped: a package or a device anywhere on the machine, a core into a package, a
 * hardware thread into a core. A box that takes nothing lets the request go to its container (a thread dropped on
 * a CPU lands in that CPU's core), because GEF asks the parents when {@link #getTargetEditPart} answers null.
 */
public final class TopologyCreationPolicy extends GraphicalEditPolicy {

    @Override
    public Command getCommand(Request request) {
        if (!RequestConstants.REQ_CREATE.equals(request.getType())) {
            return null;
        }
        Object created = ((CreateRequest) request).getNewObject();
        return switch (getHost().getModel()) {
        case Machine machine when created instanceof CpuPackage pkg -> new AddPackageCommand(machine, pkg);
        case Machine machine when created instanceof Device device -> new AddDeviceCommand(machine, device);
        case CpuPackage pkg when created instanceof Core core -> new AddCoreCommand(pkg, core);
        case Core core when created instanceof LogicalCpu cpu -> new AddCpuCommand(core, cpu);
        default -> null;
        };
    }

    @Override
    public EditPart getTargetEditPart(Request request) {
        return getCommand(request) != null ? getHost() : null;
    }
}
