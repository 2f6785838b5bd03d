package org.smpng.graph;

import java.util.Objects;

/**
 * One lock <em>type</em> in a {@link LockGraph}. WITNESS orders lock types (names), not instances, so two
 * {@code so_snd} mutexes of different sockets are the same node.
 *
 * @param id       the key edges refer to; unique within a graph, never blank (FreeBSD uses the lock name)
 * @param label    the text drawn in the node; never {@code null}, may equal {@code id}
 * @param category the lock class, which decides the node's colour
 * @param detail   free text for tooltips (for example the {@code #ifdef} a lock is declared under); {@code null}
 *                 is stored as the empty string so renderers need not check
 */
public record LockNode(String id, String label, NodeCategory category, String detail) {

    /** Validates the components; see the record description for what must hold. */
    public LockNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(category, "category");
        if (id.isBlank()) {
            throw new IllegalArgumentException("lock node id must not be blank");
        }
        detail = detail == null ? "" : detail;
    }

    /**
     * Creates a node whose label is its id and which has no detail text, the common case for order lists.
     *
     * @param id       the lock type name
     * @param category the lock class
     * @return the new node
     */
    public static LockNode of(String id, NodeCategory category) {
        return new LockNode(id, id, category, "");
    }
}
