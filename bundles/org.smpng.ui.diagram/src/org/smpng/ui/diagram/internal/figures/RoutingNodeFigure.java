package org.smpng.ui.diagram.internal.figures;

import java.util.List;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.PositionConstants;
import org.eclipse.draw2d.ToolbarLayout;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;

/**
 * A box of the interrupt routing diagram: a bold heading and lines of detail, each line in its own colour. Knows
 * nothing about the machine model; its part gives it the texts and colours. UI thread only.
 */
public final class RoutingNodeFigure extends Figure {

    /** One line of detail text and its colour. */
    public record Line(String text, Color color) {
    }

    private final Label heading = new Label();
    private final Color fill;
    private final Color outline;
    private final Font font;

    public RoutingNodeFigure(Color fill, Color outline, Font headingFont, Font font) {
        this.fill = fill;
        this.outline = outline;
        this.font = font;
        ToolbarLayout layout = new ToolbarLayout();
        layout.setSpacing(1);
        layout.setStretchMinorAxis(true);
        setLayoutManager(layout);
        setBorder(new MarginBorder(4, 8, 5, 8));
        heading.setFont(headingFont);
        heading.setLabelAlignment(PositionConstants.LEFT);
        add(heading);
        setOpaque(false);
    }

    /** Shows a heading and detail lines, replacing what was shown. */
    public void show(String title, List<Line> lines) {
        heading.setText(title);
        while (getChildren().size() > 1) {
            remove((Label) getChildren().get(1));
        }
        for (Line line : lines) {
            Label l = new Label(line.text());
            l.setFont(font);
            l.setForegroundColor(line.color());
            l.setLabelAlignment(PositionConstants.LEFT);
            add(l);
        }
    }

    /** {@return the heading text, for tests} */
    public String title() {
        return heading.getText();
    }

    /** {@return the detail lines' texts, for tests} */
    public List<String> lines() {
        return getChildren().stream().skip(1).map(c -> ((Label) c).getText()).toList();
    }

    @Override
    protected void paintFigure(Graphics g) {
        Rectangle r = getBounds().getCopy().shrink(1, 1);
        g.setAntialias(org.eclipse.swt.SWT.ON);
        g.setBackgroundColor(fill);
        g.fillRoundRectangle(r, 10, 10);
        g.setForegroundColor(outline == null ? ColorConstants.gray : outline);
        g.setLineWidth(1);
        g.drawRoundRectangle(r, 10, 10);
    }
}
