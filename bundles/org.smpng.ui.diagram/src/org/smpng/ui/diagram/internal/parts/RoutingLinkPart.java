package org.smpng.ui.diagram.internal.parts;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.PolygonDecoration;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.editparts.AbstractConnectionEditPart;
import org.eclipse.gef.editpolicies.ConnectionEndpointEditPolicy;
import org.eclipse.swt.graphics.Color;
import org.smpng.ui.diagram.internal.policies.RoutingLinkPolicy;

/**
 * A link of the routing diagram. Delivery links (line or pin → CPU) are drawn bold green, with handles at their
 * ends: dragging the CPU end onto another CPU re-routes the IRQ; Delete removes that CPU from the line's targets.
 * The other links are thin grey and read-only here (the wiring of devices and pins is the machine's hardware).
 * UI thread only.
 */
public final class RoutingLinkPart extends AbstractConnectionEditPart {

    private static final Color DELIVERY = new Color(0x1B, 0x8A, 0x5A);
    private static final Color WIRE = new Color(0x8C, 0x95, 0x9F);

    RoutingLinkPart(RoutingLink link) {
        setModel(link);
    }

    public RoutingLink link() {
        return (RoutingLink) getModel();
    }

    @Override
    protected IFigure createFigure() {
        PolylineConnection c = new PolylineConnection();
        boolean delivery = link().kind() == RoutingLink.Kind.DELIVERED;
        c.setForegroundColor(delivery ? DELIVERY : WIRE);
        c.setBackgroundColor(delivery ? DELIVERY : WIRE);
        c.setLineWidth(delivery ? 2 : 1);
        PolygonDecoration arrow = new PolygonDecoration();
        arrow.setScale(8, 4);
        c.setTargetDecoration(arrow);
        return c;
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.CONNECTION_ENDPOINTS_ROLE, new ConnectionEndpointEditPolicy());
        installEditPolicy(EditPolicy.CONNECTION_ROLE, new RoutingLinkPolicy());
    }
}
