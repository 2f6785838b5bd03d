package org.smpng.graph;

import java.util.Objects;

/**
 * Where one lock node was placed: its rectangle in absolute drawing coordinates.
 *
 * @param node   the lock node drawn in the box
 * @param x      the left edge
 * @param y      the top edge
 * @param width  the width, positive
 * @param height the height, positive
 */
public record NodeBox(LockNode node, double x, double y, double width, double height) {

    /** Checks that the node is present and the box has a positive size. */
    public NodeBox {
        Objects.requireNonNull(node, "node");
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("node box of '" + node.id() + "' must have a positive size");
        }
    }

    /** {@return the right edge} */
    public double maxX() {
        return x + width;
    }

    /** {@return the bottom edge} */
    public double maxY() {
        return y + height;
    }

    /** {@return the horizontal centre} */
    public double centerX() {
        return x + width / 2;
    }

    /** {@return the vertical centre} */
    public double centerY() {
        return y + height / 2;
    }
}
