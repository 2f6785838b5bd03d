package org.smpng.ui.diagram;

import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorMatchingStrategy;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.PartInitException;

/**
 * Reuses an open lock order editor for the same model, however it is opened: from the Lock Graph view (a model
 * spec), from a Problems view marker (a workspace file linked to the model file), or after a restart.
 */
public final class KernelModelEditorMatching implements IEditorMatchingStrategy {

    @Override
    public boolean matches(IEditorReference editor, IEditorInput input) {
        KernelModelEditorInput wanted = KernelModelEditorInput.of(input);
        try {
            return wanted != null && wanted.equals(KernelModelEditorInput.of(editor.getEditorInput()));
        } catch (PartInitException e) {
            return false;
        }
    }
}
