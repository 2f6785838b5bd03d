package org.smpng.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a lock graph into its weakly connected components. Lock order lists are many separate chains (FreeBSD
 * 5.x has 13 paragraphs, several of which share locks), and each component is laid out and then packed on its own.
 */
final class ConnectedComponents {

    private ConnectedComponents() {
    }

    /**
     * Returns the components of a graph as subgraphs with the graph's title.
     *
     * @param graph the graph
     * @return the components, ordered by the position of their first node in the graph; inside each component
     *         nodes and edges keep the graph's order, so the split is deterministic
     */
    static List<LockGraph> of(LockGraph graph) {
        Map<String, String> parent = new HashMap<>();
        for (LockNode node : graph.nodes()) {
            parent.put(node.id(), node.id());
        }
        for (LockEdge edge : graph.edges()) {
            String a = find(parent, edge.fromId());
            String b = find(parent, edge.toId());
            if (!a.equals(b)) {
                parent.put(b, a);
            }
        }
        // A linked map keyed by representative keeps components in the order their first node appears.
        Map<String, List<LockNode>> nodes = new LinkedHashMap<>();
        for (LockNode node : graph.nodes()) {
            nodes.computeIfAbsent(find(parent, node.id()), k -> new ArrayList<>()).add(node);
        }
        Map<String, List<LockEdge>> edges = new HashMap<>();
        for (LockEdge edge : graph.edges()) {
            edges.computeIfAbsent(find(parent, edge.fromId()), k -> new ArrayList<>()).add(edge);
        }
        List<LockGraph> components = new ArrayList<>(nodes.size());
        for (Map.Entry<String, List<LockNode>> e : nodes.entrySet()) {
            components.add(new LockGraph(graph.title(), e.getValue(), edges.getOrDefault(e.getKey(), List.of())));
        }
        return components;
    }

    private static String find(Map<String, String> parent, String id) {
        String root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        // Path compression keeps later look-ups short.
        String node = id;
        while (!node.equals(root)) {
            String next = parent.get(node);
            parent.put(node, root);
            node = next;
        }
        return root;
    }
}
