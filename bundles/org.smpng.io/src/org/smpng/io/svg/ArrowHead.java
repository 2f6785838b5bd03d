package org.smpng.io.svg;

import java.awt.Shape;
import java.awt.geom.Path2D;
import java.util.List;

import org.smpng.graph.GraphPoint;

/**
 * A filled triangular arrow head whose tip is the last point of an edge route, pointing along the route's last
 * segment.
 *
 * @param shape the triangle
 * @param baseX the x of the middle of the triangle's base, where the edge line should end
 * @param baseY the y of the middle of the triangle's base
 */
record ArrowHead(Shape shape, double baseX, double baseY) {

    /**
     * Builds the arrow head for a route.
     *
     * @param points the route, at least two points
     * @param length the arrow's length along the segment
     * @param width  the arrow's full width across the segment
     * @return the arrow head; for a degenerate route whose points all coincide it points downwards, the layout's
     *         direction
     */
    static ArrowHead at(List<GraphPoint> points, double length, double width) {
        GraphPoint tip = points.get(points.size() - 1);
        double dx = 0;
        double dy = 1;
        // Walk back to the last point that differs from the tip; ELK may repeat the end point as a bend point.
        for (int i = points.size() - 2; i >= 0; i--) {
            double ex = tip.x() - points.get(i).x();
            double ey = tip.y() - points.get(i).y();
            double norm = Math.hypot(ex, ey);
            if (norm > 1e-9) {
                dx = ex / norm;
                dy = ey / norm;
                break;
            }
        }
        double baseX = tip.x() - dx * length;
        double baseY = tip.y() - dy * length;
        double halfX = -dy * width / 2;
        double halfY = dx * width / 2;
        Path2D triangle = new Path2D.Double();
        triangle.moveTo(tip.x(), tip.y());
        triangle.lineTo(baseX + halfX, baseY + halfY);
        triangle.lineTo(baseX - halfX, baseY - halfY);
        triangle.closePath();
        return new ArrowHead(triangle, baseX, baseY);
    }
}
