package org.smpng.ui.diagram;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IURIEditorInput;
import org.smpng.model.builtin.BuiltinModels;

/**
 * A kernel model to edit, named by its spec: {@code builtin:<id>} (read-only; saving asks for a file) or the
 * absolute path of a model file. Persistable, so open editors come back when the workbench restarts.
 */
public final class KernelModelEditorInput implements IEditorInput, IPersistableElement {

    static final String MEMENTO_SPEC = "spec";

    private final String spec;

    /** Creates an input for a spec; a relative path is made absolute. */
    public KernelModelEditorInput(String spec) {
        Objects.requireNonNull(spec, "spec");
        this.spec = spec.startsWith(BuiltinModels.SCHEME) ? spec : Path.of(spec).toAbsolutePath().toString();
    }

    /**
     * Returns the kernel model input for any editor input that names a model: itself, or a file (also a workspace
     * file linked to a model file, as the Problems view opens them); null for anything else.
     */
    public static KernelModelEditorInput of(IEditorInput input) {
        if (input instanceof KernelModelEditorInput kernel) {
            return kernel;
        }
        if (input instanceof IPathEditorInput pathInput && pathInput.getPath() != null) {
            return new KernelModelEditorInput(pathInput.getPath().toOSString());
        }
        if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
            return new KernelModelEditorInput(Path.of(uriInput.getURI()).toString());
        }
        return null;
    }

    /** Returns the spec. */
    public String spec() {
        return spec;
    }

    /** Returns whether this is a built-in model, which cannot be saved in place. */
    public boolean isBuiltin() {
        return spec.startsWith(BuiltinModels.SCHEME);
    }

    /** Returns the file of a model file input; null for a built-in model. */
    public Path file() {
        return isBuiltin() ? null : Path.of(spec);
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return DiagramIcons.get("model.png");
    }

    @Override
    public String getName() {
        return isBuiltin() ? spec : file().getFileName().toString();
    }

    @Override
    public IPersistableElement getPersistable() {
        return this;
    }

    @Override
    public String getToolTipText() {
        return isBuiltin() ? spec + " (built-in, read-only: Save As to keep changes)" : spec;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public String getFactoryId() {
        return KernelModelEditorInputFactory.ID;
    }

    @Override
    public void saveState(IMemento memento) {
        memento.putString(MEMENTO_SPEC, spec);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KernelModelEditorInput input && input.spec.equals(spec);
    }

    @Override
    public int hashCode() {
        return spec.hashCode();
    }
}
