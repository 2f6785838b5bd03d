package org.smpng.ui.diagram.internal.parts;

import org.eclipse.draw2d.IFigure;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.editparts.AbstractConnectionEditPart;
import org.eclipse.gef.editpolicies.ConnectionEndpointEditPolicy;
import org.eclipse.ui.views.properties.IPropertySource;
import org.smpng.ui.diagram.internal.figures.DiagramResources;
import org.smpng.ui.diagram.internal.figures.OrderConnectionFigure;
import org.smpng.ui.diagram.internal.policies.OrderEdgeDeletePolicy;

/**
 * A "must be acquired before" edge, drawn along the route the layout computed, with the arrow at the lock type
 * acquired later. UI thread only.
 */
final class OrderEdgePart extends AbstractConnectionEditPart {

    private final DiagramResources resources;
    private final boolean editable;

    OrderEdgePart(OrderEdge edge, DiagramResources resources, boolean editable) {
        setModel(edge);
        this.resources = resources;
        this.editable = editable;
    }

    OrderEdge edge() {
        return (OrderEdge) getModel();
    }

    @Override
    protected IFigure createFigure() {
        return new OrderConnectionFigure(resources.edge());
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.CONNECTION_ENDPOINTS_ROLE, new ConnectionEndpointEditPolicy());
        if (editable) {
            installEditPolicy(EditPolicy.CONNECTION_ROLE, new OrderEdgeDeletePolicy());
        }
    }

    @Override
    protected void refreshVisuals() {
        KernelModelPart diagram = (KernelModelPart) getViewer().getContents();
        getConnectionFigure().setRoutingConstraint(diagram.routeOf(edge()));
        // A declared edge in the declared style (the figure may be reused after a WITNESS edge's).
        ((OrderConnectionFigure) getFigure()).setKindStyle(resources.edge(),
                (float) resources.style().edgeWidth(), false);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getAdapter(Class key) {
        if (key == IPropertySource.class) {
            KernelModelPart diagram = (KernelModelPart) getViewer().getContents();
            return new OrderEdgePropertySource(diagram.kernel(), edge());
        }
        return super.getAdapter(key);
    }
}
