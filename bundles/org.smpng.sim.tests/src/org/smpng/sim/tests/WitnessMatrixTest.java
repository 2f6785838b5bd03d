package org.smpng.sim.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.smpng.sim.witness.Witness;
import org.smpng.sim.witness.WitnessEra;
import org.smpng.sim.witness.WitnessMatrix;

/** The relationship matrix stays transitively closed on insert, refuses cycles, and holds WITNESS_COUNT types. */
class WitnessMatrixTest {

    @Test
    void chainOfAllWitnessCountTypesIsClosedTransitively() {
        int n = WitnessMatrix.WITNESS_COUNT;
        assertEquals(1536, n, "FreeBSD's default WITNESS_COUNT");
        WitnessMatrix m = new WitnessMatrix(n);
        for (int i = 1; i < n; i++) {
            assertTrue(m.addEdge(i - 1, i));
        }
        assertTrue(m.isDescendant(0, n - 1));
        assertTrue(m.isDescendant(700, 701));
        assertFalse(m.isDescendant(n - 1, 0));
        assertFalse(m.isChild(0, 2), "only direct edges are children");
        assertFalse(m.addEdge(n - 1, 0), "the edge closing the cycle is refused");
        assertFalse(m.isDescendant(n - 1, 0), "and changes nothing");
        assertEquals(n - 1, m.edgeCount());
        assertArrayEquals(IntStream.range(10, 21).toArray(), m.path(10, 20));
    }

    @Test
    void capacityBeyondWitnessCountIsRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new WitnessMatrix(1537));
        assertTrue(e.getMessage().contains("WITNESS_COUNT"), e.getMessage());
    }

    @Test
    void witnessEnrollsWitnessCountTypesAndRefusesOneMore() {
        List<String> chain = new ArrayList<>();
        for (int i = 0; i < WitnessMatrix.WITNESS_COUNT; i++) {
            chain.add("lock" + i);
        }
        Witness w = Witness.forChains(List.of(chain), Witness.Options.of(WitnessEra.MODERN));
        assertEquals(1536, w.lockTypeCount());
        assertEquals(1535, w.edgeCount());
        List<String> more = new ArrayList<>(chain);
        more.add("one too many");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Witness.forChains(List.of(more), Witness.Options.of(WitnessEra.MODERN)));
        assertEquals("more than 1536 lock types (WITNESS_COUNT); cannot enroll 'one too many'", e.getMessage());
    }

    @Test
    void cyclicStaticOrderIsRefusedNamingTheLocks() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Witness.forChains(
                List.of(List.of("A", "B", "C"), List.of("C", "A")), Witness.Options.of(WitnessEra.MODERN)));
        assertEquals("the static lock order has a cycle: A is ordered before C and after it", e.getMessage());
    }

    /** Random DAG inserts in random order agree with a breadth-first search after every insert. */
    @Test
    void closureAgreesWithBreadthFirstSearchOnRandomGraphs() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            int n = 40 + random.nextInt(60);
            WitnessMatrix m = new WitnessMatrix(n);
            List<BitSet> adjacency = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                adjacency.add(new BitSet());
            }
            for (int k = 0; k < 3 * n; k++) {
                int a = random.nextInt(n), b = random.nextInt(n);
                boolean cycle = a == b || reaches(adjacency, b, a);
                assertEquals(!cycle, m.addEdge(a, b), "seed " + seed + " edge " + a + "->" + b);
                if (!cycle) {
                    adjacency.get(a).set(b);
                }
            }
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    assertEquals(a != b && reaches(adjacency, a, b), m.isDescendant(a, b), "seed " + seed);
                    int[] path = m.path(a, b);
                    if (m.isDescendant(a, b)) {
                        for (int i = 1; i < path.length; i++) {
                            assertTrue(m.isChild(path[i - 1], path[i]));
                        }
                        assertEquals(b, path[path.length - 1]);
                    }
                }
            }
        }
    }

    private static boolean reaches(List<BitSet> adjacency, int from, int to) {
        Deque<Integer> pending = new ArrayDeque<>(List.of(from));
        BitSet seen = new BitSet();
        while (!pending.isEmpty()) {
            int x = pending.pop();
            for (int y = adjacency.get(x).nextSetBit(0); y >= 0; y = adjacency.get(x).nextSetBit(y + 1)) {
                if (y == to) {
                    return true;
                }
                if (!seen.get(y)) {
                    seen.set(y);
                    pending.push(y);
                }
            }
        }
        return false;
    }
}
