package org.smpng.ui.diagram.internal.parts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.FreeformLayout;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.smpng.model.machine.Device;
import org.smpng.model.machine.IoApicPin;
import org.smpng.model.machine.IrqLine;
import org.smpng.model.machine.LogicalCpu;
import org.smpng.model.machine.Machine;
import org.smpng.ui.diagram.internal.commands.Topology;

/**
 * The interrupt routing diagram of a machine: four columns, left to right — devices (with their handlers), IRQ
 * lines, I/O APIC pins, CPUs — so an interrupt's way reads left to right. The columns are laid out here, from the
 * model's order (devices as listed, lines and pins in their devices' order, CPUs by cpuid); boxes are not moved
 * by hand. Any
 * change of the machine (a command, the Properties view, the tree editor on the same model) refreshes the diagram
 * through a content adapter added in {@link #activate()} and removed in {@link #deactivate()}. UI thread only.
 */
public final class RoutingDiagramPart extends AbstractGraphicalEditPart {

    static final int COLUMN_GAP = 90;
    static final int ROW_GAP = 14;
    static final int MARGIN = 20;

    private final EContentAdapter listener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification n) {
            super.notifyChanged(n);
            if (!n.isTouch()) {
                refreshAll();
            }
        }
    };

    /** The live text of each IRQ line, by number (empty: no run of this machine). */
    private Map<Integer, String> live = Map.of();

    RoutingDiagramPart(Machine machine) {
        setModel(machine);
    }

    public Machine machine() {
        return (Machine) getModel();
    }

    @Override
    public void activate() {
        super.activate();
        machine().eAdapters().add(listener);
    }

    @Override
    public void deactivate() {
        machine().eAdapters().remove(listener);
        super.deactivate();
    }

    @Override
    protected IFigure createFigure() {
        FreeformLayer layer = new FreeformLayer();
        layer.setLayoutManager(new FreeformLayout());
        return layer;
    }

    @Override
    protected void createEditPolicies() {
        // Boxes are placed by the columns; nothing to edit on the diagram itself.
    }

    @Override
    protected List<Object> getModelChildren() {
        List<Object> children = new ArrayList<>(machine().getDevices());
        children.addAll(lines());
        children.addAll(pins());
        children.addAll(cpus());
        return children;
    }

    /**
     * The lines in the order of the devices that raise them (then the others by number), so that links from the
     * device column to the line column run mostly straight instead of crossing.
     */
    List<IrqLine> lines() {
        List<IrqLine> lines = new ArrayList<>();
        for (Device d : machine().getDevices()) {
            for (IrqLine l : d.getIrqLines()) {
                if (!lines.contains(l) && machine().getIrqLines().contains(l)) {
                    lines.add(l);
                }
            }
        }
        List<IrqLine> rest = new ArrayList<>(machine().getIrqLines());
        rest.removeAll(lines);
        rest.sort(Comparator.comparingInt(IrqLine::getNumber));
        lines.addAll(rest);
        return lines;
    }

    /**
     * The I/O APIC pins some line is wired to, in the lines' order; unwired pins (most of a 24-pin I/O APIC) would
     * only stretch the column, so the diagram leaves them out (the tree editor lists them).
     */
    List<IoApicPin> pins() {
        List<IoApicPin> pins = new ArrayList<>();
        for (IrqLine l : lines()) {
            if (l.getPin() != null && !pins.contains(l.getPin())) {
                pins.add(l.getPin());
            }
        }
        return pins;
    }

    List<LogicalCpu> cpus() {
        return Topology.cpus(machine());
    }

    /** Refreshes boxes, their texts, their links and the columns after a model change. */
    void refreshAll() {
        refresh();
        for (Object child : getChildren()) {
            ((RoutingNodePart) child).refreshAll();
        }
        layOut();
    }

    @Override
    protected void refreshChildren() {
        super.refreshChildren();
        layOut();
    }

    /** Places every box in its column, top to bottom, each column as wide as its widest box. */
    void layOut() {
        Map<Object, GraphicalEditPart> parts = new HashMap<>();
        for (Object child : getChildren()) {
            GraphicalEditPart part = (GraphicalEditPart) child;
            parts.put(part.getModel(), part);
        }
        int x = MARGIN;
        for (List<?> column : List.of(machine().getDevices(), lines(), pins(), cpus())) {
            int y = MARGIN;
            int width = 0;
            for (Object model : column) {
                GraphicalEditPart part = parts.get(model);
                if (part == null) {
                    continue;
                }
                Dimension size = part.getFigure().getPreferredSize();
                width = Math.max(width, size.width);
            }
            for (Object model : column) {
                GraphicalEditPart part = parts.get(model);
                if (part == null) {
                    continue;
                }
                Dimension size = part.getFigure().getPreferredSize();
                setLayoutConstraint(part, part.getFigure(), new Rectangle(x, y, width, size.height));
                y += size.height + ROW_GAP;
            }
            x += width + (width == 0 ? 0 : COLUMN_GAP);
        }
    }

    /**
     * Shows {@code texts} (IRQ number to text; empty to show none) as a last line of the IRQ lines' boxes; re-lays
     * out only when a box gains or loses its line.
     */
    public void showLive(Map<Integer, String> texts) {
        if (texts.equals(live)) {
            return;
        }
        boolean shapeChanged = !texts.keySet().equals(live.keySet());
        live = Map.copyOf(texts);
        for (Object child : getChildren()) {
            RoutingNodePart part = (RoutingNodePart) child;
            if (part.getModel() instanceof IrqLine) {
                part.refreshLive();
            }
        }
        if (shapeChanged) {
            layOut();
        }
    }

    /** {@return the live text of each IRQ line shown, by number} */
    public Map<Integer, String> liveTexts() {
        return live;
    }

    /** The live text of an IRQ line, or null. */
    String liveText(int irq) {
        return live.get(irq);
    }

    /** The part showing a model object, or null. */
    EditPart partFor(Object model) {
        return (EditPart) getViewer().getEditPartRegistry().get(model);
    }

    /** The devices that raise a line, for link sources. */
    List<Device> devicesRaising(IrqLine line) {
        return machine().getDevices().stream().filter(d -> d.getIrqLines().contains(line)).toList();
    }
}
