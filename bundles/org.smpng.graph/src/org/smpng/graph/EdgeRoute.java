package org.smpng.graph;

import java.util.List;
import java.util.Objects;

/**
 * The drawn path of one lock-order edge: a polyline from a point on the source node's border through its bend
 * points to a point on the target node's border, where the arrow head goes.
 *
 * @param edge   the lock edge this route draws
 * @param points start point, bend points and end point; at least two
 */
public record EdgeRoute(LockEdge edge, List<GraphPoint> points) {

    /** Copies the point list and checks that it has a start and an end. */
    public EdgeRoute {
        Objects.requireNonNull(edge, "edge");
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("edge route " + edge.fromId() + " -> " + edge.toId()
                    + " needs at least a start and an end point");
        }
    }

    /** {@return the point on the source node's border} */
    public GraphPoint start() {
        return points.get(0);
    }

    /** {@return the point on the target node's border} */
    public GraphPoint end() {
        return points.get(points.size() - 1);
    }
}
