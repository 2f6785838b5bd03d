package org.smpng.graph.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smpng.graph.EdgeKind;
import org.smpng.graph.EdgeRoute;
import org.smpng.graph.GraphPoint;
import org.smpng.graph.LockEdge;
import org.smpng.graph.LockGraph;
import org.smpng.graph.LockGraphGeometry;
import org.smpng.graph.LockGraphLayout;
import org.smpng.graph.LockGraphPlacement;
import org.smpng.graph.LockGraphStyle;
import org.smpng.graph.LockNode;
import org.smpng.graph.NodeBox;
import org.smpng.graph.NodeCategory;
import org.smpng.graph.TextMeasurer;

/** Layout around nodes the user placed, straight routes, and fitting: what {@link LockGraphPlacement} promises. */
class LockGraphPlacementTest {

    private static final double EPS = 1e-6;

    private final LockGraphStyle style = LockGraphStyle.standard();
    private final TextMeasurer measurer = LockGraphFixtures.fixedWidthMeasurer();

    @Test
    void placedNodesKeepTheirExactPositionsAndTheRestIsLaidOutWithoutOverlappingThem() {
        LockGraph graph = LockGraphFixtures.witnessShaped();
        LockGraphGeometry automatic = new LockGraphLayout(style).layout(graph, measurer);
        // Put two nodes where the automatic layout has others, so the rest must make room.
        NodeBox a = automatic.nodes().get(0), b = automatic.nodes().get(3);
        Map<String, GraphPoint> fixed = Map.of(a.node().id(), new GraphPoint(40, 60), b.node().id(),
                new GraphPoint(200, 60));
        LockGraphGeometry kept = LockGraphPlacement.layoutAround(graph, style, measurer, fixed);

        assertEquals(graph.nodes().size(), kept.nodes().size());
        assertEquals(40, kept.findBox(a.node().id()).orElseThrow().x(), EPS);
        assertEquals(60, kept.findBox(a.node().id()).orElseThrow().y(), EPS);
        assertEquals(200, kept.findBox(b.node().id()).orElseThrow().x(), EPS);
        assertEquals(java.util.Set.of(), LockGraphPlacement.overlapping(kept), "no node lies on another");
        for (NodeBox box : kept.nodes()) {
            assertTrue(box.maxX() <= kept.width() + EPS && box.maxY() <= kept.height() + EPS, box::toString);
        }
        // Every edge still has a route, and one that touches a placed node starts on that node's border.
        assertEquals(graph.edges().size(), kept.edges().size());
        for (EdgeRoute r : kept.edges()) {
            if (r.edge().fromId().equals(a.node().id())) {
                NodeBox from = kept.findBox(a.node().id()).orElseThrow();
                assertTrue(onBorder(from, r.start()), r + " starts on " + from);
            }
        }
    }

    @Test
    void withoutPlacedNodesItIsTheAutomaticLayout() {
        LockGraph graph = LockGraphFixtures.diamond();
        assertEquals(new LockGraphLayout(style).layout(graph, measurer),
                LockGraphPlacement.layoutAround(graph, style, measurer, Map.of("not a node", new GraphPoint(5, 5))));
    }

    @Test
    void aBlockThatFitsBesideThePlacedNodesStaysWhereTheLayoutPutIt() {
        LockGraph graph = LockGraphFixtures.diamond();
        LockGraphGeometry automatic = new LockGraphLayout(style).layout(graph, measurer);
        String far = "far";
        LockGraph more = new LockGraph(graph.title(), concat(graph.nodes(), LockNode.of(far, NodeCategory.SX)),
                graph.edges());
        LockGraphGeometry kept = LockGraphPlacement.layoutAround(more, style, measurer,
                Map.of(far, new GraphPoint(automatic.width() + 100, 10)));
        for (NodeBox box : automatic.nodes()) {
            NodeBox now = kept.findBox(box.node().id()).orElseThrow();
            assertEquals(box.x(), now.x(), EPS, box.node().id());
            assertEquals(box.y(), now.y(), EPS, box.node().id());
        }
    }

    @Test
    void straightRoutesRunBetweenTheBordersAndAnOffsetKeepsTwoDirectionsApart() {
        NodeBox a = new NodeBox(LockNode.of("a", NodeCategory.SX), 0, 0, 40, 20);
        NodeBox b = new NodeBox(LockNode.of("b", NodeCategory.SX), 100, 0, 40, 20);
        EdgeRoute ab = LockGraphPlacement.straightRoute(new LockEdge("a", "b", EdgeKind.OBSERVED_ORDER), a, b, 0);
        assertEquals(new GraphPoint(40, 10), ab.start());
        assertEquals(new GraphPoint(100, 10), ab.end());
        EdgeRoute ba = LockGraphPlacement.straightRoute(new LockEdge("b", "a", EdgeKind.REVERSAL), b, a, 4);
        EdgeRoute ab4 = LockGraphPlacement.straightRoute(new LockEdge("a", "b", EdgeKind.OBSERVED_ORDER), a, b, 4);
        assertEquals(6, ba.start().y(), EPS, "left of the way from b to a is up");
        assertEquals(14, ab4.start().y(), EPS, "left of the way from a to b is down");
    }

    @Test
    void fitMovesAnEditedDrawingIntoItsMarginsWithoutChangingDistances() {
        NodeBox a = new NodeBox(LockNode.of("a", NodeCategory.SX), -50, 300, 40, 20);
        NodeBox b = new NodeBox(LockNode.of("b", NodeCategory.SX), 100, 320, 40, 20);
        LockGraphGeometry g = LockGraphPlacement.fit("t", List.of(a, b), List.of());
        double m = LockGraphLayout.MARGIN;
        assertEquals(m, g.nodes().get(0).x(), EPS);
        assertEquals(m, g.nodes().get(0).y(), EPS);
        assertEquals(150, g.nodes().get(1).x() - g.nodes().get(0).x(), EPS);
        assertEquals(190 + 2 * m, g.width(), EPS);
        assertEquals(40 + 2 * m, g.height(), EPS);
    }

    private static boolean onBorder(NodeBox box, GraphPoint p) {
        boolean inX = p.x() >= box.x() - EPS && p.x() <= box.maxX() + EPS;
        boolean inY = p.y() >= box.y() - EPS && p.y() <= box.maxY() + EPS;
        boolean onEdge = Math.abs(p.x() - box.x()) < EPS || Math.abs(p.x() - box.maxX()) < EPS
                || Math.abs(p.y() - box.y()) < EPS || Math.abs(p.y() - box.maxY()) < EPS;
        return inX && inY && onEdge;
    }

    private static <T> List<T> concat(List<T> list, T more) {
        List<T> all = new java.util.ArrayList<>(list);
        all.add(more);
        return all;
    }
}
