package org.smpng.graph.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smpng.graph.EdgeKind;
import org.smpng.graph.LockEdge;
import org.smpng.graph.LockGraph;
import org.smpng.graph.LockNode;
import org.smpng.graph.NodeCategory;

/** The invariants the graph model promises in its constructors. */
class LockGraphTest {

    private static final LockNode A = LockNode.of("a", NodeCategory.SLEEP_MUTEX);
    private static final LockNode B = LockNode.of("b", NodeCategory.SPIN_MUTEX);

    @Test
    void edgeToUnknownNodeIsRejectedNamingTheId() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LockGraph("t", List.of(A), List.of(LockEdge.declared("a", "ghost lock"))));
        assertTrue(e.getMessage().contains("'ghost lock'"), e.getMessage());
    }

    @Test
    void edgeFromUnknownNodeIsRejectedNamingTheId() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LockGraph("t", List.of(A), List.of(LockEdge.declared("nobody", "a"))));
        assertTrue(e.getMessage().contains("'nobody'"), e.getMessage());
    }

    @Test
    void duplicateNodeIdIsRejected() {
        LockNode sameIdOtherCategory = LockNode.of("a", NodeCategory.SX);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LockGraph("t", List.of(A, sameIdOtherCategory), List.of()));
        assertTrue(e.getMessage().contains("'a'"), e.getMessage());
    }

    @Test
    void duplicateEdgeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new LockGraph("t", List.of(A, B),
                List.of(LockEdge.declared("a", "b"), LockEdge.declared("a", "b"))));
    }

    @Test
    void oppositeEdgesAreAllowedBecauseAReversalIsACycle() {
        LockGraph g = new LockGraph("t", List.of(A, B),
                List.of(LockEdge.declared("a", "b"), LockEdge.declared("b", "a")));
        assertEquals(2, g.edges().size());
    }

    @Test
    void selfLoopIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new LockEdge("a", "a", EdgeKind.DECLARED_ORDER));
    }

    @Test
    void blankIdIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> LockNode.of("  ", NodeCategory.OTHER));
    }

    @Test
    void nullComponentsAreRejected() {
        assertThrows(NullPointerException.class, () -> new LockNode("a", null, NodeCategory.SX, ""));
        assertThrows(NullPointerException.class, () -> new LockNode("a", "a", null, ""));
        assertThrows(NullPointerException.class, () -> new LockEdge("a", "b", null));
        assertThrows(NullPointerException.class, () -> new LockGraph(null, List.of(), List.of()));
    }

    @Test
    void missingDetailBecomesEmpty() {
        assertEquals("", new LockNode("a", "a", NodeCategory.SX, null).detail());
    }

    @Test
    void graphIsACopyOfTheCallersLists() {
        List<LockNode> nodes = new ArrayList<>(List.of(A));
        LockGraph g = new LockGraph("t", nodes, List.of());
        nodes.add(B);
        assertEquals(List.of(A), g.nodes());
        assertThrows(UnsupportedOperationException.class, () -> g.nodes().add(B));
    }

    @Test
    void findNodeLooksUpById() {
        LockGraph g = new LockGraph("t", List.of(A, B), List.of());
        assertEquals(B, g.findNode("b").orElseThrow());
        assertTrue(g.findNode("c").isEmpty());
    }

    @Test
    void witnessShapedFixtureHasTheShapeOfTheRealLists() {
        LockGraph g = LockGraphFixtures.witnessShaped();
        assertEquals(82, g.nodes().size());
        // 13 chains of 82 locks in all have 82 - 13 edges.
        assertEquals(69, g.edges().size());
        assertEquals(36, g.nodes().stream().filter(n -> n.category() == NodeCategory.SPIN_MUTEX).count());
    }
}
