package org.smpng.ui.diagram.internal.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.editparts.AbstractConnectionEditPart;
import org.eclipse.gef.editpolicies.ConnectionEndpointEditPolicy;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.smpng.graph.EdgeKind;
import org.smpng.sim.witness.WitnessGraph;
import org.smpng.ui.diagram.internal.figures.DiagramResources;
import org.smpng.ui.diagram.internal.figures.OrderConnectionFigure;

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
            return new WitnessEdgeProperties(edge());
        }
        return super.getAdapter(key);
    }

    /** The edge in the Properties view: kind, both lock types and the sites of both directions. Read-only. */
    static final class WitnessEdgeProperties implements IPropertySource {

        private final WitnessEdge edge;
        private final List<String[]> rows = new ArrayList<>();

        WitnessEdgeProperties(WitnessEdge edge) {
            this.edge = edge;
            WitnessGraph.Reversal r = edge.reversal();
            if (r == null) {
                WitnessGraph.Order o = edge.order();
                rows.add(new String[] {"kind", "order seen by WITNESS"});
                rows.add(new String[] {"acquired first", o.first()});
                rows.add(new String[] {"acquired after", o.second()});
                rows.add(new String[] {"first seen at", o.site()});
                rows.add(new String[] {"thread", o.thread()});
                rows.add(new String[] {"time (ms)", String.format("%.3f", o.timeNs() / 1e6)});
                rows.add(new String[] {"stack", String.join(" \u2190 ", o.stack())});
            } else {
                rows.add(new String[] {"kind", "lock order reversal"});
                rows.add(new String[] {"established order", r.first() + " \u2192 " + r.second()});
                List<String> established = new ArrayList<>();
                r.established().forEach(o -> established.add(o.describe()));
                rows.add(new String[] {"established at", established.isEmpty()
                        ? "no order (a sleepable lock or Giant after a non-sleepable one)"
                        : String.join("; ", established)});
                rows.add(new String[] {"reversed order", r.second() + " \u2192 " + r.first()});
                rows.add(new String[] {"reversed at", r.reversedSite()});
                rows.add(new String[] {"held lock taken at", r.heldSite()});
                rows.add(new String[] {"thread", r.thread()});
                rows.add(new String[] {"time (ms)", String.format("%.3f", r.timeNs() / 1e6)});
            }
        }

        @Override
        public Object getEditableValue() {
            return edge;
        }

        @Override
        public IPropertyDescriptor[] getPropertyDescriptors() {
            IPropertyDescriptor[] descriptors = new IPropertyDescriptor[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                descriptors[i] = new PropertyDescriptor(rows.get(i)[0], rows.get(i)[0]);
            }
            return descriptors;
        }

        @Override
        public Object getPropertyValue(Object id) {
            for (String[] row : rows) {
                if (row[0].equals(id)) {
                    return row[1];
                }
            }
            return null;
        }

        @Override
        public boolean isPropertySet(Object id) {
            return true;
        }

        @Override
        public void resetPropertyValue(Object id) {
            // Read-only.
        }

        @Override
        public void setPropertyValue(Object id, Object value) {
            // Read-only.
        }
    }
}
