package org.smpng.model.kernel.support;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockOrderChain;
import org.smpng.model.kernel.LockOrderEntry;
import org.smpng.model.kernel.LockType;

/**
 * The static lock-order graph that a kernel model declares: an edge A -> B for every two consecutive entries of an
 * order chain, the way witness_initialize() in FreeBSD's subr_witness.c makes each order_lists[] entry a child of
 * the one before it.
 *
 * <p>Preprocessor conditions on entries are ignored, so the graph is the union over all kernel configurations;
 * the order lists have to be consistent in every configuration, so this union must be acyclic too. Entries whose
 * lock type is unset are skipped (the validator reports them as missing references).
 *
 * <p>Nodes and successors are kept in the order they first appear in the model, so every query answers the same
 * way for the same model. The graph is a snapshot: it does not follow later changes to the model.
 */
public final class LockOrderGraph {

    /** Successors of each lock type, both in first-appearance order. */
    private final Map<LockType, Set<LockType>> successors = new LinkedHashMap<>();

    private LockOrderGraph() {
    }

    /** Builds the graph of all order chains of {@code model}. */
    public static LockOrderGraph of(KernelModel model) {
        LockOrderGraph graph = new LockOrderGraph();
        for (LockOrderChain chain : model.getOrderChains()) {
            LockType previous = null;
            for (LockOrderEntry entry : chain.getEntries()) {
                LockType current = entry.getLockType();
                if (current == null) {
                    continue;
                }
                graph.successors.computeIfAbsent(current, k -> new LinkedHashSet<>());
                if (previous != null) {
                    graph.successors.get(previous).add(current);
                }
                previous = current;
            }
        }
        return graph;
    }

    /**
     * Names a chain for messages: its label in quotes, or for an unlabelled chain its 1-based position in the
     * model ("#3"), since many order_lists[] chains have no comment in the source.
     */
    public static String describe(LockOrderChain chain) {
        if (chain.getLabel() != null && !chain.getLabel().isBlank()) {
            return "\"" + chain.getLabel() + "\"";
        }
        return chain.eContainer() instanceof KernelModel model
                ? "#" + (model.getOrderChains().indexOf(chain) + 1)
                : "(unlabelled)";
    }

    /** The lock types that appear in some chain, in first-appearance order. */
    public Set<LockType> lockTypes() {
        return Collections.unmodifiableSet(successors.keySet());
    }

    /** The lock types that the order lists say must be acquired directly after {@code lockType}. */
    public Set<LockType> successors(LockType lockType) {
        return Collections.unmodifiableSet(successors.getOrDefault(lockType, Set.of()));
    }

