package org.smpng.ui.diagram.internal.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.FreeformLayout;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.swt.graphics.Color;
import org.smpng.model.machine.CacheLineCosts;
import org.smpng.model.machine.Machine;
import org.smpng.model.machine.MachinePackage;
import org.smpng.ui.diagram.internal.commands.Topology;
import org.smpng.ui.diagram.internal.figures.DiagramResources;
import org.smpng.ui.diagram.internal.figures.TopologyBoxFigure;
import org.smpng.ui.diagram.internal.policies.TopologyCreationPolicy;

/**
 * The machine topology diagram: a header with the machine's name, platform, CPU count and cache-line costs; below
 * it the packages left to right, each holding its cores holding their hardware threads; to their right a column
 * with the I/O APICs and the devices. Boxes are placed here from the model's order and are not moved by hand. Any
 * change of the machine (a command, the Properties view, the routing or tree editor on the same model) refreshes
 * the diagram through a content adapter added in {@link #activate()} and removed in {@link #deactivate()}. UI
 * thread only.
 */
public final class TopologyDiagramPart extends AbstractGraphicalEditPart {

    static final int GAP = 24;
    static final int MARGIN = 20;
    static final Color HEADER_FILL = new Color(0xFF, 0xFF, 0xFF);
    static final Color HEADER_OUTLINE = new Color(0x8C, 0x95, 0x9F);

    private final DiagramResources resources;
    private TopologyBoxFigure header;

    private final EContentAdapter listener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification n) {
            super.notifyChanged(n);
            if (!n.isTouch()) {
                refreshAll();
            }
        }
    };

    TopologyDiagramPart(Machine machine, DiagramResources resources) {
        setModel(machine);
        this.resources = resources;
    }

    public Machine machine() {
        return (Machine) getModel();
    }

    /** {@return the header figure with the machine's summary and cache-line costs, for tests} */
    public TopologyBoxFigure header() {
        return header;
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
        header = new TopologyBoxFigure(HEADER_FILL, HEADER_OUTLINE, resources.headingFont(), resources.labelFont());
        layer.add(header);
        return layer;
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.CONTAINER_ROLE, new TopologyCreationPolicy());
    }

    @Override
    protected void addChildVisual(org.eclipse.gef.EditPart child, int index) {
        // The header is the layer's first figure; child boxes follow it.
        getContentPane().add(((GraphicalEditPart) child).getFigure(), index + 1);
    }

    @Override
    protected List<Object> getModelChildren() {
        List<Object> children = new ArrayList<>(machine().getPackages());
        children.addAll(machine().getIoApics());
        children.addAll(machine().getDevices());
        return children;
    }

    @Override
    protected void refreshVisuals() {
        Machine m = machine();
        int cores = m.getPackages().stream().mapToInt(p -> p.getCores().size()).sum();
        int cpus = Topology.cpus(m).size();
        String platform = m.getPlatform() == null ? "" : " (" + m.getPlatform().getLiteral() + ")";
        List<String> lines = new ArrayList<>();
        lines.add(m.getPackages().size() + plural(m.getPackages().size(), " package") + ", " + cores
                + plural(cores, " core") + ", " + cpus + plural(cpus, " logical CPU") + " (cpu0 to cpu"
                + Math.max(0, cpus - 1) + "), " + m.getDevices().size() + plural(m.getDevices().size(), " device"));
        CacheLineCosts c = m.getCacheLineCosts();
        boolean defaults = c == null;
        double sameCore = defaults ? defaultCost(MachinePackage.Literals.CACHE_LINE_COSTS__SAME_CORE) : c.getSameCore();
        double samePackage = defaults ? defaultCost(MachinePackage.Literals.CACHE_LINE_COSTS__SAME_PACKAGE)
                : c.getSamePackage();
        double cross = defaults ? defaultCost(MachinePackage.Literals.CACHE_LINE_COSTS__CROSS_PACKAGE)
                : c.getCrossPackage();
        lines.add("Moving a lock's cache line costs " + ns(sameCore) + " within a core, " + ns(samePackage)
                + " within a package, " + ns(cross) + " across packages" + (defaults ? " (defaults)" : ""));
        lines.add("Palette: drop a package on the machine, a core into a package, a hardware thread into a core, a "
                + "device anywhere; Delete removes the selected box");
        header.show((m.getName() == null ? "machine" : m.getName()) + platform, lines, RoutingNodePart.DETAIL);
        layOut();
    }

    private static double defaultCost(org.eclipse.emf.ecore.EAttribute a) {
        return Double.parseDouble(a.getDefaultValueLiteral());
    }

    private static String ns(double value) {
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value))
                + " ns";
    }

    private static String plural(int n, String word) {
        return n == 1 ? word : word + "s";
    }

    /** Refreshes every box, its texts and its nested boxes after a model change. */
    void refreshAll() {
        refresh();
        for (Object child : getChildren()) {
            ((TopologyBoxPart) child).refreshAll();
        }
        layOut();
    }

    @Override
    protected void refreshChildren() {
        super.refreshChildren();
        layOut();
    }

    /**
     * Places the header on top, the packages in a row below it, and the I/O APICs and devices in a column to the
     * right of the packages, each column as wide as its widest box.
     */
    void layOut() {
        if (header == null) {
            return;
        }
        Dimension headerSize = header.getPreferredSize();
        setLayoutConstraint(this, header, new Rectangle(MARGIN, MARGIN, headerSize.width, headerSize.height));
        int top = MARGIN + headerSize.height + GAP;
        int x = MARGIN;
        int y = top;
        int width = 0;
        for (Object child : getChildren()) {
            GraphicalEditPart part = (GraphicalEditPart) child;
            Dimension size = part.getFigure().getPreferredSize();
            if (part.getModel() instanceof org.smpng.model.machine.CpuPackage) {
                setLayoutConstraint(part, part.getFigure(), new Rectangle(x, top, size.width, size.height));
                x += size.width + GAP;
            } else {
                width = Math.max(width, size.width);
            }
        }
        for (Object child : getChildren()) {
            GraphicalEditPart part = (GraphicalEditPart) child;
            if (!(part.getModel() instanceof org.smpng.model.machine.CpuPackage)) {
                Dimension size = part.getFigure().getPreferredSize();
                setLayoutConstraint(part, part.getFigure(), new Rectangle(x + GAP, y, width, size.height));
                y += size.height + 10;
            }
        }
    }
}
