package org.smpng.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.smpng.model.builtin.BuiltinModel;
import org.smpng.model.builtin.BuiltinModels;
import org.smpng.model.builtin.KernelModels;
import org.smpng.model.kernel.KernelModel;
import org.smpng.sim.witness.LockOrderRelation;

/** The compiled "must be acquired before" relation agrees with the order lists it is compiled from. */
class LockOrderRelationTest {

    private static LockOrderRelation freebsd5x;

    @BeforeAll
    static void compileFreebsd5x() throws Exception {
        freebsd5x = LockOrderRelation.of(KernelModels.load("builtin:freebsd-5x"));
    }

    static List<BuiltinModel> builtins() {
        return BuiltinModels.kernels();
    }

    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    /** Pairs from data/witness_order_lists_5x.txt, each ordered through at least one lock in between. */
    @ParameterizedTest(name = "{0} before {1}")
    @CsvSource(delimiter = '|', textBlock = """
            proctree   | sigio lock      | one chain, through allproc, Giant, filedesc structure, pipe mutex
            Giant      | session         | one chain
            proctree   | ifaddr          | first chain, Sockets (filedesc structure), Routing (so_rcv)
            Giant      | sellck          | first chain, Sockets (filedesc structure)
            tcp        | rtentry         | TCP/IP, Sockets (so_snd), Routing (so_rcv)
            udp        | if_addr_mtx     | UDP/IP, Multicast (udpinp)
            unp        | radix node head | UNIX Domain Sockets, Sockets (so_snd), Routing (so_rcv)
            nfsd_mtx   | sellck          | NFS server, Sockets (so_snd)
            system map | cdev            | CDEV
            ap boot    | tw_cl_gen_lock  | the single spin chain, first to last
            """)
    void mustPrecedeFollowsChainsTransitively(String first, String second, String via) {
        int a = index(first);
        int b = index(second);
        assertTrue(freebsd5x.mustPrecede(a, b), first + " must precede " + second + " via " + via);
        assertFalse(freebsd5x.mustPrecede(b, a), second + " must not precede " + first);
        assertTrue(freebsd5x.isReversal(b, a), "acquiring " + first + " while holding " + second + " is a reversal");
        assertFalse(freebsd5x.isReversal(a, b), "acquiring " + second + " while holding " + first + " is in order");
    }

    @ParameterizedTest(name = "{0} and {1} are unordered")
    @CsvSource(delimiter = '|', textBlock = """
            sched lock    | Giant           | the spin chain and the sleep chains never meet
            accept        | unp             | both are only before so_snd
            sellck        | ifaddr          | both are only after so_rcv
            udp           | tcp             | separate protocol chains
            bpf cdev lock | vnode interlock | BPF and CDEV chains share no lock
            """)
    void locksInUnrelatedChainsAreUnordered(String first, String second, String why) {
        int a = index(first);
        int b = index(second);
        assertFalse(freebsd5x.mustPrecede(a, b), why);
        assertFalse(freebsd5x.mustPrecede(b, a), why);
        assertFalse(freebsd5x.isReversal(a, b), why);
        assertFalse(freebsd5x.isReversal(b, a), why);
    }

    @Test
    void freebsd5xKnowsEveryChainedLockByName() {
        assertEquals(75, freebsd5x.size());
        for (int i = 0; i < freebsd5x.size(); i++) {
            assertEquals(i, freebsd5x.indexOf(freebsd5x.nameOf(i)).orElseThrow());
        }
        assertTrue(freebsd5x.indexOf("no such lock").isEmpty());
    }

    @ParameterizedTest
    @MethodSource("builtins")
    void noLockPrecedesItself(BuiltinModel builtin) throws Exception {
        LockOrderRelation relation = LockOrderRelation.of(KernelModels.load(builtin.spec()));
        for (int i = 0; i < relation.size(); i++) {
            assertFalse(relation.mustPrecede(i, i), relation.nameOf(i));
            assertFalse(relation.isReversal(i, i), relation.nameOf(i));
        }
    }

    @ParameterizedTest
    @MethodSource("builtins")
    void agreesWithDepthFirstSearchOnEveryPairOfABuiltinModel(BuiltinModel builtin) throws Exception {
        assertAgreesWithDepthFirstSearch(KernelModels.load(builtin.spec()));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void agreesWithDepthFirstSearchOnRandomAcyclicOrders(long seed) {
        assertAgreesWithDepthFirstSearch(Orders.randomAcyclic(seed));
    }

    @Test
    void onlyChainedLockTypesAreInTheRelation() throws Exception {
        LockOrderRelation head = LockOrderRelation.of(KernelModels.load("builtin:freebsd-head"));
        assertTrue(head.indexOf("bufwait").isEmpty(), "bufwait is only in blessed_list[]");
        assertTrue(head.indexOf("Giant").isPresent());
    }

    @Test
    void cyclicOrderIsRefusedShowingTheCycle() {
        KernelModel model = Orders.chains("proctree > Giant > accept", "accept > so_snd > Giant");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LockOrderRelation.of(model));
        assertTrue(e.getMessage().contains("Giant -> accept -> so_snd -> Giant"), e.getMessage());
    }

    @Test
    void lockOrderedAfterItselfIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LockOrderRelation.of(Orders.chains("a > a")));
        assertTrue(e.getMessage().contains("a -> a"), e.getMessage());
    }

    @Test
    void maximumNumberOfLockTypesIsAccepted() {
        LockOrderRelation relation = LockOrderRelation.of(Orders.longChain(LockOrderRelation.MAX_LOCK_TYPES));
        assertEquals(1536, relation.size());
        assertTrue(relation.mustPrecede(0, 1535));
        assertFalse(relation.mustPrecede(1535, 0));
    }

    @Test
    void moreThanTheMaximumNumberOfLockTypesIsRefused() {
        KernelModel model = Orders.longChain(LockOrderRelation.MAX_LOCK_TYPES + 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LockOrderRelation.of(model));
        assertTrue(e.getMessage().contains("1537 lock types"), e.getMessage());
        assertTrue(e.getMessage().contains("at most 1536"), e.getMessage());
    }

    @Test
    void nameIndexStaysRightWhenTwoLockTypesShareAName() {
        // Invalid (the validator reports the duplicate name) but loadable: the other names must still be right.
        KernelModel model = Orders.chains("a > b > c");
        model.getLockTypes().get(1).setName("a");
        LockOrderRelation relation = LockOrderRelation.of(model);
        assertEquals("c", relation.nameOf(relation.indexOf("c").orElseThrow()));
    }

    private static void assertAgreesWithDepthFirstSearch(KernelModel model) {
        LockOrderRelation relation = LockOrderRelation.of(model);
        Map<String, Set<String>> edges = Orders.edges(model);
        assertEquals(edges.size(), relation.size(), "one index per chained lock type");
        for (int a = 0; a < relation.size(); a++) {
            for (int b = 0; b < relation.size(); b++) {
                boolean expected = Orders.reachable(edges, relation.nameOf(a), relation.nameOf(b));
                String pair = relation.nameOf(a) + " -> " + relation.nameOf(b);
                assertEquals(expected, relation.mustPrecede(a, b), pair);
                assertEquals(expected, relation.isReversal(b, a), pair);
            }
        }
    }

    private static int index(String name) {
        return freebsd5x.indexOf(name).orElseThrow(() -> new AssertionError("no lock type " + name));
    }
}
