package org.smpng.ui.diagram.internal.parts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

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
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.views.properties.IPropertySource;
import org.smpng.graph.EdgeKind;
import org.smpng.graph.EdgeRoute;
import org.smpng.graph.GraphPoint;
import org.smpng.graph.LockEdge;
import org.smpng.graph.LockGraph;
import org.smpng.graph.LockGraphGeometry;
import org.smpng.graph.LockGraphLayout;
import org.smpng.graph.LockGraphPlacement;
import org.smpng.graph.LockNode;
import org.smpng.graph.NodeBox;
import org.smpng.graph.NodeCategory;
import org.smpng.graph.kernel.KernelLockGraphs;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockType;
import org.smpng.sim.witness.WitnessGraph;
import org.smpng.ui.diagram.internal.commands.ManualPositions;
import org.smpng.ui.diagram.internal.figures.DiagramResources;
import org.smpng.ui.diagram.internal.figures.FixedRouteRouter;
import org.smpng.ui.diagram.internal.figures.LegendFigure;
import org.smpng.ui.diagram.internal.policies.LockGraphLayoutPolicy;
import org.smpng.ui.diagram.internal.policies.MoveLockNodesPolicy;
import org.smpng.ui.properties.EObjectPropertySource;

/**
 * The diagram: a kernel model's lock types laid out by ELK (the same {@link LockGraphLayout} the SVG export uses)
 * under a legend of the lock classes shown, with what WITNESS saw during a run drawn over the declared order.
 *
 * <p>Overview. Three things decide the picture. The <em>layout</em> places the lock types the filter shows (and
 * their declared edges' routes) once per model change or "Layout" command; shown lock types it did not place (only
 * the run knows them, or a filter hid them then) get their own small block below it, so an observation or a wider
 * filter never moves what is already on screen. The user's
 * {@link ManualPositions} override the layout for the boxes they dragged. The <em>shown</em> picture is derived
 * from those, the {@link LockGraphFilter} and the {@link WitnessGraph}: visible nodes, their edges (declared ones
 * along their layout routes unless an end was moved, WITNESS edges straight, set apart when they share a pair of
 * nodes), and the same as a {@link LockGraphGeometry} for exports, so a file shows exactly the screen. The shown
 * picture is recomputed after every change; the layout only when asked or when the model changed.
 *
 * <p>The part listens to the whole model while active. Changes are coalesced: the first notification schedules one
 * re-layout on the UI thread, so a command that changes many objects lays the graph out once. UI thread only.
 */
final class KernelModelPart extends AbstractGraphicalEditPart implements LockGraphDiagram {

    private static final int LEGEND_GAP = 12;

    /** How far apart two straight edges between one pair of nodes are drawn. */
    private static final double PARALLEL_OFFSET = 5;

    /** The gap between the layout and the block of lock types it did not place. */
    private static final int RUNTIME_BLOCK_GAP = 24;

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

    /** What is drawn, derived from the layout, the positions, the filter and the observations. */
    private record Shown(List<Object> nodes, Map<Object, Rectangle> boxes, Map<Object, List<Object>> outgoing,
            Map<Object, List<Object>> incoming, Map<Object, List<Point>> routes, LockGraphGeometry geometry) {
    }

    private LockGraphGeometry layout;
    /** Boxes of shown lock types the layout did not place, in diagram coordinates, by name. */
    private final Map<String, Rectangle> extraBoxes = new LinkedHashMap<>();
    private Shown shown;
    private ManualPositions positions = new ManualPositions();
    private WitnessGraph observed = WitnessGraph.EMPTY;
    private LockGraphFilter filter = LockGraphFilter.NONE;
    private int offsetY;
    private IFigure legend;
    private IFigure nodes;
    private boolean relayoutScheduled;
    private Runnable redrawn = () -> {
    };

    KernelModelPart(KernelModel model, DiagramResources resources, boolean editable) {
        setModel(model);
        this.resources = resources;
        this.editable = editable;
        positions.setListener(this::redraw);
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
        } else {
            // In the view, boxes may be dragged: where they go is the view's, never the model's.
            installEditPolicy(EditPolicy.LAYOUT_ROLE, new MoveLockNodesPolicy(positions, KernelModelPart::nameOf));
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
        return shown().nodes();
    }

