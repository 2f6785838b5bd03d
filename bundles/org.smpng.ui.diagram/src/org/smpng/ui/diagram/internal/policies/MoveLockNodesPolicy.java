package org.smpng.ui.diagram.internal.policies;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.NonResizableEditPolicy;
import org.eclipse.gef.editpolicies.XYLayoutEditPolicy;
import org.eclipse.gef.requests.CreateRequest;
import org.smpng.ui.diagram.internal.commands.ManualPositions;
import org.smpng.ui.diagram.internal.commands.MoveLockNodeCommand;

/**
 * Lets the user drag lock type boxes in the lock graph view: a drop becomes a {@link MoveLockNodeCommand} on the
 * view's {@link ManualPositions}. Boxes keep their size (the label decides it), so they move but do not resize; a
 * drop left of or above the diagram's origin is refused, as a box there could not be scrolled to.
 */
public final class MoveLockNodesPolicy extends XYLayoutEditPolicy {

    private final ManualPositions positions;
    private final java.util.function.Function<Object, String> nameOf;

    /** Creates the policy for a diagram whose children's models are named by {@code nameOf}. */
    public MoveLockNodesPolicy(ManualPositions positions, java.util.function.Function<Object, String> nameOf) {
        this.positions = positions;
        this.nameOf = nameOf;
    }

    @Override
    protected EditPolicy createChildEditPolicy(EditPart child) {
        NonResizableEditPolicy policy = new NonResizableEditPolicy();
        // The figure's own focus outline shows selection; handles would only hide the label.
        policy.setDragAllowed(true);
        return policy;
    }

    @Override
    protected Command createChangeConstraintCommand(EditPart child, Object constraint) {
        return constraint instanceof Rectangle box ? new MoveLockNodeCommand(positions, nameOf.apply(child.getModel()),
                box.getTopLeft()) : null;
    }

    @Override
    protected Command getCreateCommand(CreateRequest request) {
        return null;
    }
}
