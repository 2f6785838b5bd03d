package org.smpng.io.svg;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jfree.svg.SVGHints;
import org.smpng.graph.AwtTextMeasurer;
import org.smpng.graph.CategoryStyle;
import org.smpng.graph.EdgeKind;
import org.smpng.graph.EdgeRoute;
import org.smpng.graph.GraphPoint;
import org.smpng.graph.LockEdge;
import org.smpng.graph.LockGraphGeometry;
import org.smpng.graph.LockGraphLayout;
import org.smpng.graph.LockGraphStyle;
import org.smpng.graph.LockNode;
import org.smpng.graph.NodeBox;

/**
 * One exported page of a laid-out lock graph: the title, the legend of the lock categories present, then the graph
 * as laid out (edges with arrow heads under rounded node boxes in the colours of {@link LockGraphStyle}). The same
 * page is painted by every exporter — SVG (JFreeSVG), PDF (JFreePDF) and PNG (a {@code BufferedImage}) — so the
 * three formats show the same picture, the one the workbench's lock graph view shows.
 *
 * <p>Usage:
 * <pre>{@code
 * LockGraphPage page = new LockGraphPage(geometry, LockGraphStyle.standard());
 * BufferedImage image = new BufferedImage((int) page.width(), (int) page.height(), BufferedImage.TYPE_INT_RGB);
 * page.paint(image.createGraphics());
 * }</pre>
 *
 * <p>Painting on JFreeSVG also writes the document structure (groups with ids, {@code data-*} attributes and
 * tooltips, see {@link LockGraphSvgExporter}); on any other {@code Graphics2D} those hints are ignored. Instances
 * are immutable; {@link #paint} may be called from any thread with its own graphics.
 */
public final class LockGraphPage {

    private static final double PAGE_MARGIN = LockGraphLayout.MARGIN;
    private static final double HEADER_GAP = 10;

    private final LockGraphGeometry geometry;
    private final LockGraphStyle style;
    private final Font titleFont;
    private final String title;
    private final SvgLegend legend;
    private final double titleCenterY, legendTop, graphTop, width, height;

    /**
     * Lays out the page around a drawing.
     *
     * @param geometry the laid-out graph; its title becomes the heading (no heading if the title is blank)
     * @param style    the style the geometry was laid out for
     */
    public LockGraphPage(LockGraphGeometry geometry, LockGraphStyle style) {
        this.geometry = Objects.requireNonNull(geometry, "geometry");
        this.style = Objects.requireNonNull(style, "style");
        titleFont = new Font(style.fontFamily(), Font.BOLD, style.titleFontSize());
        title = geometry.title().strip();
        double titleWidth = title.isEmpty() ? 0 : SvgText.width(titleFont, title);
        double titleHeight = title.isEmpty() ? 0 : SvgText.lineHeight(titleFont);
        legend = SvgLegend.layout(geometry, style, Math.max(geometry.width() - 2 * PAGE_MARGIN, 320));

        // The header (title above legend) sits in the page margin's place; the drawing keeps its own margin below.
        double headerBottom = PAGE_MARGIN;
        titleCenterY = headerBottom + titleHeight / 2;
        if (!title.isEmpty()) {
            headerBottom += titleHeight + HEADER_GAP;
        }
        legendTop = headerBottom;
        if (!legend.isEmpty()) {
            headerBottom += legend.height() + HEADER_GAP;
        }
        graphTop = headerBottom == PAGE_MARGIN ? 0 : headerBottom - PAGE_MARGIN;
        width = Math.ceil(Math.max(geometry.width(), 2 * PAGE_MARGIN + Math.max(titleWidth, legend.width())));
        height = Math.ceil(graphTop + geometry.height());
    }

    /** {@return the page width in pixels (points for PDF)} */
    public double width() {
        return width;
    }

    /** {@return the page height in pixels (points for PDF)} */
    public double height() {
        return height;
    }

