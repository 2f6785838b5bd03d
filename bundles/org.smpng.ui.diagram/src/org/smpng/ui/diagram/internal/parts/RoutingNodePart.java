package org.smpng.ui.diagram.internal.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.draw2d.ChopboxAnchor;
import org.eclipse.draw2d.ConnectionAnchor;
import org.eclipse.draw2d.IFigure;
import org.eclipse.gef.ConnectionEditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.NodeEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.editpolicies.NonResizableEditPolicy;
import org.eclipse.swt.graphics.Color;
import org.eclipse.ui.views.properties.IPropertySource;
import org.smpng.model.machine.CpuPackage;
import org.smpng.model.machine.Core;
import org.smpng.model.machine.Device;
import org.smpng.model.machine.HandlerKind;
import org.smpng.model.machine.InterruptHandler;
import org.smpng.model.machine.IoApic;
import org.smpng.model.machine.IoApicPin;
import org.smpng.model.machine.IrqKind;
import org.smpng.model.machine.IrqLine;
import org.smpng.model.machine.LogicalCpu;
import org.smpng.model.machine.Machine;
import org.smpng.ui.diagram.internal.figures.DiagramResources;
import org.smpng.ui.diagram.internal.figures.RoutingNodeFigure;
import org.smpng.ui.diagram.internal.policies.RoutingNodePolicy;
import org.smpng.ui.diagram.live.LiveElement;
import org.smpng.ui.properties.EObjectPropertySource;

/**
 * A box of the interrupt routing diagram: a device with its handlers, an IRQ line, an I/O APIC pin or a CPU. Its
 * links are derived from the model (see {@link RoutingLink}). Handlers are coloured by kind and by whether they
 * run under Giant: MPSAFE ithread blue, fast handler or filter amber, Giant red. UI thread only.
 */
public final class RoutingNodePart extends AbstractGraphicalEditPart implements NodeEditPart {

    static final Color ITHREAD = new Color(0x1F, 0x5C, 0x99);
    static final Color FAST = new Color(0x9A, 0x62, 0x00);
    static final Color GIANT = new Color(0xB0, 0x2A, 0x0A);
    static final Color DETAIL = new Color(0x47, 0x4F, 0x5A);
    static final Color LIVE = new Color(0x1B, 0x7A, 0x3A);

    private final DiagramResources resources;

    RoutingNodePart(Object model, DiagramResources resources) {
        setModel(model);
        this.resources = resources;
    }

    private RoutingDiagramPart diagram() {
        return (RoutingDiagramPart) getParent();
    }

    private Machine machine() {
        return diagram().machine();
    }

    @Override
    protected IFigure createFigure() {
        Object m = getModel();
        int fill = m instanceof Device ? 0xEEF2F7 : m instanceof IrqLine ? 0xFFFFFF : m instanceof IoApicPin
                ? 0xF4F1E8 : 0xE3F2E8;
        int outline = m instanceof Device ? 0x6E7781 : m instanceof IrqLine ? 0x2F6DA8 : m instanceof IoApicPin
                ? 0x9A8A5A : 0x1B8A5A;
        return new RoutingNodeFigure(color(fill), color(outline), resources.headingFont(), resources.labelFont());
    }

    private static Color color(int rgb) {
        return new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    /** {@return the box's figure, for tests} */
    public RoutingNodeFigure nodeFigure() {
        return (RoutingNodeFigure) getFigure();
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.SELECTION_FEEDBACK_ROLE, new NonResizableEditPolicy());
        installEditPolicy(EditPolicy.GRAPHICAL_NODE_ROLE, new RoutingNodePolicy());
    }

    void refreshAll() {
        refreshVisuals();
        refreshSourceConnections();
        refreshTargetConnections();
    }