    @Override
    protected void refreshVisuals() {
        Shown s = shown();
        ConnectionLayer connections = (ConnectionLayer) getLayer(LayerConstants.CONNECTION_LAYER);
        if (connections != null && connections.getConnectionRouter() != router) {
            connections.setConnectionRouter(router);
        }
        IFigure figure = getFigure();
        if (legend != null) {
            figure.remove(legend);
        }
        legend = createLegend(s);
        figure.add(legend);
        Dimension size = legend.getPreferredSize();
        figure.setConstraint(legend, new Rectangle((int) LockGraphLayout.MARGIN, (int) LockGraphLayout.MARGIN,
                size.width, size.height));
    }

    private IFigure createLegend(Shown s) {
        Set<NodeCategory> categories = EnumSet.noneOf(NodeCategory.class);
        // Every category the model has, so that the legend's height (and with it the diagram's offset) does not
        // change with a filter or a run; a filter says what it hides in the heading instead.
        kernel().getLockTypes().forEach(type -> categories.add(KernelLockGraphs.categoryOf(kernel(), type)));
        List<LegendFigure.Entry> entries = new ArrayList<>();
        for (NodeCategory category : categories) {
            entries.add(new LegendFigure.Entry(resources.style().legendLabel(category), resources.fill(category),
                    resources.outline(category)));
        }
        // The editor draws declared orders only; the view also what WITNESS saw, always listed so the legend
        // explains the dashed and red arrows before the first run shows one.
        for (EdgeKind kind : editable ? EnumSet.of(EdgeKind.DECLARED_ORDER) : EnumSet.allOf(EdgeKind.class)) {
            entries.add(new LegendFigure.Entry(resources.style().legendLabel(kind)
                    + (resources.style().dashed(kind) ? ", dashed" : ""), null, resources.edge(kind)));
        }
        int total = lockTypeCount();
        String heading = s == null || s.nodes().size() == total ? total + " lock types"
                : s.nodes().size() + " of " + total + " lock types shown (filtered)";
        return new LegendFigure(heading, resources.headingFont(), resources.labelFont(), entries);
    }

    /** Lays the model out if it changed since the last layout. */
    private void ensureLayout() {
        if (layout != null) {
            return;
        }
        LegendFigure measured = (LegendFigure) createLegend(null);
        offsetY = measured.getPreferredSize().height + LEGEND_GAP;
        // Only the lock types the filter shows are laid out, so that Layout after filtering closes the gaps; those
        // shown again later get a place below (see placeUnplaced) until the next Layout.
        LockGraph all = KernelLockGraphs.of(kernel());
        Set<String> shownNames = new HashSet<>();
        nodesByName().forEach((name, node) -> {
            if (passesFilter(node)) {
                shownNames.add(name);
            }
        });
        LockGraph graph = new LockGraph(all.title(), all.nodes().stream().filter(n -> shownNames.contains(n.id()))
                .toList(), all.edges().stream().filter(e -> shownNames.contains(e.fromId())
                        && shownNames.contains(e.toId())).toList());
        Map<String, GraphPoint> fixed = new HashMap<>();
        positions.all().forEach((name, p) -> fixed.put(name, new GraphPoint(p.x, p.y - offsetY)));
        layout = LockGraphPlacement.layoutAround(graph, resources.style(), resources.measurer(), fixed);
        extraBoxes.clear();
    }

    /**
     * Places the shown lock types the layout did not place (those only the run knows, and those a filter hid at the
     * last layout) in a block below everything else, so that showing them never moves what is on screen.
     */
    private void placeUnplaced() {
        List<LockNode> newcomers = new ArrayList<>();
        for (Object node : nodesByName().values()) {
            String name = nameOf(node);
            if (passesFilter(node) && layoutBox(name) == null) {
                newcomers.add(new LockNode(name, name, categoryOfNode(node), detailOf(node)));
            }
        }
        if (newcomers.isEmpty()) {
            return;
        }
        int top = (int) Math.round(layout.height()) + offsetY;
        for (Rectangle r : extraBoxes.values()) {
            top = Math.max(top, r.bottom() + RUNTIME_BLOCK_GAP);
        }
        LockGraphGeometry block = new LockGraphLayout(resources.style()).layout(new LockGraph("", newcomers,
                List.of()), resources.measurer());
        for (NodeBox b : block.nodes()) {
            extraBoxes.put(b.node().id(), new Rectangle((int) Math.round(b.x()), (int) Math.round(b.y()) + top,
                    (int) Math.round(b.width()), (int) Math.round(b.height())));
        }
    }

    /** Every node by name: the model's lock types, then those only the run knows. */
    private Map<String, Object> nodesByName() {
        Map<String, Object> byName = new LinkedHashMap<>();
        kernel().getLockTypes().forEach(type -> byName.putIfAbsent(type.getName(), type));
        for (WitnessGraph.LockTypeSeen seen : observed.lockTypes()) {
            byName.computeIfAbsent(seen.name(), name -> new RuntimeLockType(name, seen.lockClass()));
        }
        return byName;
    }

