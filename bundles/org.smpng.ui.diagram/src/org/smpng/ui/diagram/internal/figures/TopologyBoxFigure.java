package org.smpng.ui.diagram.internal.figures;

import java.util.List;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.PositionConstants;
import org.eclipse.draw2d.ToolbarLayout;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;

/**
 * A box of the machine topology diagram: a bold heading, lines of detail and, for a container (a package holding
 * cores, a core holding hardware threads), a row of nested boxes below them. Knows nothing about the machine
 * model; its part gives it the texts and colours and adds the nested boxes to {@link #contents()}. UI thread only.
 */
public final class TopologyBoxFigure extends Figure {

    private final Label heading = new Label();
    private final Figure details = new Figure();
    private final Figure contents = new Figure();
    private final Color fill;
    private final Color outline;
    private final Font font;

    public TopologyBoxFigure(Color fill, Color outline, Font headingFont, Font font) {
        this.fill = fill;
        this.outline = outline;
        this.font = font;
        ToolbarLayout layout = new ToolbarLayout();
        layout.setSpacing(3);
        layout.setStretchMinorAxis(true);
        setLayoutManager(layout);
        setBorder(new MarginBorder(4, 8, 6, 8));
        heading.setFont(headingFont);
        heading.setLabelAlignment(PositionConstants.LEFT);
        add(heading);
        ToolbarLayout detailLayout = new ToolbarLayout();
        detailLayout.setSpacing(1);
        detailLayout.setStretchMinorAxis(true);
        details.setLayoutManager(detailLayout);
        add(details);
        ToolbarLayout row = new ToolbarLayout(true);
        row.setSpacing(8);
        row.setStretchMinorAxis(true);
        contents.setLayoutManager(row);
        add(contents);
        setOpaque(false);
    }

    /** {@return the figure the nested boxes go into, left to right} */
    public IFigure contents() {
        return contents;
    }

    /** Shows a heading and detail lines, replacing what was shown. */
    public void show(String title, List<String> lines, Color detailColor) {
        heading.setText(title);
        details.removeAll();
        for (String line : lines) {
            Label l = new Label(line);
            l.setFont(font);
            l.setForegroundColor(detailColor);
            l.setLabelAlignment(PositionConstants.LEFT);
            details.add(l);
        }
    }

    /** {@return the heading text, for tests} */
    public String title() {
        return heading.getText();
    }

    /** {@return the detail lines' texts, for tests} */
    public List<String> lines() {
        return details.getChildren().stream().map(c -> ((Label) c).getText()).toList();
    }

    @Override
    protected void paintFigure(Graphics g) {
        Rectangle r = getBounds().getCopy().shrink(1, 1);
        g.setAntialias(SWT.ON);
        g.setBackgroundColor(fill);
        g.fillRoundRectangle(r, 10, 10);
        g.setForegroundColor(outline);
        g.setLineWidth(1);
        g.drawRoundRectangle(r, 10, 10);
    }
}
