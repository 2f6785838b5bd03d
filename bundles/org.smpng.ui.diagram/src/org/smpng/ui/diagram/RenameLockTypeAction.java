package org.smpng.ui.diagram;

import java.util.List;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchPart;
import org.smpng.model.kernel.LockType;
import org.smpng.ui.diagram.internal.commands.RenameLockTypeCommand;

/** Renames the selected lock type through a dialog that explains why a name cannot be used. */
final class RenameLockTypeAction extends SelectionAction {

    /** The action's id in the editor's action registry. */
    static final String ID = "org.smpng.ui.diagram.renameLockType";

    RenameLockTypeAction(IWorkbenchPart part) {
        super(part);
        setId(ID);
        setText("&Rename...");
        setToolTipText("Rename the selected lock type");
        setActionDefinitionId("org.eclipse.ui.edit.rename");
    }

    private LockType selectedLockType() {
        List<?> selection = getSelectedObjects();
        if (selection.size() == 1 && selection.get(0) instanceof EditPart part
                && part.getModel() instanceof LockType lockType) {
            return lockType;
        }
        return null;
    }

    @Override
    protected boolean calculateEnabled() {
        return selectedLockType() != null;
    }

    @Override
    public void run() {
        LockType lockType = selectedLockType();
        if (lockType == null) {
            return;
        }
        InputDialog dialog = new InputDialog(getWorkbenchPart().getSite().getShell(), "Rename Lock Type",
                "New name for lock type '" + lockType.getName() + "':", lockType.getName(),
                text -> RenameLockTypeCommand.problemWith(lockType, text));
        if (dialog.open() == Window.OK) {
            execute(new RenameLockTypeCommand(lockType, dialog.getValue()));
        }
    }
}
