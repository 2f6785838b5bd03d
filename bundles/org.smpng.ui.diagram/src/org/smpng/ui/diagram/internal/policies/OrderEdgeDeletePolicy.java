package org.smpng.ui.diagram.internal.policies;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ConnectionEditPolicy;
import org.eclipse.gef.requests.GroupRequest;
import org.smpng.model.kernel.KernelModel;
import org.smpng.ui.diagram.internal.parts.OrderEdge;
import org.smpng.ui.diagram.internal.commands.DeleteOrderCommand;

/** Deletes an "acquired before" declaration. */
public final class OrderEdgeDeletePolicy extends ConnectionEditPolicy {

    @Override
    protected Command getDeleteCommand(GroupRequest request) {
        OrderEdge edge = (OrderEdge) getHost().getModel();
        return new DeleteOrderCommand((KernelModel) edge.first().eContainer(), edge.first(), edge.second());
    }
}
