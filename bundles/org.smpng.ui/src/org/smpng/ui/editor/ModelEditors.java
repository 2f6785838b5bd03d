package org.smpng.ui.editor;

import java.nio.file.Path;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorPart;
import org.smpng.model.builtin.KernelModels;
import org.smpng.ui.validation.ModelProblems;

/** What the SMPng editors share: validating into the Problems view and asking where to save. UI thread only. */
public final class ModelEditors {

    private ModelEditors() {
    }

    /**
     * Validates the model roots of {@code editor} into the Problems view (on the linked model file, or on the
     * models project for a built-in model), shows a summary in its status line and returns the combined result.
     * Opening one of the problems later opens the editor {@code editorId}.
     */
    public static Diagnostic validate(IEditorPart editor, String editorId, Iterable<? extends EObject> roots) {
        KernelModelEditorInput input = (KernelModelEditorInput) editor.getEditorInput();
        try {
            IResource target = input.isBuiltin() ? ModelProblems.project() : ModelProblems.fileFor(input.file());
            BasicDiagnostic combined = new BasicDiagnostic();
            for (EObject root : roots) {
                combined.addAll(ModelProblems.validate(root, target, input.spec(), editorId));
            }
            editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(input.getName() + ": "
                    + ModelProblems.summary(combined));
            return combined;
        } catch (CoreException e) {
            MessageDialog.openError(editor.getSite().getShell(), "Validate", "Could not record the problems of "
                    + input.getName() + ":\n" + e.getMessage());
            return Diagnostic.CANCEL_INSTANCE;
        }
    }

    /** Asks where to save a model, suggesting {@code name}.xmi; returns null if the user cancels. */
    public static Path askSaveLocation(IEditorPart editor, String title, String name) {
        FileDialog dialog = new FileDialog(editor.getSite().getShell(), SWT.SAVE);
        dialog.setText(title);
        dialog.setFilterExtensions(new String[] {"*." + KernelModels.FILE_EXTENSION, "*.*"});
        dialog.setFilterNames(new String[] {"SMPng models (*.xmi)", "All files"});
        if (name != null && !name.isBlank()) {
            dialog.setFileName(name + "." + KernelModels.FILE_EXTENSION);
        }
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        return chosen == null ? null : Path.of(chosen);
    }
}
