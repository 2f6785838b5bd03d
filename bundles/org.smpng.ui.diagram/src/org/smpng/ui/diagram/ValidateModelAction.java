package org.smpng.ui.diagram;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/** Validates the edited model and brings the Problems view forward. */
final class ValidateModelAction extends Action {

    /** The action's id in the editor's action registry. */
    static final String ID = "org.smpng.ui.diagram.validateModel";

    private final LockOrderEditor editor;

    ValidateModelAction(LockOrderEditor editor) {
        super("&Validate", DiagramIcons.get("validate.png"));
        this.editor = editor;
        setId(ID);
        setToolTipText("Check the model's constraints and list the problems in the Problems view");
    }

    @Override
    public void run() {
        editor.validate();
        try {
            editor.getSite().getPage().showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            // The status line already shows the summary; the Problems view is a convenience.
        }
    }
}
