package org.smpng.ui.editor;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/** Recreates a {@link KernelModelEditorInput} from the workbench's saved state. */
public final class KernelModelEditorInputFactory implements IElementFactory {

    /** The factory's id, as declared in plugin.xml. */
    public static final String ID = "org.smpng.ui.modelInputFactory";

    @Override
    public IAdaptable createElement(IMemento memento) {
        String spec = memento.getString(KernelModelEditorInput.MEMENTO_SPEC);
        return spec == null ? null : new KernelModelEditorInput(spec);
    }
}
