package org.smpng.ui.diagram.internal.commands;

import org.eclipse.gef.commands.Command;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockType;

/** Renames a lock type; refused for an empty name or one another lock type of the model already has. */
public final class RenameLockTypeCommand extends Command {

    private final LockType lockType;
    private final String newName;
    private String oldName;

    /** Creates the command; nothing changes until it is executed. */
    public RenameLockTypeCommand(LockType lockType, String newName) {
        super("Rename lock type");
        this.lockType = lockType;
        this.newName = newName == null ? "" : newName.strip();
    }

    /** Returns why the new name cannot be used, or null if it can. */
    public static String problemWith(LockType lockType, String name) {
        String candidate = name == null ? "" : name.strip();
        if (candidate.isEmpty()) {
            return "A lock type needs a name.";
        }
        if (lockType.eContainer() instanceof KernelModel model) {
            for (LockType other : model.getLockTypes()) {
                if (other != lockType && candidate.equals(other.getName())) {
                    return "There is already a lock type named '" + candidate + "'; WITNESS would merge the two.";
                }
            }
        }
        return null;
    }

    @Override
    public boolean canExecute() {
        return lockType != null && problemWith(lockType, newName) == null && !newName.equals(lockType.getName());
    }

    @Override
    public void execute() {
        oldName = lockType.getName();
        redo();
    }

    @Override
    public void redo() {
        lockType.setName(newName);
    }

    @Override
    public void undo() {
        lockType.setName(oldName);
    }
}
