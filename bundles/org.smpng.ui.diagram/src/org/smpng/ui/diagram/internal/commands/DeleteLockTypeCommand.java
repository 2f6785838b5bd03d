package org.smpng.ui.diagram.internal.commands;

import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockType;

/**
 * Removes a lock type with every order entry and blessed pair that names it. Chains through it are split, so the
 * lock types before and after it do not become ordered against each other.
 */
public final class DeleteLockTypeCommand extends ReshapeCommand {

    private final LockType lockType;

    /** Creates the command; nothing changes until it is executed. */
    public DeleteLockTypeCommand(KernelModel model, LockType lockType) {
        super("Delete " + (lockType == null ? "lock type" : lockType.getName()), model);
        this.lockType = lockType;
    }

    @Override
    public boolean canExecute() {
        return model != null && lockType != null && model.getLockTypes().contains(lockType);
    }

    @Override
    public void redo() {
        ChainSurgery.cut(model, entry -> entry.getLockType() == lockType, (a, b) -> false);
        model.getBlessedPairs().removeIf(pair -> pair.getFirst() == lockType || pair.getSecond() == lockType);
        if (model.getGiant() == lockType) {
            model.setGiant(null);
        }
        model.getLockTypes().remove(lockType);
    }
}
