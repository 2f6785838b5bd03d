package org.smpng.graph.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.smpng.graph.AwtTextMeasurer;
import org.smpng.graph.EdgeRoute;
import org.smpng.graph.GraphPoint;
import org.smpng.graph.LockEdge;
import org.smpng.graph.LockGraph;
import org.smpng.graph.LockGraphGeometry;
import org.smpng.graph.LockGraphLayout;
import org.smpng.graph.LockGraphStyle;
import org.smpng.graph.LockNode;
import org.smpng.graph.NodeBox;
import org.smpng.graph.NodeCategory;
import org.smpng.graph.TextMeasurer;

/** What {@link LockGraphLayout} promises in its class comment, checked on small and FreeBSD-sized graphs. */
class LockGraphLayoutTest {

    /** ELK computes in doubles; points it puts on a border may be off by rounding. */
    private static final double EPS = 1e-3;

    private final LockGraphStyle style = LockGraphStyle.standard();
    private final LockGraphLayout layout = new LockGraphLayout(style);
    private final TextMeasurer measurer = LockGraphFixtures.fixedWidthMeasurer();

    @Test
    void nodesDoNotOverlap() {
        for (LockGraph g : List.of(LockGraphFixtures.diamond(), LockGraphFixtures.disconnected(),
                LockGraphFixtures.witnessShaped())) {
            List<NodeBox> boxes = layout.layout(g, measurer).nodes();
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertFalse(overlap(boxes.get(i), boxes.get(j)),
                            g.title() + ": " + boxes.get(i) + " overlaps " + boxes.get(j));
                }
            }
        }
    }

    @Test
    void everythingLiesInsideTheDrawingWithItsMargin() {
        LockGraphGeometry geo = layout.layout(LockGraphFixtures.witnessShaped(), measurer);
        for (NodeBox b : geo.nodes()) {
            assertTrue(b.x() >= LockGraphLayout.MARGIN - EPS && b.y() >= LockGraphLayout.MARGIN - EPS, b::toString);
            assertTrue(b.maxX() <= geo.width() - LockGraphLayout.MARGIN + EPS, b::toString);
            assertTrue(b.maxY() <= geo.height() - LockGraphLayout.MARGIN + EPS, b::toString);
        }
        for (EdgeRoute r : geo.edges()) {
            for (GraphPoint p : r.points()) {
                assertTrue(p.x() >= 0 && p.x() <= geo.width() && p.y() >= 0 && p.y() <= geo.height(),
                        () -> r.edge() + " leaves the drawing at " + p);
            }
        }
    }

    @Test
    void edgesLeaveTheSourceBottomAndEnterTheTargetTop() {
        for (LockGraph g : List.of(LockGraphFixtures.diamond(), LockGraphFixtures.disconnected(),
                LockGraphFixtures.witnessShaped())) {
            LockGraphGeometry geo = layout.layout(g, measurer);
            for (EdgeRoute r : geo.edges()) {
                NodeBox source = geo.findBox(r.edge().fromId()).orElseThrow();
                NodeBox target = geo.findBox(r.edge().toId()).orElseThrow();
                assertOnHorizontalSide(source, source.maxY(), r.start(), r.edge() + " start");
                assertOnHorizontalSide(target, target.y(), r.end(), r.edge() + " end");
            }
        }
    }

    @Test
    void edgesPointDownwardInAnUnwrappedAcyclicGraph() {
        LockGraphGeometry geo = layout.layout(LockGraphFixtures.diamond(), measurer);
        for (EdgeRoute r : geo.edges()) {
            NodeBox source = geo.findBox(r.edge().fromId()).orElseThrow();
            NodeBox target = geo.findBox(r.edge().toId()).orElseThrow();
            assertTrue(target.y() > source.maxY(), () -> r.edge() + " does not point down");
        }
        // The join lock is below both branches, which are below the fork: three ranks.
        NodeBox fork = geo.findBox("filedesc structure").orElseThrow();
        NodeBox join = geo.findBox("so_snd").orElseThrow();
        assertEquals(geo.findBox("accept").orElseThrow().y(), geo.findBox("pipe mutex").orElseThrow().y(), EPS);
        assertTrue(fork.maxY() < geo.findBox("accept").orElseThrow().y());
        assertTrue(geo.findBox("accept").orElseThrow().maxY() < join.y());
    }

    @Test
    void onlyTheLongSpinChainIsWrappedAndItContinuesToTheRight() {
        LockGraphGeometry geo = layout.layout(LockGraphFixtures.witnessShaped(), measurer);
        double chainTop = geo.nodes().stream().filter(b -> b.node().category() == NodeCategory.SPIN_MUTEX)
                .mapToDouble(NodeBox::y).min().orElseThrow();
        int wraps = 0;
        for (EdgeRoute r : geo.edges()) {
            NodeBox source = geo.findBox(r.edge().fromId()).orElseThrow();
            NodeBox target = geo.findBox(r.edge().toId()).orElseThrow();
            if (target.y() > source.maxY()) {
                continue;
            }
            // An edge that does not point down must be a wrap of the 36-lock chain: the chain resumes at the top
            // of the next column to the right. Short chains are never folded.
            wraps++;
            assertSame(NodeCategory.SPIN_MUTEX, source.node().category(), () -> r.edge() + " was wrapped");
            assertTrue(target.x() >= source.maxX(), () -> r.edge() + " goes up but not to a column on the right");
            assertEquals(chainTop, target.y(), EPS, () -> r.edge() + " does not resume at the top of the chain");
        }
        assertTrue(wraps >= 1 && wraps <= 5, wraps + " wraps of the 36 spin locks");
    }

    @Test
    void layoutIsDeterministic() {
        LockGraph g = LockGraphFixtures.witnessShaped();
        LockGraphGeometry first = layout.layout(g, measurer);
        assertEquals(first, layout.layout(g, measurer));
        assertEquals(first, new LockGraphLayout(style).layout(LockGraphFixtures.witnessShaped(), measurer));
    }

    @Test
    void concurrentLayoutsAgree() throws Exception {
        LockGraph g = LockGraphFixtures.witnessShaped();
        LockGraphGeometry expected = layout.layout(g, measurer);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<LockGraphGeometry>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> new LockGraphLayout(style).layout(g, measurer)));
            }
            for (Future<LockGraphGeometry> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void freeBsdSizedGraphIsNeitherTallNorFlat() {
        LockGraphGeometry geo = layout.layout(LockGraphFixtures.witnessShaped(), measurer);
        double aspect = geo.width() / geo.height();
        assertTrue(aspect >= 0.8 && aspect <= 3.0, "aspect ratio " + aspect);
    }

    @Test
    void freeBsdSizedGraphWithRealFontMetricsIsNeitherTallNorFlat() {
        LockGraphGeometry geo = layout.layout(LockGraphFixtures.witnessShaped(), new AwtTextMeasurer(style));
        double aspect = geo.width() / geo.height();
        assertTrue(aspect >= 0.8 && aspect <= 3.0, "aspect ratio " + aspect);
    }

    @Test
    void disconnectedComponentsAreKeptApart() {
        LockGraphGeometry geo = layout.layout(LockGraphFixtures.disconnected(), measurer);
        assertEquals(7, geo.nodes().size());
        // A lone lock must not sit inside the bounding box of another component.
        NodeBox lone = geo.findBox("sched lock").orElseThrow();
        for (List<String> component : List.of(List.of("slip_mtx", "slip sc_mtx", "ifaddr"),
                List.of("proctree", "allproc", "process group"))) {
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (String id : component) {
                NodeBox b = geo.findBox(id).orElseThrow();
                minX = Math.min(minX, b.x());
                minY = Math.min(minY, b.y());
                maxX = Math.max(maxX, b.maxX());
                maxY = Math.max(maxY, b.maxY());
            }
            boolean inside = lone.maxX() > minX && lone.x() < maxX && lone.maxY() > minY && lone.y() < maxY;
            assertFalse(inside, "lone lock inside component " + component);
        }
    }

    @Test
    void emptyGraphGivesSmallNonZeroDrawing() {
        LockGraphGeometry geo = layout.layout(new LockGraph("empty", List.of(), List.of()), measurer);
        assertTrue(geo.width() > 0 && geo.height() > 0);
        assertTrue(geo.width() <= 2 * LockGraphLayout.MARGIN + EPS && geo.height() <= 2 * LockGraphLayout.MARGIN + EPS);
        assertTrue(geo.nodes().isEmpty() && geo.edges().isEmpty());
        assertEquals("empty", geo.title());
    }

    @Test
    void cyclicGraphIsLaidOut() {
        LockGraph g = new LockGraph("reversal",
                List.of(LockNode.of("vnode interlock", NodeCategory.SLEEP_MUTEX),
                        LockNode.of("vm page queue mutex", NodeCategory.SLEEP_MUTEX)),
                List.of(LockEdge.declared("vnode interlock", "vm page queue mutex"),
                        LockEdge.declared("vm page queue mutex", "vnode interlock")));
        LockGraphGeometry geo = layout.layout(g, measurer);
        assertEquals(2, geo.edges().size());
        assertFalse(overlap(geo.nodes().get(0), geo.nodes().get(1)));
    }

    @Test
    void resultKeepsTheGraphsOrder() {
        LockGraph g = LockGraphFixtures.witnessShaped();
        LockGraphGeometry geo = layout.layout(g, measurer);
        for (int i = 0; i < g.nodes().size(); i++) {
            assertSame(g.nodes().get(i), geo.nodes().get(i).node());
        }
        for (int i = 0; i < g.edges().size(); i++) {
            assertSame(g.edges().get(i), geo.edges().get(i).edge());
        }
    }

    @Test
    void nodeSizeIsLabelPlusPadding() {
        LockGraph g = LockGraphFixtures.graph("sizes").chain(NodeCategory.SPIN_MUTEX, "cy", "entropy harvest mutex")
                .build();
        LockGraphGeometry geo = layout.layout(g, measurer);
        NodeBox wide = geo.findBox("entropy harvest mutex").orElseThrow();
        assertEquals(7.0 * "entropy harvest mutex".length() + 2 * style.nodePaddingX(), wide.width(), 1.0);
        assertEquals(15 + 2 * style.nodePaddingY(), wide.height(), 1.0);
        // A two-letter name still gets a box wide enough to read and to click.
        assertEquals(style.minNodeWidth(), geo.findBox("cy").orElseThrow().width(), EPS);
    }

    @Test
    void nullArgumentsAreRejected() {
        assertThrows(NullPointerException.class, () -> layout.layout(null, measurer));
        assertThrows(NullPointerException.class, () -> layout.layout(LockGraphFixtures.diamond(), null));
    }

    private static boolean overlap(NodeBox a, NodeBox b) {
        return a.x() < b.maxX() && b.x() < a.maxX() && a.y() < b.maxY() && b.y() < a.maxY();
    }

    private static void assertOnHorizontalSide(NodeBox box, double sideY, GraphPoint p, String what) {
        assertEquals(sideY, p.y(), EPS, what + " is not on the expected side of " + box.node().id());
        assertTrue(p.x() >= box.x() - EPS && p.x() <= box.maxX() + EPS, what + " lies beside " + box.node().id());
    }
}
