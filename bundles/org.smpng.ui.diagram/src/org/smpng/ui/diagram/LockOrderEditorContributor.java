package org.smpng.ui.diagram;

import org.eclipse.gef.ui.actions.ActionBarContributor;
import org.eclipse.gef.ui.actions.DeleteRetargetAction;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.gef.ui.actions.RedoRetargetAction;
import org.eclipse.gef.ui.actions.UndoRetargetAction;
import org.eclipse.gef.ui.actions.ZoomComboContributionItem;
import org.eclipse.gef.ui.actions.ZoomInRetargetAction;
import org.eclipse.gef.ui.actions.ZoomOutRetargetAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.RetargetAction;

/**
 * The lock order editor's toolbar and global actions: undo, redo, delete, rename, zoom out/in, the zoom combo and
 * validate.
 */
public final class LockOrderEditorContributor extends ActionBarContributor {

    @Override
    protected void buildActions() {
        addRetargetAction(new UndoRetargetAction());
        addRetargetAction(new RedoRetargetAction());
        addRetargetAction(new DeleteRetargetAction());
        addRetargetAction(new ZoomInRetargetAction());
        addRetargetAction(new ZoomOutRetargetAction());
        RetargetAction validate = new RetargetAction(ValidateModelAction.ID, "&Validate");
        validate.setImageDescriptor(DiagramIcons.get("validate.png"));
        validate.setToolTipText("Check the model's constraints and list the problems in the Problems view");
        addRetargetAction(validate);
    }

    @Override
    protected void declareGlobalActionKeys() {
        addGlobalActionKey(ActionFactory.SELECT_ALL.getId());
        addGlobalActionKey(RenameLockTypeAction.ID);
    }

    @Override
    public void contributeToToolBar(IToolBarManager toolBar) {
        toolBar.add(getAction(ActionFactory.UNDO.getId()));
        toolBar.add(getAction(ActionFactory.REDO.getId()));
        toolBar.add(getAction(ActionFactory.DELETE.getId()));
        toolBar.add(new Separator());
        toolBar.add(getAction(GEFActionConstants.ZOOM_OUT));
        toolBar.add(getAction(GEFActionConstants.ZOOM_IN));
        toolBar.add(new ZoomComboContributionItem(getPage()));
        toolBar.add(new Separator());
        toolBar.add(getAction(ValidateModelAction.ID));
    }
}