    @Override
    protected void refreshVisuals() {
        List<RoutingNodeFigure.Line> lines = new ArrayList<>();
        String title;
        switch (getModel()) {
        case Device d -> {
            title = d.getName() + " (" + (d.getKind() == null ? "device" : d.getKind().getLiteral()
                    .toLowerCase(Locale.ROOT)) + ")";
            for (InterruptHandler h : d.getHandlers()) {
                boolean giant = !h.isMpsafe();
                String kind = h.getKind() == HandlerKind.FAST ? "fast" : h.getKind() == HandlerKind.FILTER_ITHREAD
                        ? "filter + ithread" : "ithread";
                lines.add(new RoutingNodeFigure.Line(h.getName() + ": " + kind + (giant ? ", Giant" : ", MPSAFE"),
                        giant ? GIANT : h.getKind() == HandlerKind.ITHREAD ? ITHREAD : FAST));
            }
        }
        case IrqLine l -> {
            title = (l.getKind() == IrqKind.MSI ? "MSI " : "IRQ ") + l.getNumber();
            lines.add(new RoutingNodeFigure.Line((l.getKind() == IrqKind.MSI ? "message signalled" : "legacy")
                    + (l.isShared() ? ", shared" : ""), DETAIL));
            lines.add(new RoutingNodeFigure.Line("routing: " + (l.getRouting() == null ? "fixed"
                    : l.getRouting().getLiteral().toLowerCase(Locale.ROOT).replace('_', ' ')), DETAIL));
            lines.add(new RoutingNodeFigure.Line("to " + String.join(", ", l.getTargets().stream()
                    .map(c -> "cpu" + c.getCpuId()).toList()), DETAIL));
            String live = diagram().liveText(l.getNumber());
            if (live != null) {
                lines.add(new RoutingNodeFigure.Line(live, LIVE));
            }
        }
        case IoApicPin p -> {
            IoApic apic = (IoApic) p.eContainer();
            title = "I/O APIC " + (apic == null ? "?" : apic.getApicId()) + " pin " + p.getNumber();
        }
        case LogicalCpu c -> {
            title = "cpu" + c.getCpuId();
            Core core = (Core) c.eContainer();
            CpuPackage pkg = core == null ? null : (CpuPackage) core.eContainer();
            lines.add(new RoutingNodeFigure.Line("package " + (pkg == null ? "?" : pkg.getId()) + ", core "
                    + (core == null ? "?" : core.getId()), DETAIL));
            if (c.getLocalApic() != null) {
                lines.add(new RoutingNodeFigure.Line("local APIC " + c.getLocalApic().getApicId(), DETAIL));
            }
        }
        default -> title = String.valueOf(getModel());
        }
        nodeFigure().show(title, lines);
    }

    /** Shows the diagram's live text for this IRQ line again. */
    void refreshLive() {
        refreshVisuals();
    }

    @Override
    protected List<RoutingLink> getModelSourceConnections() {
        List<RoutingLink> links = new ArrayList<>();
        switch (getModel()) {
        case Device d -> d.getIrqLines().forEach(l -> links.add(new RoutingLink(d, l, l, RoutingLink.Kind.RAISES)));
        case IrqLine l -> {
            if (l.getPin() != null) {
                links.add(new RoutingLink(l, l.getPin(), l, RoutingLink.Kind.WIRED));
            } else {
                l.getTargets().forEach(c -> links.add(new RoutingLink(l, c, l, RoutingLink.Kind.DELIVERED)));
            }
        }
        case IoApicPin p -> {
            for (IrqLine l : machine().getIrqLines()) {
                if (l.getPin() == p) {
                    l.getTargets().forEach(c -> links.add(new RoutingLink(p, c, l, RoutingLink.Kind.DELIVERED)));
                }
            }
        }
        default -> {
        }
        }
        return links;
    }

    @Override
    protected List<RoutingLink> getModelTargetConnections() {
        List<RoutingLink> links = new ArrayList<>();
        switch (getModel()) {
        case IrqLine l -> diagram().devicesRaising(l).forEach(d -> links.add(new RoutingLink(d, l, l,
                RoutingLink.Kind.RAISES)));
        case IoApicPin p -> {
            for (IrqLine l : machine().getIrqLines()) {
                if (l.getPin() == p) {
                    links.add(new RoutingLink(l, p, l, RoutingLink.Kind.WIRED));
                }
            }
        }
        case LogicalCpu c -> {
            for (IrqLine l : machine().getIrqLines()) {
                if (l.getTargets().contains(c)) {
                    links.add(new RoutingLink(l.getPin() != null ? l.getPin() : l, c, l,
                            RoutingLink.Kind.DELIVERED));
                }
            }
        }
        default -> {
        }
        }
        return links;
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(ConnectionEditPart connection) {
        return new ChopboxAnchor(getFigure());
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(ConnectionEditPart connection) {
        return new ChopboxAnchor(getFigure());
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(Request request) {
        return new ChopboxAnchor(getFigure());
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(Request request) {
        return new ChopboxAnchor(getFigure());
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getAdapter(Class key) {
        if (key == IPropertySource.class && getModel() instanceof org.eclipse.emf.ecore.EObject object) {
            return new EObjectPropertySource(object);
        }
        if (key == LiveElement.class) {
            return switch (getModel()) {
            case IrqLine l -> new LiveElement.IrqElement(l.getNumber());
            case LogicalCpu c -> new LiveElement.CpuElement(c.getCpuId());
            default -> null;
            };
        }
        return super.getAdapter(key);
    }
}
