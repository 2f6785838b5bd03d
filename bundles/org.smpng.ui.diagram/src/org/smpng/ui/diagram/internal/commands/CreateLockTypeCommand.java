package org.smpng.ui.diagram.internal.commands;

import org.eclipse.gef.commands.Command;
import org.smpng.model.kernel.KernelFactory;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockClass;
import org.smpng.model.kernel.LockType;

/** Adds a lock type of a given class, named "new &lt;class&gt; N" so it is unique until the user renames it. */
public final class CreateLockTypeCommand extends Command {

    private final KernelModel model;
    private final LockClass lockClass;
    private LockType created;

    /** Creates the command; nothing changes until it is executed. */
    public CreateLockTypeCommand(KernelModel model, LockClass lockClass) {
        super("Create " + (lockClass == null ? "lock type" : lockClass.getName()));
        this.model = model;
        this.lockClass = lockClass;
    }

    @Override
    public boolean canExecute() {
        return model != null && lockClass != null && model.getLockClasses().contains(lockClass);
    }

    @Override
    public void execute() {
        created = KernelFactory.eINSTANCE.createLockType();
        created.setName(uniqueName("new " + lockClass.getName()));
        created.setLockClass(lockClass);
        redo();
    }

    @Override
    public void redo() {
        model.getLockTypes().add(created);
    }

    @Override
    public void undo() {
        model.getLockTypes().remove(created);
    }

    /** Returns the lock type this command created, once executed. */
    public LockType created() {
        return created;
    }

    private String uniqueName(String base) {
        for (int n = 1;; n++) {
            String name = base + " " + n;
            if (model.getLockTypes().stream().noneMatch(type -> name.equals(type.getName()))) {
                return name;
            }
        }
    }
}
