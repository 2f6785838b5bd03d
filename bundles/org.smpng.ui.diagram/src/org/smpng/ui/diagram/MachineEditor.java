package org.smpng.ui.diagram;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.draw2d.IFigure;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.ui.palette.FlyoutPaletteComposite.FlyoutPreferences;
import org.eclipse.gef.ui.parts.GraphicalEditorWithFlyoutPalette;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.builtin.ModelLoadException;
import org.smpng.model.machine.Machine;
import org.smpng.ui.diagram.export.DiagramSource;
import org.smpng.ui.diagram.export.ExportDiagramAction;
import org.smpng.ui.diagram.live.LiveSession;
import org.smpng.ui.editor.KernelModelEditorInput;
import org.smpng.ui.editor.ModelEditors;

/**
 * What the GEF editors of a machine model share: loading the machine from a {@link KernelModelEditorInput}, the
 * viewer with its resources, the pinned palette, the dirty state of the command stack, and saving (a built-in
 * machine is read-only in place: Save asks for a file; a failed save leaves the editor dirty, so nothing is lost).
 * The diagram exports as shown (toolbar and File &gt; Export &gt; SMPng &gt; Diagram). While open, the editor's
 * machine is the one the live session's next loads use for a scenario on a machine of the same name
 * ({@link LiveSession#addEditedMachine}), so an edit is picked up by the next Reset without saving. Subclasses give
 * the diagram and the palette. UI thread only.
 */
abstract class MachineEditor extends GraphicalEditorWithFlyoutPalette implements DiagramSource {

    private final String editorName;
    private final String titleSuffix;
    private final FlyoutPreferences palettePreferences;
    private Machine machine;

    /**
     * @param editorName   the editor's name in messages ("interrupt routing editor")
     * @param titleSuffix  what the tab says after the machine's name ("interrupt routing")
     * @param paletteWidth the palette's first width in pixels
     */
    MachineEditor(String editorName, String titleSuffix, int paletteWidth) {
        this.editorName = editorName;
        this.titleSuffix = titleSuffix;
        this.palettePreferences = new PinnedPalette(paletteWidth);
    }

    /** {@return the editor's id, as declared in plugin.xml} */
    abstract String editorId();

    /** {@return the diagram the editor draws} */
    abstract MachineDiagram diagram();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        KernelModelEditorInput modelInput = KernelModelEditorInput.of(input);
        if (modelInput == null) {
            throw new PartInitException("The " + editorName + " opens machine model files, not " + input.getName());
        }
        try {
            machine = KernelModels.load(modelInput.spec(), Machine.class);
        } catch (ModelLoadException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        setEditDomain(new DefaultEditDomain(this));
        super.init(site, modelInput);
        LiveSession.get().addEditedMachine(this, () -> machine);
        updateTitle(modelInput);
    }

    @Override
    public void dispose() {
        LiveSession.get().removeEditedMachine(this);
        super.dispose();
    }

    private void updateTitle(KernelModelEditorInput input) {
        setPartName(input.getName() + " (" + titleSuffix + ")");
        setTitleToolTip(input.getToolTipText());
    }

    /** {@return the machine being edited} */
    public Machine machine() {
        return machine;
    }

    /** {@return the GEF viewer, for tests} */
    public GraphicalViewer viewer() {
        return getGraphicalViewer();
    }

    /** The part showing a model object, or null; for tests. */
    public EditPart partFor(Object model) {
        return (EditPart) getGraphicalViewer().getEditPartRegistry().get(model);
    }

    @Override
    protected void configureGraphicalViewer() {
        super.configureGraphicalViewer();
        diagram().configure(getGraphicalViewer());
    }

    @Override
    protected void createActions() {
        super.createActions();
        // Found by the contributor's retarget action through this editor's action registry.
        getActionRegistry().registerAction(new ExportDiagramAction(this, () -> getSite().getShell()));
    }

    @Override
    public String diagramName() {
        return getPartName();
    }

    @Override
    public IFigure diagramFigure() {
        return DiagramSource.printableLayers(getGraphicalViewer());
    }

    /** Shows {@code message} (null: nothing) in the status line, e.g. why Delete does nothing. */
    void showStatus(String message) {
        getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
    }

    @Override
    protected void initializeGraphicalViewer() {
        super.initializeGraphicalViewer();
        getGraphicalViewer().setContents(machine);
    }

    @Override
    protected FlyoutPreferences getPalettePreferences() {
        return palettePreferences;
    }

    @Override
    public void commandStackChanged(java.util.EventObject event) {
        firePropertyChange(PROP_DIRTY);
        super.commandStackChanged(event);
    }

    @Override
    public boolean isDirty() {
        return getCommandStack().isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        KernelModelEditorInput input = (KernelModelEditorInput) getEditorInput();
        if (input.isBuiltin()) {
            doSaveAs();
            return;
        }
        saveTo(input.file());
    }

    @Override
    public void doSaveAs() {
        Path chosen = ModelEditors.askSaveLocation(this, "Save Machine Model As", machine.getName());
        if (chosen != null && saveTo(chosen)) {
            KernelModelEditorInput input = new KernelModelEditorInput(chosen.toString());
            setInputWithNotify(input);
            updateTitle(input);
        }
    }

    /**
     * Saves the machine to {@code file}. On failure the user is told why and the editor stays dirty, so nothing is
     * lost.
     *
     * @return whether the machine was saved
     */
    public boolean saveTo(Path file) {
        try {
            KernelModels.save(machine, file);
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), "Save Machine Model", "Could not save " + file + ":\n"
                    + e.getMessage());
            return false;
        }
        getCommandStack().markSaveLocation();
        firePropertyChange(PROP_DIRTY);
        ModelEditors.validate(this, editorId(), List.of(machine));
        return true;
    }
}
