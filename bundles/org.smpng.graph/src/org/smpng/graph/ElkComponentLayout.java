package org.smpng.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.alg.layered.options.WrappingStrategy;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays out one connected lock graph with ELK's layered algorithm and reads the result back into toolkit-free
 * records. All ELK options the lock view depends on are set here, each with the reason for its value.
 */
final class ElkComponentLayout {

    /**
     * The drawing of one component, with its content's top-left corner at the origin.
     *
     * @param layers the number of layers ELK assigned before any wrapping
     */
    record Drawing(List<NodeBox> nodes, List<EdgeRoute> edges, double width, double height, int layers) {

        /**
         * Moves the drawing.
         *
         * @param dx the horizontal offset
         * @param dy the vertical offset
         * @return the moved copy
         */
        Drawing translate(double dx, double dy) {
            List<NodeBox> movedNodes = new ArrayList<>(nodes.size());
            for (NodeBox b : nodes) {
                movedNodes.add(new NodeBox(b.node(), b.x() + dx, b.y() + dy, b.width(), b.height()));
            }
            List<EdgeRoute> movedEdges = new ArrayList<>(edges.size());
            for (EdgeRoute r : edges) {
                List<GraphPoint> points = new ArrayList<>(r.points().size());
                for (GraphPoint p : r.points()) {
                    points.add(new GraphPoint(p.x() + dx, p.y() + dy));
                }
                movedEdges.add(new EdgeRoute(r.edge(), points));
            }
            return new Drawing(movedNodes, movedEdges, width, height, layers);
        }
    }

    /**
     * The deepest a component may be before its layering is wrapped into columns. FreeBSD's longest chain of
     * sleep locks (proctree ... allprison) has 12 layers and reads well as one column; the 36 spin locks do not.
     */
    static final int MAX_UNWRAPPED_LAYERS = 16;

    private ElkComponentLayout() {
    }

    /**
     * Lays out a connected, non-empty graph.
     *
     * @param component   the graph; must be connected and have at least one node
     * @param style       decides node sizes together with the measurer
     * @param measurer    measures labels
     * @param aspectRatio the width-to-height ratio that decides when a long chain is wrapped into columns
     * @return the drawing, nodes and edges in the component's order
     */
    static Drawing layout(LockGraph component, LockGraphStyle style, TextMeasurer measurer, double aspectRatio) {
        Drawing straight = layout(component, style, measurer, aspectRatio, false);
        if (straight.layers() <= MAX_UNWRAPPED_LAYERS) {
            return straight;
        }
        return layout(component, style, measurer, aspectRatio, true);
    }

    private static Drawing layout(LockGraph component, LockGraphStyle style, TextMeasurer measurer,
            double aspectRatio, boolean wrap) {
        ElkNode root = ElkGraphUtil.createGraph();
        configure(root, aspectRatio, wrap);
        Map<String, ElkNode> elkNodes = new HashMap<>();
        for (LockNode node : component.nodes()) {
            ElkNode elkNode = ElkGraphUtil.createNode(root);
            elkNode.setIdentifier(node.id());
            TextSize size = style.nodeSize(measurer.measure(node.label()));
            elkNode.setDimensions(size.width(), size.height());
            elkNodes.put(node.id(), elkNode);
        }
        List<ElkEdge> elkEdges = new ArrayList<>(component.edges().size());
        for (LockEdge edge : component.edges()) {
            elkEdges.add(ElkGraphUtil.createSimpleEdge(elkNodes.get(edge.fromId()), elkNodes.get(edge.toId())));
        }
        // The provider is called directly: resolving "org.eclipse.elk.layered" by id would need ELK's service
        // registry, which is empty in OSGi unless someone registered the meta data.
        new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());

        List<NodeBox> boxes = new ArrayList<>(component.nodes().size());
        int layers = 0;
        for (LockNode node : component.nodes()) {
            ElkNode n = elkNodes.get(node.id());
            boxes.add(new NodeBox(node, n.getX(), n.getY(), n.getWidth(), n.getHeight()));
            layers = Math.max(layers, n.getProperty(LayeredOptions.LAYERING_LAYER_ID) + 1);
        }
        List<EdgeRoute> routes = new ArrayList<>(elkEdges.size());
        for (int i = 0; i < elkEdges.size(); i++) {
            routes.add(new EdgeRoute(component.edges().get(i), points(elkEdges.get(i))));
        }
        return normalise(boxes, routes, layers);
    }

    private static void configure(ElkNode root, double aspectRatio, boolean wrap) {
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        // Acquired-before on top, as FreeBSD lists the order: a reader follows a chain downwards.
        root.setProperty(LayeredOptions.DIRECTION, Direction.DOWN);
        // Lock chains are mostly straight; orthogonal routing keeps them straight and draws fan-ins (many
        // protocol locks before so_snd) as parallel right-angled lines instead of a fan of crossing diagonals.
        root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        // The margin is added once around the packed drawing, not around every component.
        root.setProperty(LayeredOptions.PADDING, new ElkPadding(0));
        // Edges are not merged into hyperedges: a shared bus would let udpinp -> in_multi_mtx read as
        // accept -> in_multi_mtx, and a wrong lock order is worse than a few more arrow heads.
        root.setProperty(LayeredOptions.MERGE_EDGES, false);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 16.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 22.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 12.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 8.0);
        // Components are split and packed by LockGraphLayout; this graph is already connected.
        root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        // A chain of 36 spin locks would otherwise be one column 36 nodes tall. Wrapping cuts the layering into
        // chunks placed side by side until the component approaches the aspect ratio; MULTI_EDGE may cut where
        // several edges cross, which lock graphs with shared locks need. Only deep components are wrapped: ELK
        // would also fold a chain of five locks, which reads worse than a short column.
        root.setProperty(LayeredOptions.ASPECT_RATIO, aspectRatio);
        root.setProperty(LayeredOptions.WRAPPING_STRATEGY, wrap ? WrappingStrategy.MULTI_EDGE : WrappingStrategy.OFF);
        // Layer ids written back to the nodes tell whether a component is deep enough to need wrapping.
        root.setProperty(LayeredOptions.GENERATE_POSITION_AND_LAYER_IDS, true);
        // Ties are broken by the input order (the order lists' order), which keeps the picture recognisable and,
        // with the fixed seed, reproducible.
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        root.setProperty(LayeredOptions.RANDOM_SEED, 1);
    }

    private static List<GraphPoint> points(ElkEdge edge) {
        // A simple edge between two children of the root is contained in the root, so its section coordinates
        // are in the root's coordinate system, like the nodes'.
        ElkEdgeSection section = edge.getSections().get(0);
        List<GraphPoint> points = new ArrayList<>(section.getBendPoints().size() + 2);
        points.add(new GraphPoint(section.getStartX(), section.getStartY()));
        for (ElkBendPoint bend : section.getBendPoints()) {
            points.add(new GraphPoint(bend.getX(), bend.getY()));
        }
        points.add(new GraphPoint(section.getEndX(), section.getEndY()));
        return points;
    }

    /**
     * Moves the content to the origin and measures it. ELK's graph size is not used because wrapped edges may run
     * outside the area it reports; the true bounds of boxes and routes are what the packer must keep apart.
     */
    private static Drawing normalise(List<NodeBox> boxes, List<EdgeRoute> routes, int layers) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
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
        return new Drawing(boxes, routes, maxX - minX, maxY - minY, layers).translate(-minX, -minY);
    }
}
