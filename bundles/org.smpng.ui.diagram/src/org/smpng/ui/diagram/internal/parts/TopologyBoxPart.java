package org.smpng.ui.diagram.internal.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.draw2d.IFigure;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.editpolicies.NonResizableEditPolicy;
import org.eclipse.swt.graphics.Color;
import org.eclipse.ui.views.properties.IPropertySource;
import org.smpng.model.machine.Core;
import org.smpng.model.machine.CpuPackage;
import org.smpng.model.machine.Device;
import org.smpng.model.machine.InterruptHandler;
import org.smpng.model.machine.IoApic;
import org.smpng.model.machine.IoApicPin;
import org.smpng.model.machine.IrqLine;
import org.smpng.model.machine.LogicalCpu;
import org.smpng.model.machine.Machine;
import org.smpng.ui.diagram.internal.commands.Topology;
import org.smpng.ui.diagram.internal.figures.DiagramResources;
import org.smpng.ui.diagram.internal.figures.TopologyBoxFigure;
import org.smpng.ui.diagram.internal.policies.TopologyCreationPolicy;
import org.smpng.ui.diagram.internal.policies.TopologyDeletePolicy;
import org.smpng.ui.properties.EObjectPropertySource;

/**
 * A box of the machine topology diagram: a package (holding its cores), a core (holding its hardware threads), a
 * logical CPU with its cpu id, local APIC id and the IRQs delivered to it, an I/O APIC with its pins, or a device
 * with its kind, IRQ lines and handlers. Package, core and CPU colours go from cool to warm as they nest, so the
 * levels read apart at a glance. UI thread only.
 */
public final class TopologyBoxPart extends AbstractGraphicalEditPart {

    private final DiagramResources resources;

    TopologyBoxPart(Object model, DiagramResources resources) {
        setModel(model);
        this.resources = resources;
    }

    private Machine machine() {
        return Topology.machineOf((org.eclipse.emf.ecore.EObject) getModel());
    }

    @Override
    protected IFigure createFigure() {
        Object m = getModel();
        int fill = m instanceof CpuPackage ? 0xE4EBF3 : m instanceof Core ? 0xF5F8FB : m instanceof LogicalCpu
                ? 0xE3F2E8 : m instanceof IoApic ? 0xF4F1E8 : 0xEEF2F7;
        int outline = m instanceof CpuPackage ? 0x3D5A80 : m instanceof Core ? 0x7A8CA3 : m instanceof LogicalCpu
                ? 0x1B8A5A : m instanceof IoApic ? 0x9A8A5A : 0x6E7781;
        return new TopologyBoxFigure(color(fill), color(outline), resources.headingFont(), resources.labelFont());
    }

    private static Color color(int rgb) {
        return new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    /** {@return the box's figure, for tests} */
    public TopologyBoxFigure boxFigure() {
        return (TopologyBoxFigure) getFigure();
    }

    @Override
    public IFigure getContentPane() {
        return boxFigure().contents();
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.SELECTION_FEEDBACK_ROLE, new NonResizableEditPolicy());
        installEditPolicy(EditPolicy.CONTAINER_ROLE, new TopologyCreationPolicy());
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new TopologyDeletePolicy());
    }

    @Override
    protected List<?> getModelChildren() {
        return switch (getModel()) {
        case CpuPackage p -> p.getCores();
        case Core c -> c.getThreads();
        default -> List.of();
        };
    }

    void refreshAll() {
        refresh();
        for (Object child : getChildren()) {
            ((TopologyBoxPart) child).refreshAll();
        }
    }

    @Override
    protected void refreshVisuals() {
        List<String> lines = new ArrayList<>();
        String title;
        Machine machine = machine();
        switch (getModel()) {
        case CpuPackage p -> title = "package " + p.getId();
        case Core c -> title = "core " + c.getId();
        case LogicalCpu c -> {
            title = "cpu" + c.getCpuId();
            lines.add(c.getLocalApic() == null ? "no local APIC" : "local APIC " + c.getLocalApic().getApicId());
            List<IrqLine> received = machine == null ? List.of() : Topology.linesTargeting(machine, List.of(c));
            lines.add(received.isEmpty() ? "receives no IRQ" : "receives " + Topology.irqNames(received));
        }
        case IoApic a -> {
            title = "I/O APIC " + a.getApicId();
            long wired = machine == null ? 0 : a.getPins().stream()
                    .filter(pin -> machine.getIrqLines().stream().anyMatch(l -> l.getPin() == pin)).count();
            lines.add(a.getPins().size() + " pins, " + wired + " wired to IRQ lines");
        }
        case Device d -> {
            title = d.getName() + " (" + (d.getKind() == null ? "device" : d.getKind().getLiteral()
                    .toLowerCase(Locale.ROOT)) + ")";
            for (IrqLine l : d.getIrqLines()) {
                lines.add(irqLineText(l));
            }
            if (d.getIrqLines().isEmpty()) {
                lines.add("raises no IRQ");
            }
            if (d.getHandlers().isEmpty()) {
                lines.add("no handler yet (add one in the model editor)");
            } else {
                lines.add("handlers: " + String.join(", ", d.getHandlers().stream().map(InterruptHandler::getName)
                        .toList()));
            }
        }
        default -> title = String.valueOf(getModel());
        }
        boxFigure().show(title, lines, RoutingNodePart.DETAIL);
    }

    private static String irqLineText(IrqLine l) {
        StringBuilder text = new StringBuilder(Topology.irqName(l));
        IoApicPin pin = l.getPin();
        if (pin != null && pin.eContainer() instanceof IoApic apic) {
            text.append(" (I/O APIC ").append(apic.getApicId()).append(" pin ").append(pin.getNumber()).append(')');
        }
        if (l.isShared()) {
            text.append(", shared");
        }
        text.append(" \u2192 ").append(String.join(", ", l.getTargets().stream().map(c -> "cpu" + c.getCpuId())
                .toList()));
        return text.toString();
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getAdapter(Class key) {
        if (key == IPropertySource.class && getModel() instanceof org.eclipse.emf.ecore.EObject object) {
            return new EObjectPropertySource(object);
        }
        return super.getAdapter(key);
    }
}
