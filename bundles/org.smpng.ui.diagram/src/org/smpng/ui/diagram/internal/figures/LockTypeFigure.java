package org.smpng.ui.diagram.internal.figures;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.StackLayout;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/**
 * A lock type drawn as a rounded box with its name: fill, outline and text colours come from the caller, so the
 * figure knows nothing of lock classes or models. Selection draws a thicker focus outline. UI thread only.
 */
public final class LockTypeFigure extends Figure {

    private static final Color SELECTION = new Color(0x1a, 0x5f, 0xb4);
    /** The halo of a search match: a yellow no lock category uses. */
    private static final Color MATCH = new Color(0xff, 0xd3, 0x3d);

    private final Label label = new Label();
    private Color fill;
    private Color outline;
    private float outlineWidth = 1;
    private int cornerRadius = 10;
    private boolean selected;
    private boolean matched;

    /** Creates an empty figure; set its text and colours before showing it. */
    public LockTypeFigure() {
        setLayoutManager(new StackLayout());
        setOpaque(false);
        add(label);
    }

    /** Sets the text shown, and the tooltip with more detail. */
    public void setText(String text, String tooltip) {
        label.setText(text);
        setToolTip(tooltip == null || tooltip.isEmpty() ? null : new Label(tooltip));
    }

    /** Returns the text shown. */
    public String getText() {
        return label.getText();
    }

    /** Sets the colours and outline; colours are owned by the caller. */
    public void setColors(Color fill, Color outline, Color text, float outlineWidth) {
        this.fill = fill;
        this.outline = outline;
        this.outlineWidth = outlineWidth;
        label.setForegroundColor(text);
        repaint();
    }

    /** Returns the fill colour, for tests and exporters that render exactly what is shown. */
    public Color getFillColor() {
        return fill;
    }

    /** Sets the radius of the box's corners. */
    public void setCornerRadius(int cornerRadius) {
        this.cornerRadius = cornerRadius;
        repaint();
    }

    /** Shows or hides the selection outline. */
    public void setSelected(boolean selected) {
        if (this.selected != selected) {
            this.selected = selected;
            repaint();
        }
    }

    /** Returns whether the selection outline is shown. */
    public boolean isSelected() {
        return selected;
    }

    /** Shows or hides the halo that marks a match of the view's search. */
    public void setMatched(boolean matched) {
        if (this.matched != matched) {
            this.matched = matched;
            repaint();
        }
    }

    /** Returns whether the search halo is shown. */
    public boolean isMatched() {
        return matched;
    }

    @Override
    protected void paintFigure(Graphics graphics) {
        graphics.setAntialias(SWT.ON);
        Rectangle box = getBounds().getCopy().shrink(1, 1);
        box.width -= 1;
        box.height -= 1;
        int arc = cornerRadius * 2;
        if (matched) {
            // A thick yellow ring inside the bounds, under the fill's edge, so the label stays readable.
            graphics.setBackgroundColor(MATCH);
            graphics.fillRoundRectangle(getBounds(), arc + 4, arc + 4);
            box.shrink(3, 3);
        }
        if (fill != null) {
            graphics.setBackgroundColor(fill);
            graphics.fillRoundRectangle(box, arc, arc);
        }
        if (outline != null) {
            graphics.setForegroundColor(selected ? SELECTION : outline);
            graphics.setLineWidth(Math.max(1, Math.round(selected ? outlineWidth + 2 : outlineWidth)));
            graphics.drawRoundRectangle(box, arc, arc);
        }
    }
}
