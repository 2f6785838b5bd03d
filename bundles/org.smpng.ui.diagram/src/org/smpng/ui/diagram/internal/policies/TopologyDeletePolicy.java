package org.smpng.ui.diagram.internal.policies;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ComponentEditPolicy;
import org.eclipse.gef.requests.GroupRequest;
import org.smpng.model.machine.Core;
import org.smpng.model.machine.CpuPackage;
import org.smpng.model.machine.Device;
import org.smpng.model.machine.LogicalCpu;
import org.smpng.ui.diagram.internal.commands.DeleteCpusCommand;
import org.smpng.ui.diagram.internal.commands.DeleteDeviceCommand;

/**
 * Delete on a package, core, hardware thread or device. The commands refuse, with a reason the editor shows in
 * the status line, what cannot go; I/O APICs are the machine's wiring and have no delete command here.
 */
public final class TopologyDeletePolicy extends ComponentEditPolicy {

    @Override
    protected Command createDeleteCommand(GroupRequest request) {
        return switch (getHost().getModel()) {
        case CpuPackage pkg -> new DeleteCpusCommand(pkg);
        case Core core -> new DeleteCpusCommand(core);
        case LogicalCpu cpu -> new DeleteCpusCommand(cpu);
        case Device device -> new DeleteDeviceCommand(device);
        default -> null;
        };
    }
}
