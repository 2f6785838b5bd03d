package org.smpng.ui.editor;

import java.util.List;

import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Connects the workbench's Undo, Redo, Cut, Copy, Paste and Delete to the active model editor's actions. */
public final class ModelEditorContributor extends EditorActionBarContributor {

    private static final List<ActionFactory> GLOBAL = List.of(ActionFactory.UNDO, ActionFactory.REDO,
            ActionFactory.CUT, ActionFactory.COPY, ActionFactory.PASTE, ActionFactory.DELETE);

    private ModelEditor editor;

    @Override
    public void setActiveEditor(IEditorPart part) {
        editor = part instanceof ModelEditor modelEditor ? modelEditor : null;
        IActionBars bars = getActionBars();
        for (ActionFactory factory : GLOBAL) {
            bars.setGlobalActionHandler(factory.getId(), editor == null ? null : editor.action(factory.getId()));
        }
        bars.updateActionBars();
    }

    @Override
    public void contributeToToolBar(IToolBarManager toolBar) {
        toolBar.add(new org.eclipse.jface.action.Action("Validate") {
            {
                setToolTipText("Check the model's constraints and list the problems in the Problems view");
                setImageDescriptor(org.eclipse.jface.resource.ResourceLocator
                        .imageDescriptorFromBundle("org.smpng.ui", "icons/validate.png").orElse(null));
            }

            @Override
            public void run() {
                if (editor != null) {
                    editor.validate();
                }
            }
        });
    }
}