    /** Whether the filter lets a node through. */
    private boolean passesFilter(Object node) {
        Set<String> inReversals = new HashSet<>();
        observed.reversals().forEach(r -> {
            inReversals.add(r.first());
            inReversals.add(r.second());
        });
        String subsystem = LockGraphFilter.NO_SUBSYSTEM, lockClass;
        if (node instanceof LockType t) {
            if (t.getSubsystem() != null && t.getSubsystem().getName() != null) {
                subsystem = t.getSubsystem().getName();
            }
            lockClass = t.getLockClass() == null || t.getLockClass().getName() == null ? LockGraphFilter.NO_CLASS
                    : t.getLockClass().getName();
        } else {
            lockClass = ((RuntimeLockType) node).lockClass();
        }
        return filter.shows(nameOf(node), subsystem, lockClass, inReversals);
    }

    private static NodeCategory categoryOf(String witnessClass) {
        return switch (witnessClass) {
            case "sleep mutex" -> NodeCategory.SLEEP_MUTEX;
            case "spin mutex" -> NodeCategory.SPIN_MUTEX;
            case "sx" -> NodeCategory.SX;
            case "rw" -> NodeCategory.RW;
            default -> NodeCategory.OTHER;
        };
    }

    /** The name a node's model object stands for. */
    static String nameOf(Object node) {
        return node instanceof LockType t ? t.getName() : ((RuntimeLockType) node).name();
    }

    /** The colour category of a node's model object. */
    NodeCategory categoryOfNode(Object node) {
        return node instanceof LockType t ? KernelLockGraphs.categoryOf(kernel(), t)
                : categoryOf(((RuntimeLockType) node).lockClass());
    }

    private Shown shown() {
        if (shown == null) {
            ensureLayout();
            placeUnplaced();
            shown = computeShown();
        }
        return shown;
    }

