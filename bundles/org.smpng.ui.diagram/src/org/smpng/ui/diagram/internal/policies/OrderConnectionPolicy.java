package org.smpng.ui.diagram.internal.policies;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.GraphicalNodeEditPolicy;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.ReconnectRequest;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockType;
import org.smpng.ui.diagram.internal.commands.CreateOrderCommand;

/**
 * Draws a new "acquired before" order from one lock type to another. Reconnecting an existing edge is not offered:
 * delete it and draw the new one, which keeps every change a clear single step in the undo history.
 */
public final class OrderConnectionPolicy extends GraphicalNodeEditPolicy {

    @Override
    protected Command getConnectionCreateCommand(CreateConnectionRequest request) {
        LockType first = (LockType) getHost().getModel();
        CreateOrderCommand command = new CreateOrderCommand((KernelModel) first.eContainer(), first);
        request.setStartCommand(command);
        return command;
    }

    @Override
    protected Command getConnectionCompleteCommand(CreateConnectionRequest request) {
        if (request.getStartCommand() instanceof CreateOrderCommand command) {
            command.setSecond((LockType) getHost().getModel());
            return command;
        }
        return null;
    }

    @Override
    protected Command getReconnectSourceCommand(ReconnectRequest request) {
        return null;
    }

    @Override
    protected Command getReconnectTargetCommand(ReconnectRequest request) {
        return null;
    }
}
