package org.smpng.ui.diagram.internal.parts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.draw2d.ConnectionLayer;
import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.FreeformLayout;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.views.properties.IPropertySource;
import org.smpng.graph.EdgeRoute;
import org.smpng.graph.GraphPoint;
import org.smpng.graph.LockGraph;
import org.smpng.graph.LockGraphGeometry;
import org.smpng.graph.LockGraphLayout;
import org.smpng.graph.NodeBox;
import org.smpng.graph.NodeCategory;
import org.smpng.graph.kernel.KernelLockGraphs;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockType;
import org.smpng.ui.diagram.internal.figures.DiagramResources;
import org.smpng.ui.diagram.internal.figures.FixedRouteRouter;
import org.smpng.ui.diagram.internal.figures.LegendFigure;
import org.smpng.ui.diagram.internal.policies.LockGraphLayoutPolicy;
import org.smpng.ui.properties.EObjectPropertySource;

/**
 * The diagram: a kernel model's lock types laid out by ELK (the same {@link LockGraphLayout} the SVG export uses)
 * under a legend of the lock classes shown.
 * <p>
 * The part listens to the whole model while active. Changes are coalesced: the first notification schedules one
 * re-layout on the UI thread, so a command that changes many objects lays the graph out once. UI thread only.
 */
final class KernelModelPart extends AbstractGraphicalEditPart {

    private static final int LEGEND_GAP = 12;

