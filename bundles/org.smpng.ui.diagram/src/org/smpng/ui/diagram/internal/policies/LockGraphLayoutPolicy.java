package org.smpng.ui.diagram.internal.policies;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.Request;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.LayoutEditPolicy;
import org.eclipse.gef.requests.CreateRequest;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockClass;
import org.smpng.ui.diagram.internal.commands.CreateLockTypeCommand;

/**
 * Creates lock types dropped from the palette. The diagram is laid out automatically, so where the user clicks
 * does not matter and children cannot be moved.
 */
public final class LockGraphLayoutPolicy extends LayoutEditPolicy {

    @Override
    protected EditPolicy createChildEditPolicy(EditPart child) {
        return null;
    }

    @Override
    protected Command getCreateCommand(CreateRequest request) {
        Object type = request.getNewObjectType();
        if (type instanceof LockClass lockClass && getHost().getModel() instanceof KernelModel model) {
            return new CreateLockTypeCommand(model, lockClass);
        }
        return null;
    }

    @Override
    protected Command getMoveChildrenCommand(Request request) {
        return null;
    }
}
