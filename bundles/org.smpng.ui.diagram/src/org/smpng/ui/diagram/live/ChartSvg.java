package org.smpng.ui.diagram.live;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.text.Format;
import java.util.List;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Paints charts as SVG with the geometry they have on screen: the same plot area, the axes' own tick values and
 * tick label format, each series' points mapped by its axes, the bars where SWTChart drew them, and the legend
 * entries where the legend shows them. SWTChart draws with SWT, which cannot write vectors, so this repaints the
 * same data with Java2D into JFreeSVG; fonts are the SVG viewer's sans-serif, so text widths may differ a little
 * from the screen. UI thread only (it reads the charts' widgets).
 */
final class ChartSvg {

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final java.awt.Color GRID = new java.awt.Color(0xd0, 0xd0, 0xd0);

    private ChartSvg() {
    }

    /** The charts stacked top to bottom, each at its on-screen size, as a complete SVG document. */
    static String of(List<Chart> charts) {
        int width = 1, height = 0;
        for (Chart c : charts) {
            width = Math.max(width, c.getSize().x);
            height += c.getSize().y;
        }
        SVGGraphics2D g = new SVGGraphics2D(width, Math.max(1, height));
        g.setDefsKeyPrefix("smpng-chart-"); // JFreeSVG's default prefix has System.nanoTime(): unstable output
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        int y = 0;
        for (Chart c : charts) {
            AffineTransform saved = g.getTransform();
            g.translate(0, y);
            paint(g, c);
            g.setTransform(saved);
            y += c.getSize().y;
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + g.getSVGElement(null, true, new ViewBox(0, 0, width, Math.max(1, height)), null, null) + "\n";
    }

    private static void paint(Graphics2D g, Chart chart) {
        Point size = chart.getSize();
        Rectangle plot = chart.getPlotArea().getBounds();
        IAxis x = chart.getAxisSet().getXAxis(0), y = chart.getAxisSet().getYAxis(0);

        g.setColor(java.awt.Color.BLACK);
        g.setFont(TITLE);
        centre(g, chart.getTitle().getText(), size.x / 2, g.getFontMetrics().getAscent() + 4);

        // Grid and tick labels at the axes' own ticks, as on screen.
        g.setFont(TEXT);
        FontMetrics fm = g.getFontMetrics();
        g.setStroke(new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {1, 2}, 0));
        String[] categories = x.isCategoryEnabled() ? x.getCategorySeries() : null;
        double[] xTicks = x.getTick().getTickLabelValues();
        if (categories != null) {
            xTicks = new double[categories.length];
            for (int i = 0; i < xTicks.length; i++) {
                xTicks[i] = i;
            }
        }
        for (double v : xTicks) {
            int px = plot.x + x.getPixelCoordinate(v);
            if (px < plot.x || px > plot.x + plot.width) {
                continue;
            }
            g.setColor(GRID);
            g.drawLine(px, plot.y, px, plot.y + plot.height);
            g.setColor(java.awt.Color.DARK_GRAY);
            String label = categories != null ? categories[(int) v] : label(x, v);
            centre(g, label, px, plot.y + plot.height + fm.getAscent() + 3);
        }
        for (double v : y.getTick().getTickLabelValues()) {
            int py = plot.y + y.getPixelCoordinate(v);
            if (py < plot.y || py > plot.y + plot.height) {
                continue;
            }
            g.setColor(GRID);
            g.drawLine(plot.x, py, plot.x + plot.width, py);
            g.setColor(java.awt.Color.DARK_GRAY);
            String label = label(y, v);
            g.drawString(text(label), plot.x - 4 - fm.stringWidth(label), py + fm.getAscent() / 2 - 1);
        }
        g.setStroke(new BasicStroke(1));
        g.setColor(java.awt.Color.DARK_GRAY);
        g.drawRect(plot.x, plot.y, plot.width, plot.height);
        centre(g, x.getTitle().getText(), plot.x + plot.width / 2, plot.y + plot.height + 2 * fm.getHeight() + 6);
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2, 12, plot.y + plot.height / 2.0);
        centre(g, y.getTitle().getText(), 12, plot.y + plot.height / 2 + fm.getAscent());
        g.setTransform(saved);

        // The series, clipped to the plot area as on screen.
        java.awt.Shape clip = g.getClip();
        g.clipRect(plot.x, plot.y, plot.width + 1, plot.height + 1);
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            if (!s.isVisible()) {
                continue;
            }
            if (s instanceof IBarSeries<?> bars) {
                g.setColor(awt(bars.getBarColor()));
                for (Rectangle r : bars.getBounds()) {
                    if (r != null) {
                        g.fillRect(plot.x + r.x, plot.y + r.y, r.width, r.height);
                    }
                }
            } else if (s instanceof ILineSeries<?> line) {
                paintLine(g, plot, chart, line);
            }
        }
        g.setClip(clip);
        paintLegend(g, chart);
    }

    private static void paintLine(Graphics2D g, Rectangle plot, Chart chart, ILineSeries<?> line) {
        IAxis x = chart.getAxisSet().getXAxis(line.getXAxisId()), y = chart.getAxisSet().getYAxis(line.getYAxisId());
        double[] xs = line.getXSeries(), ys = line.getYSeries();
        Path2D.Double path = new Path2D.Double();
        double lastY = 0;
        for (int i = 0; i < ys.length; i++) {
            double px = plot.x + x.getPixelCoordinate(xs[i]), py = plot.y + y.getPixelCoordinate(ys[i]);
            if (i == 0) {
                path.moveTo(px, py);
            } else if (line.isStepEnabled()) {
                path.lineTo(px, lastY);
                path.lineTo(px, py);
            } else {
                path.lineTo(px, py);
            }
            lastY = py;
        }
        g.setColor(awt(line.getLineColor()));
        g.setStroke(stroke(line.getLineStyle(), line.getLineWidth()));
        if (line.getLineStyle() != LineStyle.NONE) {
            g.draw(path);
        }
        if (line.getSymbolType() != PlotSymbolType.NONE) {
            int r = Math.max(2, line.getSymbolSize());
            g.setColor(awt(line.getSymbolColor()));
            for (int i = 0; i < ys.length; i++) {
                int px = plot.x + x.getPixelCoordinate(xs[i]), py = plot.y + y.getPixelCoordinate(ys[i]);
                g.fillOval(px - r, py - r, 2 * r, 2 * r);
            }
        }
    }

    /** The legend entries where the legend shows them: a line in the series' colour and style, and its name. */
    private static void paintLegend(Graphics2D g, Chart chart) {
        if (!chart.getLegend().isVisible() || !(chart.getLegend() instanceof Control legend)) {
            return;
        }
        Rectangle at = legend.getBounds();
        g.setFont(TEXT);
        FontMetrics fm = g.getFontMetrics();
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            Rectangle entry = chart.getLegend().getBounds(s.getId());
            if (entry == null || !s.isVisibleInLegend() || !s.isVisible()) {
                continue;
            }
            int x = at.x + entry.x, mid = at.y + entry.y + entry.height / 2;
            if (s instanceof ILineSeries<?> line) {
                g.setColor(awt(line.getLineColor()));
                g.setStroke(stroke(line.getLineStyle(), 2));
            } else if (s instanceof IBarSeries<?> bars) {
                g.setColor(awt(bars.getBarColor()));
                g.setStroke(new BasicStroke(6));
            }
            g.drawLine(x + 2, mid, x + 18, mid);
            g.setColor(java.awt.Color.BLACK);
            g.drawString(text(s.getDescription() != null ? s.getDescription() : s.getId()), x + 22,
                    mid + fm.getAscent() / 2 - 1);
        }
        g.setStroke(new BasicStroke(1));
    }

    private static String label(IAxis axis, double value) {
        Format format = axis.getTick().getFormat();
        return format != null ? format.format(value) : ChartExport.number(value);
    }

    private static BasicStroke stroke(LineStyle style, int width) {
        float w = Math.max(1, width);
        return switch (style) {
        case DASH -> new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {6 * w, 3 * w}, 0);
        case DOT -> new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {w, 2 * w}, 0);
        case DASHDOT -> new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1,
                new float[] {6 * w, 2 * w, w, 2 * w}, 0);
        case DASHDOTDOT -> new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1,
                new float[] {6 * w, 2 * w, w, 2 * w, w, 2 * w}, 0);
        default -> new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        };
    }

    private static java.awt.Color awt(Color c) {
        return c == null ? java.awt.Color.BLACK : new java.awt.Color(c.getRed(), c.getGreen(), c.getBlue());
    }

    private static void centre(Graphics2D g, String s, int x, int baseline) {
        g.drawString(text(s), x - g.getFontMetrics().stringWidth(s) / 2, baseline);
    }

    /**
     * Text for JFreeSVG, which leaves an ampersand alone when it already starts an entity ({@code &lt;}): writing
     * every ampersand as {@code &amp;} first keeps a label such as "a &lt; b" as it is.
     */
    private static String text(String s) {
        return s.replace("&", "&amp;");
    }
}
