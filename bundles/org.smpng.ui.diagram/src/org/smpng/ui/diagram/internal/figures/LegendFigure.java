package org.smpng.ui.diagram.internal.figures;

import java.util.List;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.ToolbarLayout;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;

/**
 * The key of a diagram, in one row: a heading and one colour swatch per category shown. The entries are given by the
 * caller; the figure only draws them. UI thread only.
 */
public final class LegendFigure extends Figure {

    /** One item of the legend: a swatch in {@code fill}/{@code outline} and its text; a null fill draws an arrow. */
    public record Entry(String text, Color fill, Color outline) {
    }

    private static final Color FRAME = new Color(0xc8, 0xcd, 0xd4);
    private static final Color BACKGROUND = new Color(0xfb, 0xfc, 0xfd);

    /** Creates a one-row legend: a heading in {@code headingFont}, then its entries in {@code font}. */
    public LegendFigure(String heading, Font headingFont, Font font, List<Entry> entries) {
        setFont(font);
        ToolbarLayout layout = new ToolbarLayout(true);
        layout.setSpacing(14);
        layout.setMinorAlignment(ToolbarLayout.ALIGN_CENTER);
        setLayoutManager(layout);
        setBorder(new MarginBorder(6, 8, 6, 10));
        Label title = new Label(heading);
        title.setFont(headingFont);
        title.setLabelAlignment(org.eclipse.draw2d.PositionConstants.LEFT);
        add(title);
        for (Entry entry : entries) {
            add(new EntryFigure(entry));
        }
    }

    @Override
    protected void paintFigure(Graphics graphics) {
        Rectangle box = getBounds().getCopy();
        box.width -= 1;
        box.height -= 1;
        graphics.setBackgroundColor(BACKGROUND);
        graphics.fillRectangle(box);
        graphics.setForegroundColor(FRAME);
        graphics.drawRectangle(box);
    }

    /** A swatch and its text. */
    private static final class EntryFigure extends Figure {

        private static final int SWATCH = 12;

        private final Entry entry;
        private final Label text;

        EntryFigure(Entry entry) {
            this.entry = entry;
            this.text = new Label(entry.text());
            text.setLabelAlignment(org.eclipse.draw2d.PositionConstants.LEFT);
            add(text);
        }

        @Override
        public Dimension getPreferredSize(int wHint, int hHint) {
            Dimension label = text.getPreferredSize();
            return new Dimension(SWATCH + 6 + withSlack(label.width), Math.max(SWATCH, label.height));
        }

        @Override
        protected void layout() {
            Rectangle area = getClientArea();
            text.setBounds(new Rectangle(area.x + SWATCH + 6, area.y, area.width - SWATCH - 6, area.height));
        }

        /**
         * Text measured at 100 % comes out wider when a zoomed-out font is scaled (font sizes are whole points), and
         * Draw2d then truncates the label; a tenth more room keeps every entry whole at the zooms the views use.
         */
        private static int withSlack(int width) {
            return width + width / 10 + 2;
        }

        @Override
        protected void paintFigure(Graphics graphics) {
            Rectangle area = getClientArea();
            Rectangle swatch = new Rectangle(area.x, area.y + (area.height - SWATCH) / 2, SWATCH, SWATCH);
            graphics.setAntialias(SWT.ON);
            if (entry.fill() == null) {
                int y = swatch.y + SWATCH / 2;
                graphics.setForegroundColor(entry.outline());
                graphics.setBackgroundColor(entry.outline());
                graphics.drawLine(swatch.x, y, swatch.right() - 4, y);
                int tip = swatch.right();
                graphics.fillPolygon(new int[] {tip - 5, y - 3, tip, y, tip - 5, y + 3});
                return;
            }
            graphics.setBackgroundColor(entry.fill());
            graphics.fillRoundRectangle(swatch, 5, 5);
            graphics.setForegroundColor(entry.outline());
            graphics.drawRoundRectangle(swatch, 5, 5);
        }
    }
}
