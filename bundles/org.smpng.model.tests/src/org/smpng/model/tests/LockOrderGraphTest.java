package org.smpng.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.kernel.KernelFactory;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockClassKind;
import org.smpng.model.kernel.LockOrderChain;
import org.smpng.model.kernel.LockType;
import org.smpng.model.kernel.support.LockOrderGraph;

/** The static lock-order graph: edges, cycles, a topological order and chain names for messages. */
class LockOrderGraphTest {

    @Test
    void consecutiveEntriesBecomeEdges() {
        KernelModel model = Models.named("m").chain("Giant", "filedesc structure", "accept")
                .chain("filedesc structure", "so_snd").build();
        LockOrderGraph graph = LockOrderGraph.of(model);
        assertEquals(List.of("filedesc structure"), successors(graph, model, "Giant"));
        assertEquals(List.of("accept", "so_snd"), successors(graph, model, "filedesc structure"));
        assertEquals(List.of(), successors(graph, model, "accept"), "the last entry has no successor");
    }

    @Test
    void nonConsecutiveEntriesAreNotEdges() {
        KernelModel model = Models.named("m").chain("a", "b", "c").build();
        LockOrderGraph graph = LockOrderGraph.of(model);
        assertEquals(List.of("b"), successors(graph, model, "a"), "a -> c only follows through b");
    }

    @Test
    void lockTypesAreThoseInChainsInFirstAppearanceOrder() {
        KernelModel model = Models.named("m").lock("unchained", LockClassKind.SX)
                .chain("b", "a").chain("single").chain("a", "c").build();
        assertEquals(List.of("b", "a", "single", "c"), Models.names(LockOrderGraph.of(model).lockTypes()));
    }

    @Test
    void entriesWithoutLockTypeAreSkipped() {
        KernelModel model = Models.named("m").chain("a", "b", "c").build();
        model.getOrderChains().get(0).getEntries().get(1).setLockType(null);
        LockOrderGraph graph = LockOrderGraph.of(model);
        assertEquals(List.of("c"), successors(graph, model, "a"));
        assertEquals(List.of("a", "c"), Models.names(graph.lockTypes()));
    }

    @Test
    void acyclicGraphHasNoCycles() {
        KernelModel model = Models.named("m").chain("a", "b", "c").chain("a", "c").build();
        assertEquals(List.of(), LockOrderGraph.of(model).cycles());
    }

    @Test
    void cycleIsReportedOnceFromItsFirstLock() {
        KernelModel model = Models.named("m").chain("x", "a", "b", "c").chain("c", "a").build();
        List<List<LockType>> cycles = LockOrderGraph.of(model).cycles();
        assertEquals(1, cycles.size());
        assertEquals(List.of("a", "b", "c"), Models.names(cycles.get(0)));
    }

    @Test
    void cycleIsTheShortestThroughItsFirstLock() {
        KernelModel model = Models.named("m").chain("a", "b", "c", "d", "a").chain("b", "a").build();
        assertEquals(List.of(List.of("a", "b")),
                LockOrderGraph.of(model).cycles().stream().map(Models::names).toList());
    }

    @Test
    void lockRepeatedNextToItselfIsACycleOfOne() {
        KernelModel model = Models.named("m").chain("a", "a").build();
        assertEquals(List.of(List.of("a")), LockOrderGraph.of(model).cycles().stream().map(Models::names).toList());
    }

    @Test
    void topologicalOrderPutsEveryLockBeforeItsSuccessors() throws Exception {
        KernelModel model = KernelModels.load("builtin:freebsd-head");
        LockOrderGraph graph = LockOrderGraph.of(model);
        List<LockType> order = graph.topologicalOrder();
        assertEquals(graph.lockTypes().size(), order.size());
        assertEquals(graph.lockTypes(), new HashSet<>(order));
        for (LockType from : order) {
            for (LockType to : graph.successors(from)) {
                assertTrue(order.indexOf(from) < order.indexOf(to), from.getName() + " -> " + to.getName());
            }
        }
    }

    @Test
    void topologicalOrderKeepsFirstAppearanceForTies() {
        KernelModel model = Models.named("m").chain("c", "d").chain("a").chain("b", "d").build();
        assertEquals(List.of("c", "a", "b", "d"), Models.names(LockOrderGraph.of(model).topologicalOrder()));
    }

    @Test
    void topologicalOrderOfACycleIsRefused() {
        KernelModel model = Models.named("m").chain("a", "b").chain("b", "a").build();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LockOrderGraph.of(model).topologicalOrder());
        assertTrue(e.getMessage().contains("cycle"), e.getMessage());
    }

    @Test
    void describeQuotesTheLabel() {
        KernelModel model = Models.named("m").labelledChain("Sockets", "accept", "so_snd").build();
        assertEquals("\"Sockets\"", LockOrderGraph.describe(model.getOrderChains().get(0)));
    }

    @Test
    void describeNumbersUnlabelledChainsFromOne() {
        KernelModel model = Models.named("m").labelledChain("first", "a").chain("b").labelledChain("  ", "c")
                .build();
        assertEquals("#2", LockOrderGraph.describe(model.getOrderChains().get(1)));
        assertEquals("#3", LockOrderGraph.describe(model.getOrderChains().get(2)), "a blank label is no label");
    }

    @Test
    void describeOfAChainOutsideAModel() {
        LockOrderChain chain = KernelFactory.eINSTANCE.createLockOrderChain();
        assertEquals("(unlabelled)", LockOrderGraph.describe(chain));
    }

    @Test
    void graphIsASnapshot() {
        KernelModel model = Models.named("m").chain("a", "b").build();
        LockOrderGraph graph = LockOrderGraph.of(model);
        model.getOrderChains().clear();
        assertEquals(List.of("b"), successors(graph, model, "a"));
    }

    private static List<String> successors(LockOrderGraph graph, KernelModel model, String name) {
        return Models.names(graph.successors(Models.type(model, name)));
    }
}
