package org.smpng.ui.diagram;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.draw2d.PositionConstants;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.palette.CombinedTemplateCreationEntry;
import org.eclipse.gef.palette.MarqueeToolEntry;
import org.eclipse.gef.palette.PaletteDrawer;
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
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.smpng.graph.LockGraphStyle;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.builtin.ModelLoadException;
import org.smpng.model.machine.DeviceKind;
import org.smpng.model.machine.IoApic;
import org.smpng.model.machine.Machine;
import org.smpng.ui.diagram.internal.commands.AddDeviceCommand;
import org.smpng.ui.diagram.internal.commands.DeleteCpusCommand;
import org.smpng.ui.diagram.internal.figures.DiagramResources;
import org.smpng.ui.diagram.internal.parts.TopologyEditPartFactory;
import org.smpng.ui.diagram.internal.policies.NewTopologyElement;
import org.smpng.ui.editor.KernelModelEditorInput;
import org.smpng.ui.editor.ModelEditors;

/**
 * The machine topology editor: a machine's packages holding cores holding hardware threads (logical CPUs with their
 * cpu id and local APIC id), its I/O APICs and its devices, under a header with the cache-line costs. The palette
 * adds a package (dropped on the machine), a core (dropped into a package), a hardware thread (dropped into a core)
 * or a device of a chosen kind; Delete removes the selected box. CPU ids stay dense: a new CPU gets the next id, a
 * deleted one's gap is closed by renumbering the later CPUs; a CPU (or a core or package holding one) that an IRQ
 * line is still delivered to cannot be deleted, and the status line says which IRQs to re-route first. Every change
 * is an undoable command on the machine model. A built-in machine opens read-only in place: Save asks for a file.
 * UI thread only.
 */
public final class MachineTopologyEditor extends GraphicalEditorWithFlyoutPalette {

    /** The editor's id, as declared in plugin.xml. */
    public static final String ID = "org.smpng.ui.diagram.machineTopologyEditor";

    private Machine machine;
    private PaletteRoot palette;
    private final FlyoutPreferences palettePreferences = new OpenPalette();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        KernelModelEditorInput modelInput = KernelModelEditorInput.of(input);
        if (modelInput == null) {
            throw new PartInitException("The machine topology editor opens machine model files, not "
                    + input.getName());
        }
        try {
            machine = KernelModels.load(modelInput.spec(), Machine.class);
        } catch (ModelLoadException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        setEditDomain(new DefaultEditDomain(this));
        super.init(site, modelInput);
        setPartName(modelInput.getName() + " (topology)");
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
        viewer.setEditPartFactory(new TopologyEditPartFactory(resources));
        // Says why Delete does nothing on a box that cannot go: GEF only disables the action.
        viewer.addSelectionChangedListener(event -> getEditorSite().getActionBars().getStatusLineManager()
                .setMessage(whyNotDeletable(event.getSelection())));
    }

    /** {@return why Delete cannot remove the single selected box, or null when it can or nothing is selected} */
    public String whyNotDeletable(ISelection selection) {
        if (!(selection instanceof IStructuredSelection s) || s.size() != 1
                || !(s.getFirstElement() instanceof EditPart part) || part.getModel() instanceof Machine) {
            return null;
        }
        Command delete = part.getCommand(new GroupRequest(RequestConstants.REQ_DELETE));
        if (delete instanceof DeleteCpusCommand cpus && cpus.problem() != null) {
            return "Cannot delete: " + cpus.problem();
        }
        if (delete == null && part.getModel() instanceof IoApic) {
            return "I/O APICs are the machine's wiring; their pins are edited in the model editor.";
        }
        return null;
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
            PaletteDrawer cpus = new PaletteDrawer("CPUs");
            cpus.add(entry("Package", "Drop on the machine: a new socket with one core and one hardware thread",
                    NewTopologyElement.cpuPackage()));
            cpus.add(entry("Core", "Drop into a package: a new core with one hardware thread",
                    NewTopologyElement.core()));
            cpus.add(entry("Hardware thread", "Drop into a core: a new logical CPU with the next free cpu id",
                    NewTopologyElement.cpu()));
            palette.add(cpus);
            PaletteDrawer devices = new PaletteDrawer("Devices");
            for (DeviceKind kind : DeviceKind.VALUES) {
                String name = kind.getLiteral().toLowerCase(Locale.ROOT);
                // CAM, TTY and USB are acronyms; the other kinds are words.
                String label = name.length() == 3 ? name.toUpperCase(Locale.ROOT)
                        : Character.toUpperCase(name.charAt(0)) + name.substring(1);
                devices.add(entry(label + " ("
                        + AddDeviceCommand.driver(kind) + "N)", "Drop on the machine: a new " + name
                        + " device with an IRQ line of its own, delivered to cpu0", NewTopologyElement.device(kind)));
            }
            palette.add(devices);
        }
        return palette;
    }

    private static CombinedTemplateCreationEntry entry(String label, String description, NewTopologyElement what) {
        return new CombinedTemplateCreationEntry(label, description, what, what, DiagramIcons.get("model.png"),
                DiagramIcons.get("model.png"));
    }

    /** The part showing a model object (package, core, CPU, I/O APIC, device), or null; for tests. */
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
            setPartName(input.getName() + " (topology)");
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

    /** The palette sits open on the right, so a new user sees what can be added. */
    private static final class OpenPalette implements FlyoutPreferences {
        private int dock = PositionConstants.EAST;
        private int state = FlyoutPaletteComposite.STATE_PINNED_OPEN;
        private int width = 170;

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
