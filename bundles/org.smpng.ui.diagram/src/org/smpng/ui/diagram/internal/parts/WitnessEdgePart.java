package org.smpng.ui.diagram.internal.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.editparts.AbstractConnectionEditPart;
import org.eclipse.gef.editpolicies.ConnectionEndpointEditPolicy;
import org.eclipse.ui.views.properties.IPropertySource;
import org.smpng.graph.EdgeKind;
import org.smpng.sim.witness.WitnessGraph;
import org.smpng.ui.diagram.internal.figures.DiagramResources;
import org.smpng.ui.diagram.internal.figures.OrderConnectionFigure;
import org.smpng.ui.diagram.internal.properties.ReadOnlyProperties;

/**
 * An edge WITNESS contributed: an observed order (grey, dashed) or a reversal (red, thick), drawn straight between
 * its lock types. Its tooltip and its Properties say where each direction was seen. Read-only. UI thread only.
 */
final class WitnessEdgePart extends AbstractConnectionEditPart {

    private final DiagramResources resources;

    WitnessEdgePart(WitnessEdge edge, DiagramResources resources) {
        setModel(edge);
        this.resources = resources;
    }

    WitnessEdge edge() {
        return (WitnessEdge) getModel();
    }

    @Override
    protected IFigure createFigure() {
        EdgeKind kind = edge().kind();
        OrderConnectionFigure figure = new OrderConnectionFigure(resources.edge(kind));
        figure.setKindStyle(resources.edge(kind), (float) resources.style().edgeWidth(kind),
                resources.style().dashed(kind));
        figure.setToolTip(new Label(edge().describe()));
        return figure;
    }

    @Override
    protected void createEditPolicies() {
        // Selectable, for the Properties view; nothing to edit.
        installEditPolicy(EditPolicy.CONNECTION_ENDPOINTS_ROLE, new ConnectionEndpointEditPolicy());
    }

    @Override
    protected void refreshVisuals() {
        KernelModelPart diagram = (KernelModelPart) getViewer().getContents();
        getConnectionFigure().setRoutingConstraint(diagram.routeOf(edge()));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getAdapter(Class key) {
        if (key == IPropertySource.class) {
            return properties(edge());
        }
        return super.getAdapter(key);
    }

    /** The edge in the Properties view: kind, both lock types and the sites of both directions. Read-only. */
    static ReadOnlyProperties properties(WitnessEdge edge) {
        ReadOnlyProperties rows = new ReadOnlyProperties(edge, null);
        WitnessGraph.Reversal r = edge.reversal();
        if (r == null) {
            WitnessGraph.Order o = edge.order();
            rows.row("kind", "order seen by WITNESS");
            rows.row("acquired first", o.first());
            rows.row("acquired after", o.second());
            rows.row("first seen at", o.site());
            rows.row("thread", o.thread());
            rows.row("time (ms)", String.format("%.3f", o.timeNs() / 1e6));
            rows.row("stack", String.join(" \u2190 ", o.stack()));
        } else {
            rows.row("kind", "lock order reversal");
            rows.row("established order", r.first() + " \u2192 " + r.second());
            List<String> established = new ArrayList<>();
            r.established().forEach(o -> established.add(o.describe()));
            rows.row("established at", established.isEmpty()
                    ? "no order (a sleepable lock or Giant after a non-sleepable one)"
                    : String.join("; ", established));
            rows.row("reversed order", r.second() + " \u2192 " + r.first());
            rows.row("reversed at", r.reversedSite());
            rows.row("held lock taken at", r.heldSite());
            rows.row("thread", r.thread());
            rows.row("time (ms)", String.format("%.3f", r.timeNs() / 1e6));
        }
        return rows;
    }
}
