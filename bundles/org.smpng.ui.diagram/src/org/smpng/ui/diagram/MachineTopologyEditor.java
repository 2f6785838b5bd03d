package org.smpng.ui.diagram;

import java.util.Locale;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.palette.CombinedTemplateCreationEntry;
import org.eclipse.gef.palette.PaletteDrawer;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.requests.GroupRequest;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.smpng.model.machine.DeviceKind;
import org.smpng.model.machine.IoApic;
import org.smpng.model.machine.Machine;
import org.smpng.ui.diagram.internal.commands.AddDeviceCommand;
import org.smpng.ui.diagram.internal.commands.DeleteCpusCommand;
import org.smpng.ui.diagram.internal.policies.NewTopologyElement;

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
public final class MachineTopologyEditor extends MachineEditor {

    /** The editor's id, as declared in plugin.xml. */
    public static final String ID = "org.smpng.ui.diagram.machineTopologyEditor";

    private PaletteRoot palette;

    public MachineTopologyEditor() {
        super("machine topology editor", "topology", 170);
    }

    @Override
    String editorId() {
        return ID;
    }

    @Override
    MachineDiagram diagram() {
        return MachineDiagram.TOPOLOGY;
    }

    @Override
    protected void configureGraphicalViewer() {
        super.configureGraphicalViewer();
        // Says why Delete does nothing on a box that cannot go: GEF only disables the action.
        getGraphicalViewer().addSelectionChangedListener(event -> showStatus(whyNotDeletable(event.getSelection())));
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
    protected PaletteRoot getPaletteRoot() {
        if (palette == null) {
            palette = PinnedPalette.withTools();
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
}
