package org.smpng.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a drawing needs besides the automatic layout: keeping nodes the user placed by hand while the rest is laid
 * out, straight routes for edges the layout did not route, and fitting a drawing that was edited or filtered back
 * into the {@link LockGraphGeometry} contract (everything inside the margins).
 *
 * <p>Why fixed positions plus a layout of the rest, and not ELK's interactive mode: ELK Layered's interactive
 * strategies read node positions only as hints for the layer and the order within a layer, and then assign new
 * coordinates, so a node the user put somewhere would not stay there. Here the placed nodes keep their exact
 * coordinates; the other nodes are laid out by {@link LockGraphLayout} as one block, which is put where it was
 * laid out if it overlaps no placed node, or else beside (to the right of) or below the placed nodes, whichever
 * keeps the whole drawing smaller. Edges between two laid-out nodes keep their layout routes; an edge that touches
 * a placed node is drawn straight. Instances are not needed: the methods are pure functions of their arguments.
 */
public final class LockGraphPlacement {

    /** The free space kept between a placed node and the laid-out block. */
    static final double GAP = 24;

    private LockGraphPlacement() {
    }

    /**
     * Lays out {@code graph} keeping the nodes of {@code fixed} with their top left corners where the map says.
     *
     * @param graph    the graph; fixed ids that are not nodes of it are ignored
     * @param style    decides the node sizes, as for {@link LockGraphLayout}
     * @param measurer measures labels
     * @param fixed    node id to the top left corner it keeps
     * @return a drawing with one box per node and one route per edge, in the graph's order, fitted to the margins
     *         (so the placed nodes keep their positions relative to each other, and move together only if one was
     *         placed above or left of the margin)
     */
    public static LockGraphGeometry layoutAround(LockGraph graph, LockGraphStyle style, TextMeasurer measurer,
            Map<String, GraphPoint> fixed) {
        Objects.requireNonNull(fixed, "fixed");
        Map<String, NodeBox> placed = new HashMap<>();
        for (LockNode node : graph.nodes()) {
            GraphPoint at = fixed.get(node.id());
            if (at != null) {
                TextSize size = style.nodeSize(measurer.measure(node.label()));
                placed.put(node.id(), new NodeBox(node, at.x(), at.y(), size.width(), size.height()));
            }
        }
        if (placed.isEmpty()) {
            return new LockGraphLayout(style).layout(graph, measurer);
        }
        List<LockNode> restNodes = graph.nodes().stream().filter(n -> !placed.containsKey(n.id())).toList();
        List<LockEdge> restEdges = graph.edges().stream()
                .filter(e -> !placed.containsKey(e.fromId()) && !placed.containsKey(e.toId())).toList();
        LockGraphGeometry rest = new LockGraphLayout(style).layout(new LockGraph(graph.title(), restNodes, restEdges),
                measurer);
        GraphPoint shift = restNodes.isEmpty() ? new GraphPoint(0, 0) : shiftFor(rest,
                List.copyOf(placed.values()));

        Map<String, NodeBox> boxes = new HashMap<>(placed);
        for (NodeBox b : rest.nodes()) {
            boxes.put(b.node().id(), new NodeBox(b.node(), b.x() + shift.x(), b.y() + shift.y(), b.width(),
                    b.height()));
        }
        Map<LockEdge, EdgeRoute> routes = new HashMap<>();
        for (EdgeRoute r : rest.edges()) {
            routes.put(r.edge(), translate(r, shift.x(), shift.y()));
        }
        List<NodeBox> orderedBoxes = graph.nodes().stream().map(n -> boxes.get(n.id())).toList();
        List<EdgeRoute> orderedRoutes = new ArrayList<>();
        for (LockEdge e : graph.edges()) {
            EdgeRoute r = routes.get(e);
            orderedRoutes.add(r != null ? r : straightRoute(e, boxes.get(e.fromId()), boxes.get(e.toId()), 0));
        }
        return keepOrigin(graph.title(), orderedBoxes, orderedRoutes);
    }

    /**
     * A drawing of boxes and routes in their own coordinates, sized to reach its content plus the margin; moved
     * only if something lies left of or above the origin (then by just enough).
     */
    private static LockGraphGeometry keepOrigin(String title, List<NodeBox> boxes, List<EdgeRoute> routes) {
        LockGraphGeometry fitted = fit(title, boxes, routes);
        // fit() moved the content by (m - minX, m - minY); move it back so that it is shifted only by what keeps it
        // at x, y >= 0.
        double m = LockGraphLayout.MARGIN;
        double dx = boxes.get(0).x() - fitted.nodes().get(0).x(), dy = boxes.get(0).y() - fitted.nodes().get(0).y();
        // Content minimum in the caller's coordinates is m - (fit's shift) = m + dx.
        double backX = Math.max(dx, -m), backY = Math.max(dy, -m);
        List<NodeBox> b = fitted.nodes().stream().map(n -> new NodeBox(n.node(), n.x() + backX, n.y() + backY,
                n.width(), n.height())).toList();
        List<EdgeRoute> r = fitted.edges().stream().map(e -> translate(e, backX, backY)).toList();
        return new LockGraphGeometry(title, fitted.width() + backX, fitted.height() + backY, b, r);
    }

