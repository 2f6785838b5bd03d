package org.smpng.ui.diagram;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.draw2d.PositionConstants;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.palette.ConnectionCreationToolEntry;
import org.eclipse.gef.palette.MarqueeToolEntry;
import org.eclipse.gef.palette.PaletteGroup;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.palette.PaletteSeparator;
import org.eclipse.gef.palette.SelectionToolEntry;
import org.eclipse.gef.palette.ToolEntry;
import org.eclipse.gef.requests.GroupRequest;
import org.eclipse.gef.ui.palette.FlyoutPaletteComposite;
import org.eclipse.gef.ui.palette.FlyoutPaletteComposite.FlyoutPreferences;
import org.eclipse.gef.ui.parts.GraphicalEditorWithFlyoutPalette;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.smpng.graph.LockGraphStyle;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.builtin.ModelLoadException;
import org.smpng.model.machine.Machine;
import org.smpng.ui.diagram.internal.commands.UnrouteIrqCommand;
import org.smpng.ui.diagram.internal.figures.DiagramResources;
import org.smpng.ui.diagram.internal.parts.RoutingEditPartFactory;
import org.smpng.ui.diagram.internal.parts.RoutingLinkPart;
import org.smpng.ui.editor.KernelModelEditorInput;
import org.smpng.ui.editor.ModelEditors;

/**
 * The interrupt routing editor: a machine's devices (with their handlers: ithread, fast or filter; MPSAFE or under
 * Giant), IRQ lines, I/O APIC pins and CPUs, and how each interrupt travels from device to CPU. Re-routing an IRQ
 * is a drag of a delivery link's CPU end onto another CPU; the palette's "Deliver to CPU" tool adds a CPU to a
 * line; Delete on a delivery link removes one. Every change is an undoable command on the machine model, picked
 * up by the next simulation run of a scenario that uses the saved machine. A built-in machine opens read-only in
 * place: Save asks for a file. UI thread only.
 */
public final class InterruptRoutingEditor extends GraphicalEditorWithFlyoutPalette {

    /** The editor's id, as declared in plugin.xml. */
    public static final String ID = "org.smpng.ui.diagram.interruptRoutingEditor";

    private Machine machine;
    private PaletteRoot palette;
    private final FlyoutPreferences palettePreferences = new OpenPalette();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        KernelModelEditorInput modelInput = KernelModelEditorInput.of(input);
        if (modelInput == null) {
            throw new PartInitException("The interrupt routing editor opens machine model files, not "
                    + input.getName());
        }
        try {
            machine = KernelModels.load(modelInput.spec(), Machine.class);
        } catch (ModelLoadException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        setEditDomain(new DefaultEditDomain(this));
        super.init(site, modelInput);
        setPartName(modelInput.getName() + " (interrupt routing)");
        setTitleToolTip(modelInput.getToolTipText());
    }

    /** {@return the machine being edited} */
    public Machine machine() {
        return machine;
    }

    /** {@return the GEF viewer, for tests} */
    public GraphicalViewer viewer() {
        return getGraphicalViewer();
    }

    @Override
    protected void configureGraphicalViewer() {
        super.configureGraphicalViewer();
        GraphicalViewer viewer = getGraphicalViewer();
        viewer.setRootEditPart(new ScalableFreeformRootEditPart());
        DiagramResources resources = new DiagramResources(viewer.getControl().getDisplay(),
                LockGraphStyle.standard());
        viewer.getControl().addDisposeListener(event -> resources.dispose());
        viewer.getControl().setBackground(resources.background());
        viewer.setEditPartFactory(new RoutingEditPartFactory(resources));
        // Says why Delete does nothing on a link that cannot go: GEF only disables the action.
        viewer.addSelectionChangedListener(event -> showWhyNot(event.getSelection()));
    }

    private void showWhyNot(org.eclipse.jface.viewers.ISelection selection) {
        String message = null;
        if (selection instanceof IStructuredSelection s && s.size() == 1
                && s.getFirstElement() instanceof RoutingLinkPart link) {
            Command delete = link.getCommand(new GroupRequest(org.eclipse.gef.RequestConstants.REQ_DELETE));
            if (delete instanceof UnrouteIrqCommand unroute && unroute.problem() != null) {
                message = "Cannot delete: " + unroute.problem();
            } else if (delete == null) {
                message = "This link is the machine's wiring; only deliveries to CPUs can be changed here.";
            }
        }
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
    protected PaletteRoot getPaletteRoot() {
        if (palette == null) {
            palette = new PaletteRoot();
            PaletteGroup tools = new PaletteGroup("Tools");
            ToolEntry selection = new SelectionToolEntry();
            tools.add(selection);
            tools.add(new MarqueeToolEntry());
            palette.add(tools);
            palette.setDefaultEntry(selection);
            palette.add(new PaletteSeparator());
            PaletteGroup routing = new PaletteGroup("Routing");
            routing.add(new ConnectionCreationToolEntry("Deliver to CPU",
                    "Click an IRQ line (or its I/O APIC pin), then a CPU it should also be delivered to", null,
                    DiagramIcons.get("order.png"), DiagramIcons.get("order.png")));
            palette.add(routing);
        }
        return palette;
    }

    /** The part showing a model object (device, line, pin, CPU), or null; for tests. */
    public EditPart partFor(Object model) {
        return (EditPart) getGraphicalViewer().getEditPartRegistry().get(model);
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
            setPartName(input.getName() + " (interrupt routing)");
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
        ModelEditors.validate(this, ID, List.of(machine));
        return true;
    }

    /** The palette sits open on the right, so a new user sees the routing tool. */
    private static final class OpenPalette implements FlyoutPreferences {
        private int dock = PositionConstants.EAST;
        private int state = FlyoutPaletteComposite.STATE_PINNED_OPEN;
        private int width = 150;

        @Override
        public int getDockLocation() {
            return dock;
        }

        @Override
        public int getPaletteState() {
            return state;
        }

        @Override
        public int getPaletteWidth() {
            return width;
        }

        @Override
        public void setDockLocation(int location) {
            dock = location;
        }

        @Override
        public void setPaletteState(int newState) {
            state = newState;
        }

        @Override
        public void setPaletteWidth(int newWidth) {
            width = newWidth;
        }
    }
}
