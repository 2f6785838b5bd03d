package org.smpng.graph;

import java.util.Objects;

/**
 * A directed lock-order edge: the lock {@code fromId} is acquired before the lock {@code toId}.
 *
 * <p>Self loops are rejected here rather than silently dropped by a layout: a lock ordered before itself is
 * recursion, which WITNESS reports through a different check, and a picture of it would only mislead.
 *
 * @param fromId the id of the lock acquired first
 * @param toId   the id of the lock acquired while {@code fromId} is held
 * @param kind   why the edge exists
 */
public record LockEdge(String fromId, String toId, EdgeKind kind) {

    /** Validates the components: all non-null, and {@code fromId} differs from {@code toId}. */
    public LockEdge {
        Objects.requireNonNull(fromId, "fromId");
        Objects.requireNonNull(toId, "toId");
        Objects.requireNonNull(kind, "kind");
        if (fromId.equals(toId)) {
            throw new IllegalArgumentException("self loop on lock '" + fromId + "' is not a lock order");
        }
    }

    /**
     * Creates an edge of kind {@link EdgeKind#DECLARED_ORDER}.
     *
     * @param fromId the lock acquired first
     * @param toId   the lock acquired second
     * @return the new edge
     */
    public static LockEdge declared(String fromId, String toId) {
        return new LockEdge(fromId, toId, EdgeKind.DECLARED_ORDER);
    }
}
