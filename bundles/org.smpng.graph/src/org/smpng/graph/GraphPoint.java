package org.smpng.graph;

/**
 * A point of a laid-out lock graph, in absolute drawing coordinates (origin top left, y grows downwards).
 *
 * @param x the horizontal coordinate
 * @param y the vertical coordinate
 */
public record GraphPoint(double x, double y) {
}
