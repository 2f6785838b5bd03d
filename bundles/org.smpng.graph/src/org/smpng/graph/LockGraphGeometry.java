package org.smpng.graph;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of {@link LockGraphLayout}: an immutable, toolkit-free drawing plan of a lock graph. Every renderer
 * (GEF figures, SVG export) draws exactly this, so the view and the exported file show the same picture.
 *
 * <p>Coordinates are absolute, in pixels, origin at the top left, and already include a margin: every node box and
 * route point lies inside {@code [0, width] x [0, height]}. Node boxes follow the graph's node order and routes its
 * edge order. A legend and title are not placed here; renderers put them around this area as they see fit.
 *
 * @param title  the graph's title
 * @param width  the width of the drawing, positive
 * @param height the height of the drawing, positive
 * @param nodes  one box per lock node
 * @param edges  one route per lock edge
 */
public record LockGraphGeometry(String title, double width, double height, List<NodeBox> nodes,
        List<EdgeRoute> edges) {

    /** Copies the lists and checks that the drawing has a positive size. */
    public LockGraphGeometry {
        Objects.requireNonNull(title, "title");
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("geometry must have a positive size: " + width + " x " + height);
        }
    }

    /**
     * Finds the box of a node.
     *
     * @param nodeId the lock node id
     * @return its box, or empty if the node is not part of this drawing
     */
    public Optional<NodeBox> findBox(String nodeId) {
        return nodes.stream().filter(b -> b.node().id().equals(nodeId)).findFirst();
    }
}
