package org.smpng.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable lock-order graph: lock types as nodes, "acquired before" pairs as edges. It is the neutral input
 * of {@link LockGraphLayout} and knows nothing of EMF, ELK or any toolkit.
 *
 * <p>What holds for every instance: node ids are unique; every edge's endpoints name nodes of this graph; no
 * edge occurs twice (same endpoints and kind); the lists keep the caller's order, which layouts use to break ties,
 * so the same input always gives the same picture. The graph may be disconnected and may contain cycles (a lock
 * order reversal is a cycle).
 *
 * @param title a caption for renderers, never {@code null}
 * @param nodes the lock types, in a stable order
 * @param edges the order pairs, in a stable order
 */
public record LockGraph(String title, List<LockNode> nodes, List<LockEdge> edges) {

    /** Copies the lists and checks the invariants listed in the record description. */
    public LockGraph {
        Objects.requireNonNull(title, "title");
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        Set<String> ids = new HashSet<>();
        for (LockNode node : nodes) {
            if (!ids.add(node.id())) {
                throw new IllegalArgumentException("duplicate lock node id '" + node.id() + "'");
            }
        }
        Set<LockEdge> seen = new HashSet<>();
        for (LockEdge edge : edges) {
            requireKnown(ids, edge.fromId(), edge);
            requireKnown(ids, edge.toId(), edge);
            if (!seen.add(edge)) {
                throw new IllegalArgumentException("duplicate lock edge " + edge);
            }
        }
    }

    private static void requireKnown(Set<String> ids, String id, LockEdge edge) {
        if (!ids.contains(id)) {
            throw new IllegalArgumentException("edge " + edge.fromId() + " -> " + edge.toId()
                    + " refers to unknown lock node '" + id + "'");
        }
    }

    /**
     * Looks a node up by id; graphs are small (FreeBSD's lists have under a hundred entries), so a scan is fine.
     *
     * @param id the node id
     * @return the node, or empty if this graph has none with that id
     */
    public Optional<LockNode> findNode(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }
}
