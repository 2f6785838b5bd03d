package org.smpng.ui.diagram.internal.policies;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ComponentEditPolicy;
import org.eclipse.gef.requests.GroupRequest;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockType;
import org.smpng.ui.diagram.internal.commands.DeleteLockTypeCommand;

/** Deletes a lock type together with the order declarations that name it. */
public final class LockTypeComponentPolicy extends ComponentEditPolicy {

    @Override
    protected Command createDeleteCommand(GroupRequest request) {
        LockType lockType = (LockType) getHost().getModel();
        return new DeleteLockTypeCommand((KernelModel) lockType.eContainer(), lockType);
    }
}
