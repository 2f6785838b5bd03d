package org.smpng.ui.diagram.internal.commands;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.draw2d.geometry.Point;

/**
 * Where the user put lock type boxes in the lock graph view, by lock type name (top left corner, diagram
 * coordinates). It belongs to the view, not to the kernel model: moving a box is a way of looking, so the model is
 * never dirtied by it. Positions outlive re-layouts, filter changes and live refreshes; "Layout" without "Keep moved
 * nodes" forgets them. UI thread only.
 */
public final class ManualPositions {

    private final Map<String, Point> positions = new LinkedHashMap<>();
    private Runnable listener = () -> {
    };

    /** Who is told after every change (the diagram, which redraws). */
    public void setListener(Runnable listener) {
        this.listener = listener;
    }

    /** Where the user put the named lock type, or null if it stays where the layout puts it. */
    public Point get(String name) {
        Point p = positions.get(name);
        return p == null ? null : p.getCopy();
    }

    /** A copy of every position set. */
    public Map<String, Point> all() {
        Map<String, Point> copy = new LinkedHashMap<>();
        positions.forEach((k, v) -> copy.put(k, v.getCopy()));
        return copy;
    }

    /** Sets (or, with null, forgets) where the named lock type goes. */
    public void put(String name, Point where) {
        if (where == null) {
            positions.remove(name);
        } else {
            positions.put(name, where.getCopy());
        }
        listener.run();
    }

    /** Forgets every position. */
    public void clear() {
        positions.clear();
        listener.run();
    }

    /** Whether no position is set. */
    public boolean isEmpty() {
        return positions.isEmpty();
    }
}
