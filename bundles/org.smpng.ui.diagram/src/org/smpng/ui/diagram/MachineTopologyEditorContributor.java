package org.smpng.ui.diagram;

import org.eclipse.gef.ui.actions.ActionBarContributor;
import org.eclipse.gef.ui.actions.DeleteRetargetAction;
import org.eclipse.gef.ui.actions.RedoRetargetAction;
import org.eclipse.gef.ui.actions.UndoRetargetAction;
import org.eclipse.jface.action.IToolBarManager;

/** The machine topology editor's toolbar and global actions: undo, redo and delete (also Edit menu and keys). */
public final class MachineTopologyEditorContributor extends ActionBarContributor {

    @Override
    protected void buildActions() {
        addRetargetAction(new UndoRetargetAction());
        addRetargetAction(new RedoRetargetAction());
        addRetargetAction(new DeleteRetargetAction());
    }

    @Override
    protected void declareGlobalActionKeys() {
        // Undo, redo and delete are the editor's only global actions.
    }

    @Override
    public void contributeToToolBar(IToolBarManager toolBar) {
        toolBar.add(getAction(org.eclipse.ui.actions.ActionFactory.UNDO.getId()));
        toolBar.add(getAction(org.eclipse.ui.actions.ActionFactory.REDO.getId()));
        toolBar.add(getAction(org.eclipse.ui.actions.ActionFactory.DELETE.getId()));
    }
}
