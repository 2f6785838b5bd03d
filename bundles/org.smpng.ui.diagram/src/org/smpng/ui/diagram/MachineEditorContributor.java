package org.smpng.ui.diagram;

import org.eclipse.gef.ui.actions.ActionBarContributor;
import org.eclipse.gef.ui.actions.DeleteRetargetAction;
import org.eclipse.gef.ui.actions.RedoRetargetAction;
import org.eclipse.gef.ui.actions.UndoRetargetAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.RetargetAction;
import org.smpng.ui.diagram.export.ExportDiagramAction;

/**
 * The toolbar and global actions of the machine editors (topology and interrupt routing): undo, redo and delete
 * (also Edit menu and keys), and Export Diagram, each carried out by the active editor's own action.
 */
public final class MachineEditorContributor extends ActionBarContributor {

    @Override
    protected void buildActions() {
        addRetargetAction(new UndoRetargetAction());
        addRetargetAction(new RedoRetargetAction());
        addRetargetAction(new DeleteRetargetAction());
        RetargetAction export = new RetargetAction(ExportDiagramAction.ID, ExportDiagramAction.TEXT);
        export.setToolTipText(ExportDiagramAction.TOOL_TIP);
        export.setImageDescriptor(DiagramIcons.get("export.png"));
        addRetargetAction(export);
    }

    @Override
    protected void declareGlobalActionKeys() {
        // Undo, redo, delete and export are the editors' only global actions.
    }

    @Override
    public void contributeToToolBar(IToolBarManager toolBar) {
        toolBar.add(getAction(ActionFactory.UNDO.getId()));
        toolBar.add(getAction(ActionFactory.REDO.getId()));
        toolBar.add(getAction(ActionFactory.DELETE.getId()));
        toolBar.add(getAction(ExportDiagramAction.ID));
    }
}