    /**
     * Returns whether the order lists put {@code to} after {@code from}, directly or through other lock types
     * (breadth-first search; a lock type does not reach itself unless a cycle leads back to it).
     */
    public boolean reaches(LockType from, LockType to) {
        Deque<LockType> pending = new ArrayDeque<>(successors(from));
        Set<LockType> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            LockType type = pending.remove();
            if (type == to) {
                return true;
            }
            if (seen.add(type)) {
                pending.addAll(successors(type));
            }
        }
        return false;
    }

    /**
     * Returns every lock type such that each comes before all that the order lists put after it (Kahn's
     * algorithm; ties keep first-appearance order, so the result is the same for the same model).
     *
     * @throws IllegalStateException if the graph has a cycle, which has no such order; see {@link #cycles()}
     */
    public List<LockType> topologicalOrder() {
        Map<LockType, Integer> indegree = new HashMap<>();
        successors.keySet().forEach(type -> indegree.put(type, 0));
        successors.values().forEach(next -> next.forEach(type -> indegree.merge(type, 1, Integer::sum)));
        Deque<LockType> ready = new ArrayDeque<>();
        successors.keySet().stream().filter(type -> indegree.get(type) == 0).forEach(ready::add);
        List<LockType> order = new ArrayList<>(successors.size());
        while (!ready.isEmpty()) {
            LockType type = ready.remove();
            order.add(type);
            for (LockType next : successors.get(type)) {
                if (indegree.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        if (order.size() != successors.size()) {
            throw new IllegalStateException("the lock order has a cycle, so it has no topological order");
        }
        return order;
    }

    /**
     * Finds the cycles of the graph: one shortest cycle through the first lock type (in model order) of every
     * strongly connected component that has a cycle. Each cycle is returned as the list of lock types along it,
     * without repeating the first one at the end; a lock type ordered after itself gives a cycle of one.
     */
    public List<List<LockType>> cycles() {
        List<List<LockType>> cycles = new ArrayList<>();
        for (Set<LockType> component : stronglyConnectedComponents()) {
            LockType start = component.iterator().next();
            if (component.size() > 1 || successors(start).contains(start)) {
                cycles.add(shortestCycleThrough(start, component));
            }
        }
        return cycles;
    }

    /**
     * Breadth-first search from {@code start} inside {@code component} for the nearest lock type with an edge back
     * to {@code start}; the component is strongly connected, so one exists.
     */
    private List<LockType> shortestCycleThrough(LockType start, Set<LockType> component) {
        Map<LockType, LockType> parent = new HashMap<>();
        Deque<LockType> queue = new ArrayDeque<>();
        parent.put(start, start);
        queue.add(start);
        while (!queue.isEmpty()) {
            LockType node = queue.remove();
            for (LockType next : successors(node)) {
                if (next == start) {
                    List<LockType> cycle = new ArrayList<>();
                    for (LockType n = node; n != start; n = parent.get(n)) {
                        cycle.add(n);
                    }
                    cycle.add(start);
                    Collections.reverse(cycle);
                    return cycle;
                }
                if (component.contains(next) && !parent.containsKey(next)) {
                    parent.put(next, node);
                    queue.add(next);
                }
            }
        }
        throw new IllegalStateException("not a strongly connected component");
    }

    /**
     * Tarjan's algorithm, iteratively so that a long chain cannot overflow the stack. The components, and the
     * members of each, are returned in first-appearance order.
     */
    private List<Set<LockType>> stronglyConnectedComponents() {
        Map<LockType, Integer> index = new HashMap<>();
        Map<LockType, Integer> lowLink = new HashMap<>();
        Deque<LockType> stack = new ArrayDeque<>();
        Set<LockType> onStack = new LinkedHashSet<>();
        List<Set<LockType>> components = new ArrayList<>();
        List<LockType> order = new ArrayList<>(successors.keySet());

        for (LockType root : order) {
            if (index.containsKey(root)) {
                continue;
            }
            // Each frame is a node and the iterator over its successors still to visit.
            Deque<Map.Entry<LockType, Iterator<LockType>>> frames = new ArrayDeque<>();
            visit(root, index, lowLink, stack, onStack);
            frames.push(Map.entry(root, successors(root).iterator()));
            while (!frames.isEmpty()) {
                LockType node = frames.peek().getKey();
                Iterator<LockType> pending = frames.peek().getValue();
                if (pending.hasNext()) {
                    LockType next = pending.next();
                    if (!index.containsKey(next)) {
                        visit(next, index, lowLink, stack, onStack);
                        frames.push(Map.entry(next, successors(next).iterator()));
                    } else if (onStack.contains(next)) {
                        lowLink.put(node, Math.min(lowLink.get(node), index.get(next)));
                    }
                    continue;
                }
                frames.pop();
                if (!frames.isEmpty()) {
                    LockType caller = frames.peek().getKey();
                    lowLink.put(caller, Math.min(lowLink.get(caller), lowLink.get(node)));
                }
                if (lowLink.get(node).equals(index.get(node))) {
                    Set<LockType> members = new LinkedHashSet<>();
                    LockType member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        members.add(member);
                    } while (member != node);
                    Set<LockType> component = new LinkedHashSet<>();
                    for (LockType lockType : order) {
                        if (members.contains(lockType)) {
                            component.add(lockType);
                        }
                    }
                    components.add(component);
                }
            }
        }
        components.sort(Comparator.comparingInt(component -> order.indexOf(component.iterator().next())));
        return components;
    }

    private static void visit(LockType node, Map<LockType, Integer> index, Map<LockType, Integer> lowLink,
            Deque<LockType> stack, Set<LockType> onStack) {
        int next = index.size();
        index.put(node, next);
        lowLink.put(node, next);
        stack.push(node);
        onStack.add(node);
    }
}
