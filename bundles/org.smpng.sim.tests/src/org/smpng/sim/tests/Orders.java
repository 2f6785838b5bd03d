package org.smpng.sim.tests;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.smpng.model.kernel.KernelFactory;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockClass;
import org.smpng.model.kernel.LockClassKind;
import org.smpng.model.kernel.LockOrderChain;
import org.smpng.model.kernel.LockOrderEntry;
import org.smpng.model.kernel.LockType;

/**
 * Kernel models made of order chains for the relation tests, and the brute-force reachability the relation is
 * checked against: the one place the tests of this bundle build models.
 */
final class Orders {

    private Orders() {
    }

    /** Builds a model whose chains are the given lists of lock type names; every type is a sleep mutex. */
    static KernelModel chains(List<List<String>> chains) {
        KernelFactory factory = KernelFactory.eINSTANCE;
        KernelModel model = factory.createKernelModel();
        model.setName("test");
        LockClass sleep = factory.createLockClass();
        sleep.setName("sleep mutex");
        sleep.setKind(LockClassKind.SLEEP_MUTEX);
        model.getLockClasses().add(sleep);
        Map<String, LockType> types = new LinkedHashMap<>();
        for (List<String> names : chains) {
            LockOrderChain chain = factory.createLockOrderChain();
            for (String name : names) {
                LockOrderEntry entry = factory.createLockOrderEntry();
                entry.setLockType(types.computeIfAbsent(name, n -> {
                    LockType type = factory.createLockType();
                    type.setName(n);
                    type.setLockClass(sleep);
                    model.getLockTypes().add(type);
                    return type;
                }));
                chain.getEntries().add(entry);
            }
            model.getOrderChains().add(chain);
        }
        return model;
    }

    /** Builds a model from chains written as {@code "a > b > c"}. */
    static KernelModel chains(String... chains) {
        return chains(List.of(chains).stream().map(chain -> List.of(chain.split("\\s*>\\s*"))).toList());
    }

    /** Builds a model of one chain of {@code count} lock types named {@code lock0}, {@code lock1}, .... */
    static KernelModel longChain(int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add("lock" + i);
        }
        return chains(List.of(names));
    }

    /**
     * Builds a random acyclic model from {@code seed}: lock types are ranked, and each chain lists a random subset
     * of them in rank order, so no chain can close a cycle.
     */
    static KernelModel randomAcyclic(long seed) {
        Random random = new Random(seed);
        int types = 2 + random.nextInt(40);
        int chainCount = 1 + random.nextInt(12);
        List<List<String>> chains = new ArrayList<>();
        for (int c = 0; c < chainCount; c++) {
            List<String> chain = new ArrayList<>();
            for (int t = 0; t < types; t++) {
                if (random.nextInt(4) == 0) {
                    chain.add("t" + t);
                }
            }
            if (!chain.isEmpty()) {
                chains.add(chain);
            }
        }
        if (chains.isEmpty()) {
            chains.add(List.of("t0"));
        }
        return chains(chains);
    }

    /** The successors of each lock type name, read straight off the chains. */
    static Map<String, Set<String>> edges(KernelModel model) {
        Map<String, Set<String>> edges = new LinkedHashMap<>();
        for (LockOrderChain chain : model.getOrderChains()) {
            String previous = null;
            for (LockOrderEntry entry : chain.getEntries()) {
                String name = entry.getLockType().getName();
                edges.computeIfAbsent(name, n -> new LinkedHashSet<>());
                if (previous != null) {
                    edges.get(previous).add(name);
                }
                previous = name;
            }
        }
        return edges;
    }

    /** Whether a path of one or more edges leads from {@code from} to {@code to}, by depth-first search. */
    static boolean reachable(Map<String, Set<String>> edges, String from, String to) {
        Set<String> seen = new HashSet<>();
        Deque<String> stack = new ArrayDeque<>(edges.getOrDefault(from, Set.of()));
        while (!stack.isEmpty()) {
            String node = stack.pop();
            if (node.equals(to)) {
                return true;
            }
            if (seen.add(node)) {
                stack.addAll(edges.getOrDefault(node, Set.of()));
            }
        }
        return false;
    }
}