    private Shown computeShown() {
        Map<String, Object> byName = nodesByName();
        List<Object> visible = new ArrayList<>();
        Map<Object, Rectangle> boxes = new HashMap<>();
        Set<String> movedNames = new HashSet<>();
        for (Object node : byName.values()) {
            String name = nameOf(node);
            Rectangle box = layoutBox(name);
            if (box == null || !passesFilter(node)) {
                continue;
            }
            Point moved = positions.get(name);
            if (moved != null) {
                box = new Rectangle(moved, box.getSize());
                movedNames.add(name);
            }
            visible.add(node);
            boxes.put(node, box);
        }

        // The edges between shown nodes: declared, then reversals, then the observed orders no reversal stands for.
        List<Object> edges = new ArrayList<>();
        Map<Object, LockEdge> kinds = new HashMap<>();
        for (EdgeRoute route : layout.edges()) {
            Object from = byName.get(route.edge().fromId()), to = byName.get(route.edge().toId());
            if (boxes.containsKey(from) && boxes.containsKey(to) && from instanceof LockType f
                    && to instanceof LockType t) {
                OrderEdge edge = new OrderEdge(f, t);
                edges.add(edge);
                kinds.put(edge, route.edge());
            }
        }
        Set<List<String>> reversed = new HashSet<>();
        for (WitnessGraph.Reversal r : observed.reversals()) {
            Object from = byName.get(r.second()), to = byName.get(r.first());
            if (boxes.containsKey(from) && boxes.containsKey(to) && reversed.add(List.of(r.second(), r.first()))) {
                WitnessEdge edge = new WitnessEdge(from, to, EdgeKind.REVERSAL, null, r);
                edges.add(edge);
                kinds.put(edge, new LockEdge(r.second(), r.first(), EdgeKind.REVERSAL));
            }
        }
        for (WitnessGraph.Order o : filter.hideObserved() ? List.<WitnessGraph.Order>of() : observed.orders()) {
            Object from = byName.get(o.first()), to = byName.get(o.second());
            if (boxes.containsKey(from) && boxes.containsKey(to) && !reversed.contains(List.of(o.first(),
                    o.second()))) {
                WitnessEdge edge = new WitnessEdge(from, to, EdgeKind.OBSERVED_ORDER, o, null);
                edges.add(edge);
                kinds.put(edge, new LockEdge(o.first(), o.second(), EdgeKind.OBSERVED_ORDER));
            }
        }

        Map<Set<String>, Integer> perPair = new HashMap<>();
        for (Object edge : edges) {
            LockEdge e = kinds.get(edge);
            perPair.merge(Set.of(e.fromId(), e.toId()), 1, Integer::sum);
        }
        Map<Object, List<Object>> out = new HashMap<>(), in = new HashMap<>();
        Map<Object, List<Point>> routes = new HashMap<>();
        List<NodeBox> exportBoxes = new ArrayList<>();
        List<EdgeRoute> exportRoutes = new ArrayList<>();
        Map<Object, NodeBox> nodeBoxes = new HashMap<>();
        for (Object node : visible) {
            Rectangle r = boxes.get(node);
            String name = nameOf(node);
            NodeBox box = new NodeBox(new LockNode(name, name, categoryOfNode(node), detailOf(node)), r.x, r.y,
                    r.width, r.height);
            nodeBoxes.put(node, box);
            exportBoxes.add(box);
        }
        for (Object edge : edges) {
            LockEdge e = kinds.get(edge);
            Object from = byName.get(e.fromId()), to = byName.get(e.toId());
            EdgeRoute route;
            if (edge instanceof OrderEdge && !movedNames.contains(e.fromId()) && !movedNames.contains(e.toId())) {
                route = layoutRoute(e);
            } else {
                boolean shared = perPair.get(Set.of(e.fromId(), e.toId())) > 1;
                // A declared edge keeps the middle; the others go to the left of their direction.
                double offset = shared && !(edge instanceof OrderEdge) ? PARALLEL_OFFSET : 0;
                route = LockGraphPlacement.straightRoute(e, nodeBoxes.get(from), nodeBoxes.get(to), offset);
            }
            List<Point> points = new ArrayList<>();
            for (GraphPoint p : route.points()) {
                points.add(new Point((int) Math.round(p.x()), (int) Math.round(p.y())));
            }
            routes.put(edge, points);
            out.computeIfAbsent(from, k -> new ArrayList<>()).add(edge);
            in.computeIfAbsent(to, k -> new ArrayList<>()).add(edge);
            exportRoutes.add(route);
        }
        String title = KernelLockGraphs.of(kernel()).title()
                + (observed.lockTypes().isEmpty() ? "" : " and what WITNESS saw")
                + (filter.isActive() ? " (filtered: " + filter.describe() + ")" : "");
        // The export is the screen moved by the legend's height (the page draws its own legend).
        List<NodeBox> pageBoxes = exportBoxes.stream().map(b -> new NodeBox(b.node(), b.x(), b.y() - offsetY,
                b.width(), b.height())).toList();
        List<EdgeRoute> pageRoutes = exportRoutes.stream().map(r -> new EdgeRoute(r.edge(), r.points().stream()
                .map(p -> new GraphPoint(p.x(), p.y() - offsetY)).toList())).toList();
        return new Shown(List.copyOf(visible), boxes, out, in, routes,
                LockGraphPlacement.fit(title, pageBoxes, pageRoutes));
    }

    private static String detailOf(Object node) {
        if (node instanceof LockType t) {
            return t.getLockClass() == null ? "" : t.getLockClass().getName();
        }
        return ((RuntimeLockType) node).lockClass() + ", only seen at run time";
    }

    /** A node's box where the layout (or the run-time block) put it, in diagram coordinates. */
    private Rectangle layoutBox(String name) {
        Rectangle extra = extraBoxes.get(name);
        if (extra != null) {
            return extra.getCopy();
        }
        return layout.findBox(name).map(b -> new Rectangle((int) Math.round(b.x()), (int) Math.round(b.y())
                + offsetY, (int) Math.round(b.width()), (int) Math.round(b.height()))).orElse(null);
    }

    /** A declared edge's layout route in diagram coordinates. */
    private EdgeRoute layoutRoute(LockEdge edge) {
        for (EdgeRoute r : layout.edges()) {
            if (r.edge().equals(edge)) {
                return new EdgeRoute(edge, r.points().stream().map(p -> new GraphPoint(p.x(), p.y() + offsetY))
                        .toList());
            }
        }
        throw new IllegalStateException("no layout route for " + edge);
    }

    /** Returns where a node's box is, or null if it is not shown. */
    Rectangle boxOf(Object node) {
        Rectangle r = shown().boxes().get(node);
        return r == null ? null : r.getCopy();
    }

    List<Object> edgesFrom(Object node) {
        return shown().outgoing().getOrDefault(node, Collections.emptyList());
    }

    List<Object> edgesTo(Object node) {
        return shown().incoming().getOrDefault(node, Collections.emptyList());
    }

    List<Point> routeOf(Object edge) {
        return shown().routes().get(edge);
    }

