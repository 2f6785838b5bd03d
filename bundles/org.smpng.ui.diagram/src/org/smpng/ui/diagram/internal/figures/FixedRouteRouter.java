package org.smpng.ui.diagram.internal.figures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.draw2d.AbstractRouter;
import org.eclipse.draw2d.Connection;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;

/**
 * Routes each connection along the points a layout computed for it (a {@code List<Point>} routing constraint,
 * start and end included), so the diagram shows exactly the routes of the automatic layout and of the exports.
 * A connection without a route is drawn straight between its anchors. UI thread only.
 */
public final class FixedRouteRouter extends AbstractRouter {

    private final Map<Connection, List<Point>> routes = new HashMap<>();

    @Override
    public Object getConstraint(Connection connection) {
        return routes.get(connection);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void setConstraint(Connection connection, Object constraint) {
        if (constraint == null) {
            routes.remove(connection);
        } else {
            routes.put(connection, (List<Point>) constraint);
        }
        invalidate(connection);
    }

    @Override
    public void remove(Connection connection) {
        routes.remove(connection);
    }

    @Override
    public void route(Connection connection) {
        List<Point> route = routes.get(connection);
        PointList points = connection.getPoints();
        points.removeAllPoints();
        if (route == null || route.size() < 2) {
            Point start = getStartPoint(connection);
            connection.translateToRelative(start);
            Point end = getEndPoint(connection);
            connection.translateToRelative(end);
            points.addPoint(start);
            points.addPoint(end);
        } else {
            for (Point point : route) {
                points.addPoint(point.x, point.y);
            }
        }
        connection.setPoints(points);
    }
}
