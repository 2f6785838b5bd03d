package org.smpng.ui.diagram.internal.figures;

import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.PolygonDecoration;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/**
 * An order edge: an anti-aliased polyline with a filled arrow head at the end (Draw2d 3.2's shapes have no
 * anti-alias switch of their own, so the figure sets it on the graphics for itself and its decoration).
 */
public final class OrderConnectionFigure extends PolylineConnection {

    /** Creates an edge drawn in {@code color}. */
    public OrderConnectionFigure(Color color) {
        PolygonDecoration arrow = new PolygonDecoration();
        arrow.setScale(8, 3.5);
        setTargetDecoration(arrow);
        setForegroundColor(color);
        setBackgroundColor(color);
    }

    /**
     * Draws the edge as an edge of another kind: in {@code color}, {@code width} pixels wide (Draw2d 3.2 lines have
     * whole pixel widths), dashed or solid. Colours are owned by the caller.
     */
    public void setKindStyle(Color color, float width, boolean dashed) {
        setForegroundColor(color);
        setBackgroundColor(color);
        setLineWidth(Math.max(1, Math.round(width)));
        setLineStyle(dashed ? SWT.LINE_DASH : SWT.LINE_SOLID);
    }

    @Override
    public void paintFigure(Graphics graphics) {
        graphics.setAntialias(SWT.ON);
        super.paintFigure(graphics);
    }

    @Override
    protected void paintChildren(Graphics graphics) {
        graphics.setAntialias(SWT.ON);
        super.paintChildren(graphics);
    }
}
