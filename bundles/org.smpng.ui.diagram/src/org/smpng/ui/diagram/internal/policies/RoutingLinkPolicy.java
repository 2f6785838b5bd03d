package org.smpng.ui.diagram.internal.policies;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ConnectionEditPolicy;
import org.eclipse.gef.requests.GroupRequest;
import org.smpng.model.machine.LogicalCpu;
import org.smpng.ui.diagram.internal.commands.UnrouteIrqCommand;
import org.smpng.ui.diagram.internal.parts.RoutingLink;

/** Delete on a delivery link stops delivering the IRQ to that CPU; the hardware wiring cannot be deleted here. */
public final class RoutingLinkPolicy extends ConnectionEditPolicy {

    @Override
    protected Command getDeleteCommand(GroupRequest request) {
        RoutingLink link = (RoutingLink) getHost().getModel();
        if (link.kind() != RoutingLink.Kind.DELIVERED) {
            return null;
        }
        return new UnrouteIrqCommand(link.line(), (LogicalCpu) link.target());
    }
}