    /** Where the laid-out block goes: unmoved if it overlaps no placed box, else right of or below them. */
    private static GraphPoint shiftFor(LockGraphGeometry rest, List<NodeBox> placed) {
        if (!overlaps(rest.nodes(), 0, 0, placed)) {
            return new GraphPoint(0, 0);
        }
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (NodeBox b : placed) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.maxX());
            maxY = Math.max(maxY, b.maxY());
        }
        // The block's boxes start at the layout's margin; put its content GAP beyond the placed nodes.
        double m = LockGraphLayout.MARGIN;
        GraphPoint right = new GraphPoint(maxX + GAP - m, minY - m);
        GraphPoint below = new GraphPoint(minX - m, maxY + GAP - m);
        double rightArea = Math.max(maxX, right.x() + rest.width()) * Math.max(maxY, right.y() + rest.height());
        double belowArea = Math.max(maxX, below.x() + rest.width()) * Math.max(maxY, below.y() + rest.height());
        return rightArea <= belowArea ? right : below;
    }

    private static boolean overlaps(List<NodeBox> boxes, double dx, double dy, List<NodeBox> placed) {
        for (NodeBox b : boxes) {
            for (NodeBox p : placed) {
                if (b.x() + dx < p.maxX() + GAP / 2 && p.x() < b.maxX() + dx + GAP / 2 && b.y() + dy < p.maxY() + GAP / 2
                        && p.y() < b.maxY() + dy + GAP / 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A straight route for {@code edge} from the border of {@code from} to the border of {@code to}, along the line
     * between their centres moved sideways by {@code offset} pixels (to the left of the direction of travel for a
     * positive offset), so that two edges between one pair of nodes, one each way or of two kinds, stay apart.
     */
    public static EdgeRoute straightRoute(LockEdge edge, NodeBox from, NodeBox to, double offset) {
        double dx = to.centerX() - from.centerX(), dy = to.centerY() - from.centerY();
        double length = Math.hypot(dx, dy);
        double nx = length == 0 ? 0 : -dy / length * offset, ny = length == 0 ? 0 : dx / length * offset;
        GraphPoint a = new GraphPoint(from.centerX() + nx, from.centerY() + ny);
        GraphPoint b = new GraphPoint(to.centerX() + nx, to.centerY() + ny);
        return new EdgeRoute(edge, List.of(border(from, a, b), border(to, b, a)));
    }

    /** Where the segment from {@code inside} (in the box) towards {@code outside} leaves the box. */
    private static GraphPoint border(NodeBox box, GraphPoint inside, GraphPoint outside) {
        double dx = outside.x() - inside.x(), dy = outside.y() - inside.y();
        double t = 1;
        if (dx > 0) {
            t = Math.min(t, (box.maxX() - inside.x()) / dx);
        } else if (dx < 0) {
            t = Math.min(t, (box.x() - inside.x()) / dx);
        }
        if (dy > 0) {
            t = Math.min(t, (box.maxY() - inside.y()) / dy);
        } else if (dy < 0) {
            t = Math.min(t, (box.y() - inside.y()) / dy);
        }
        t = Math.max(0, t);
        return new GraphPoint(inside.x() + t * dx, inside.y() + t * dy);
    }

    /**
     * A drawing of the given boxes and routes moved so that its top left content is at the layout's margin, sized
     * to its content plus the margin: what an edited or filtered drawing must be to meet the
     * {@link LockGraphGeometry} contract. Only a translation: distances between nodes stay as they were.
     */
    public static LockGraphGeometry fit(String title, List<NodeBox> boxes, List<EdgeRoute> routes) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (NodeBox b : boxes) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.maxX());
            maxY = Math.max(maxY, b.maxY());
        }
        for (EdgeRoute r : routes) {
            for (GraphPoint p : r.points()) {
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
        }
        double m = LockGraphLayout.MARGIN;
        if (boxes.isEmpty() && routes.isEmpty()) {
            return new LockGraphGeometry(title, 2 * m, 2 * m, List.of(), List.of());
        }
        double dx = m - minX, dy = m - minY;
        List<NodeBox> movedBoxes = boxes.stream().map(b -> new NodeBox(b.node(), b.x() + dx, b.y() + dy, b.width(),
                b.height())).toList();
        List<EdgeRoute> movedRoutes = routes.stream().map(r -> translate(r, dx, dy)).toList();
        return new LockGraphGeometry(title, maxX - minX + 2 * m, maxY - minY + 2 * m, movedBoxes, movedRoutes);
    }

    private static EdgeRoute translate(EdgeRoute r, double dx, double dy) {
        if (dx == 0 && dy == 0) {
            return r;
        }
        return new EdgeRoute(r.edge(), r.points().stream().map(p -> new GraphPoint(p.x() + dx, p.y() + dy)).toList());
    }

    /** The ids of the nodes of {@code geometry} whose boxes overlap another's, for checks. */
    public static Set<String> overlapping(LockGraphGeometry geometry) {
        Set<String> ids = new java.util.TreeSet<>();
        List<NodeBox> boxes = geometry.nodes();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                NodeBox a = boxes.get(i), b = boxes.get(j);
                if (a.x() < b.maxX() && b.x() < a.maxX() && a.y() < b.maxY() && b.y() < a.maxY()) {
                    ids.add(a.node().id());
                    ids.add(b.node().id());
                }
            }
        }
        return ids;
    }
}
