package org.smpng.ui.diagram.internal.commands;

import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockType;

/**
 * Removes the declaration "{@code first} before {@code second}": every chain where the two are consecutive is
 * split between them. Orders that other chains imply through intermediate lock types remain.
 */
public final class DeleteOrderCommand extends ReshapeCommand {

    private final LockType first;
    private final LockType second;

    /** Creates the command; nothing changes until it is executed. */
    public DeleteOrderCommand(KernelModel model, LockType first, LockType second) {
        super("Delete lock order", model);
        this.first = first;
        this.second = second;
    }

    @Override
    public boolean canExecute() {
        return model != null && first != null && second != null;
    }

    @Override
    public void redo() {
        ChainSurgery.cut(model, entry -> false,
                (a, b) -> a.getLockType() == first && b.getLockType() == second);
    }
}