    /**
     * Paints the whole page with its top left corner at the graphics' origin.
     *
     * @param g the graphics; its transform, font, colour and stroke are changed
     */
    public void paint(Graphics2D g) {
        g.setColor(new Color(style.backgroundRgb()));
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        if (!title.isEmpty()) {
            SvgText.hint(g, SVGHints.KEY_ELEMENT_ID, "title");
            g.setFont(titleFont);
            g.setColor(new Color(style.titleRgb()));
            SvgText.drawLeft(g, title, PAGE_MARGIN, titleCenterY);
        }
        legend.draw(g, PAGE_MARGIN, legendTop);

        Map<String, String> graphGroup = new LinkedHashMap<>();
        graphGroup.put("id", "graph");
        graphGroup.put("transform", "translate(0," + SvgNumbers.format(graphTop) + ")");
        SvgText.hint(g, SVGHints.KEY_BEGIN_GROUP, graphGroup);
        // JFreeSVG applies the group's transform itself; other graphics need it as their own translation.
        boolean svg = SvgText.isSvg(g);
        if (!svg) {
            g.translate(0, graphTop);
        }
        SvgElementIds ids = new SvgElementIds();
        // Edges first, so that node boxes cover the ends of lines that meet them.
        for (EdgeRoute route : geometry.edges()) {
            drawEdge(g, route, ids);
        }
        for (NodeBox box : geometry.nodes()) {
            drawNode(g, box, ids);
        }
        if (!svg) {
            g.translate(0, -graphTop);
        }
        SvgText.hint(g, SVGHints.KEY_END_GROUP, Boolean.TRUE);
    }

    private void drawNode(Graphics2D g, NodeBox box, SvgElementIds ids) {
        LockNode node = box.node();
        CategoryStyle cs = style.category(node.category());
        Map<String, String> group = new LinkedHashMap<>();
        group.put("id", ids.next("lock-", node.id()));
        group.put("class", "lock-node");
        group.put("data-lock-id", SvgText.forJFreeSvg(node.id()));
        group.put("data-category", node.category().name());
        SvgText.hint(g, SVGHints.KEY_BEGIN_GROUP, group);
        SvgText.hint(g, SVGHints.KEY_ELEMENT_TITLE, SvgText.forJFreeSvg(tooltip(node, cs)));
        RoundRectangle2D shape = new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(),
                2 * style.cornerRadius(), 2 * style.cornerRadius());
        g.setColor(new Color(cs.fillRgb()));
        g.fill(shape);
        g.setStroke(new BasicStroke((float) cs.borderWidth()));
        g.setColor(new Color(cs.borderRgb()));
        g.draw(shape);
        g.setFont(AwtTextMeasurer.labelFont(style));
        g.setColor(new Color(cs.textRgb()));
        SvgText.drawCentred(g, node.label(), box.centerX(), box.centerY());
        SvgText.hint(g, SVGHints.KEY_END_GROUP, Boolean.TRUE);
    }

    private static String tooltip(LockNode node, CategoryStyle cs) {
        String text = node.label() + " (" + cs.legendLabel() + ")";
        if (!node.label().equals(node.id())) {
            text += "\nid: " + node.id();
        }
        return node.detail().isEmpty() ? text : text + "\n" + node.detail();
    }

    private void drawEdge(Graphics2D g, EdgeRoute route, SvgElementIds ids) {
        LockEdge edge = route.edge();
        Map<String, String> group = new LinkedHashMap<>();
        group.put("id", ids.next("edge-", edge.fromId() + "--" + edge.toId()));
        group.put("class", "lock-edge");
        group.put("data-from", SvgText.forJFreeSvg(edge.fromId()));
        group.put("data-to", SvgText.forJFreeSvg(edge.toId()));
        group.put("data-kind", edge.kind().name());
        SvgText.hint(g, SVGHints.KEY_BEGIN_GROUP, group);
        SvgText.hint(g, SVGHints.KEY_ELEMENT_TITLE, SvgText.forJFreeSvg(edge.fromId() + " \u2192 " + edge.toId()
                + (edge.kind() == EdgeKind.DECLARED_ORDER ? "" : " (" + style.legendLabel(edge.kind()) + ")")));
        // Each kind in its own colour, width and dash, as the lock graph view draws it.
        g.setColor(new Color(style.edgeRgb(edge.kind())));
        ArrowHead arrow = ArrowHead.at(route.points(), style.arrowLength(), style.arrowWidth());
        List<GraphPoint> points = route.points();
        Path2D line = new Path2D.Double();
        line.moveTo(points.get(0).x(), points.get(0).y());
        for (int i = 1; i < points.size() - 1; i++) {
            line.lineTo(points.get(i).x(), points.get(i).y());
        }
        // The line stops at the arrow's base so that its butt end does not poke through the tip.
        line.lineTo(arrow.baseX(), arrow.baseY());
        float width = (float) style.edgeWidth(edge.kind());
        g.setStroke(style.dashed(edge.kind())
                ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, style.dashPattern(), 0f)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(line);
        g.fill(arrow.shape());
        SvgText.hint(g, SVGHints.KEY_END_GROUP, Boolean.TRUE);
    }
}