    @Override
    public LockGraphGeometry geometry() {
        return shown().geometry();
    }

    private void scheduleRelayout() {
        if (relayoutScheduled) {
            return;
        }
        relayoutScheduled = true;
        Display.getCurrent().asyncExec(this::relayout);
    }

    /** Lays the graph out again (keeping the user's positions) and refreshes every node and connection. */
    void relayout() {
        relayoutScheduled = false;
        layout = null;
        redraw();
    }

    /** Derives the picture again from the layout, positions, filter and observations, and refreshes the parts. */
    private void redraw() {
        shown = null;
        if (!isActive()) {
            return;
        }
        refresh();
        for (Object child : getChildren()) {
            ((LockTypePart) child).refreshAll();
        }
        redrawn.run();
    }

    @Override
    public void setRedrawListener(Runnable listener) {
        redrawn = listener;
    }

    @Override
    public void showObserved(WitnessGraph graph) {
        WitnessGraph next = graph == null ? WitnessGraph.EMPTY : graph;
        if (!next.equals(observed)) {
            observed = next;
            redraw();
        }
    }

    @Override
    public WitnessGraph observed() {
        return observed;
    }

    @Override
    public void setFilter(LockGraphFilter newFilter) {
        if (!newFilter.equals(filter)) {
            // A grown set of contended lock types changes nothing on screen unless only those are shown.
            boolean visible = !newFilter.withContended(filter.contended()).equals(filter) || newFilter.onlyContended();
            filter = newFilter;
            if (visible) {
                redraw();
            }
        }
    }

    @Override
    public LockGraphFilter filter() {
        return filter;
    }

    @Override
    public void layout(boolean keepMoved) {
        if (!keepMoved && !positions.isEmpty()) {
            positions.setListener(() -> {
            });
            positions.clear();
            positions.setListener(this::redraw);
        }
        relayout();
    }

    @Override
    public ManualPositions positions() {
        return positions;
    }

    @Override
    public void usePositions(ManualPositions kept) {
        positions.setListener(() -> {
        });
        positions = kept;
        positions.setListener(this::redraw);
        // The drag policy holds the positions it writes to.
        installEditPolicy(EditPolicy.LAYOUT_ROLE, editable ? new LockGraphLayoutPolicy()
                : new MoveLockNodesPolicy(positions, KernelModelPart::nameOf));
        relayout();
    }

    @Override
    public List<String> shownLockTypes() {
        return shown().nodes().stream().map(KernelModelPart::nameOf).toList();
    }

    @Override
    public int lockTypeCount() {
        Set<String> names = new HashSet<>();
        kernel().getLockTypes().forEach(t -> names.add(t.getName()));
        observed.lockTypes().forEach(t -> names.add(t.name()));
        return names.size();
    }

    @Override
    public SortedSet<String> subsystems() {
        SortedSet<String> names = new TreeSet<>();
        for (LockType t : kernel().getLockTypes()) {
            names.add(t.getSubsystem() == null || t.getSubsystem().getName() == null ? LockGraphFilter.NO_SUBSYSTEM
                    : t.getSubsystem().getName());
        }
        if (observed.lockTypes().stream().anyMatch(t -> runtimeOnly(t.name()))) {
            names.add(LockGraphFilter.NO_SUBSYSTEM);
        }
        return names;
    }

    @Override
    public SortedSet<String> lockClasses() {
        SortedSet<String> names = new TreeSet<>();
        for (LockType t : kernel().getLockTypes()) {
            names.add(t.getLockClass() == null || t.getLockClass().getName() == null ? LockGraphFilter.NO_CLASS
                    : t.getLockClass().getName());
        }
        observed.lockTypes().stream().filter(t -> runtimeOnly(t.name())).forEach(t -> names.add(t.lockClass()));
        return names;
    }

    private boolean runtimeOnly(String name) {
        return kernel().getLockTypes().stream().noneMatch(t -> name.equals(t.getName()));
    }

    @Override
    public List<WitnessEdge> shownWitnessEdges() {
        List<WitnessEdge> edges = new ArrayList<>();
        for (List<Object> list : shown().outgoing().values()) {
            list.stream().filter(WitnessEdge.class::isInstance).map(WitnessEdge.class::cast).forEach(edges::add);
        }
        return edges;
    }

    @Override
    public GraphicalEditPart partOf(String lockTypeName) {
        for (Object child : getChildren()) {
            if (child instanceof LockTypePart part && lockTypeName.equals(nameOf(part.getModel()))) {
                return part;
            }
        }
        return null;
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