    private final DiagramResources resources;
    private final boolean editable;
    private final FixedRouteRouter router = new FixedRouteRouter();
    private final EContentAdapter listener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                scheduleRelayout();
            }
        }
    };

    private LockGraphGeometry geometry;
    private Map<LockType, List<OrderEdge>> outgoing = Map.of();
    private Map<LockType, List<OrderEdge>> incoming = Map.of();
    private Map<OrderEdge, List<Point>> routes = Map.of();
    private int offsetY;
    private IFigure legend;
    private IFigure nodes;
    private boolean relayoutScheduled;

    KernelModelPart(KernelModel model, DiagramResources resources, boolean editable) {
        setModel(model);
        this.resources = resources;
        this.editable = editable;
    }

    KernelModel kernel() {
        return (KernelModel) getModel();
    }

    DiagramResources resources() {
        return resources;
    }

    @Override
    protected IFigure createFigure() {
        FreeformLayer layer = new FreeformLayer();
        layer.setLayoutManager(new FreeformLayout());
        nodes = new FreeformLayer();
        nodes.setLayoutManager(new FreeformLayout());
        layer.add(nodes);
        layer.setConstraint(nodes, new Rectangle(0, 0, -1, -1));
        return layer;
    }

    @Override
    public IFigure getContentPane() {
        return nodes;
    }

    @Override
    protected void createEditPolicies() {
        if (editable) {
            installEditPolicy(EditPolicy.LAYOUT_ROLE, new LockGraphLayoutPolicy());
        }
    }

    @Override
    public void activate() {
        super.activate();
        kernel().eAdapters().add(listener);
    }

    @Override
    public void deactivate() {
        kernel().eAdapters().remove(listener);
        super.deactivate();
    }

    @Override
    protected List<?> getModelChildren() {
        ensureLayout();
        return kernel().getLockTypes();
    }

    @Override
    protected void refreshVisuals() {
        ensureLayout();
        ConnectionLayer connections = (ConnectionLayer) getLayer(LayerConstants.CONNECTION_LAYER);
        if (connections != null && connections.getConnectionRouter() != router) {
            connections.setConnectionRouter(router);
        }
        IFigure figure = getFigure();
        if (legend != null) {
            figure.remove(legend);
        }
        legend = createLegend();
        figure.add(legend);
        Dimension size = legend.getPreferredSize();
        figure.setConstraint(legend, new Rectangle((int) LockGraphLayout.MARGIN, (int) LockGraphLayout.MARGIN,
                size.width, size.height));
    }

    private IFigure createLegend() {
        Set<NodeCategory> shown = EnumSet.noneOf(NodeCategory.class);
        kernel().getLockTypes().forEach(type -> shown.add(KernelLockGraphs.categoryOf(kernel(), type)));
        List<LegendFigure.Entry> entries = new ArrayList<>();
        for (NodeCategory category : shown) {
            entries.add(new LegendFigure.Entry(resources.style().legendLabel(category), resources.fill(category),
                    resources.outline(category)));
        }
        entries.add(new LegendFigure.Entry("acquired before", null, resources.edge()));
        return new LegendFigure(kernel().getLockTypes().size() + " lock types", resources.headingFont(),
                resources.labelFont(), entries);
    }

    /** Recomputes the layout if the model changed since the last one. */
    private void ensureLayout() {
        if (geometry != null) {
            return;
        }
        LockGraph graph = KernelLockGraphs.of(kernel());
        geometry = new LockGraphLayout(resources.style()).layout(graph, resources.measurer());
        LegendFigure measured = (LegendFigure) createLegend();
        offsetY = measured.getPreferredSize().height + LEGEND_GAP;

        Map<LockType, List<OrderEdge>> out = new HashMap<>();
        Map<LockType, List<OrderEdge>> in = new HashMap<>();
        Map<String, LockType> byName = new HashMap<>();
        kernel().getLockTypes().forEach(type -> byName.putIfAbsent(type.getName(), type));
        // The laid-out edges are the graph's order edges (KernelLockGraphs made them from the chains), so the
        // connections and their routes come from one walk over them.
        Map<OrderEdge, List<Point>> routed = new HashMap<>();
        for (EdgeRoute route : geometry.edges()) {
            OrderEdge edge = new OrderEdge(byName.get(route.edge().fromId()), byName.get(route.edge().toId()));
            out.computeIfAbsent(edge.first(), k -> new ArrayList<>()).add(edge);
            in.computeIfAbsent(edge.second(), k -> new ArrayList<>()).add(edge);
            List<Point> points = new ArrayList<>();
            for (GraphPoint point : route.points()) {
                points.add(new Point((int) Math.round(point.x()), (int) Math.round(point.y()) + offsetY));
            }
            routed.put(edge, points);
        }
        outgoing = out;
        incoming = in;
        routes = routed;
    }

    /** Returns where a lock type's box is, or null if the layout does not know it. */
    Rectangle boxOf(LockType lockType) {
        ensureLayout();
        return geometry.findBox(lockType.getName()).map(this::toRectangle).orElse(null);
    }

    private Rectangle toRectangle(NodeBox box) {
        return new Rectangle((int) Math.round(box.x()), (int) Math.round(box.y()) + offsetY,
                (int) Math.round(box.width()), (int) Math.round(box.height()));
    }

    List<OrderEdge> edgesFrom(LockType lockType) {
        ensureLayout();
        return outgoing.getOrDefault(lockType, Collections.emptyList());
    }

    List<OrderEdge> edgesTo(LockType lockType) {
        ensureLayout();
        return incoming.getOrDefault(lockType, Collections.emptyList());
    }

    List<Point> routeOf(OrderEdge edge) {
        ensureLayout();
        return routes.get(edge);
    }

    /** Returns the laid-out geometry currently shown, for exports of exactly what is on screen. */
    LockGraphGeometry geometry() {
        ensureLayout();
        return geometry;
    }

    private void scheduleRelayout() {
        if (relayoutScheduled) {
            return;
        }
        relayoutScheduled = true;
        Display.getCurrent().asyncExec(this::relayout);
    }

    /** Lays the graph out again and refreshes every node and connection. */
    void relayout() {
        relayoutScheduled = false;
        if (!isActive()) {
            return;
        }
        geometry = null;
        refresh();
        for (Object child : getChildren()) {
            ((LockTypePart) child).refreshAll();
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getAdapter(Class key) {
        if (key == IPropertySource.class) {
            return new EObjectPropertySource(kernel());
        }
        return super.getAdapter(key);
    }
}
