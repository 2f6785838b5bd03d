package org.smpng.io.svg;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;
import org.smpng.graph.AwtTextMeasurer;
import org.smpng.graph.CategoryStyle;
import org.smpng.graph.EdgeRoute;
import org.smpng.graph.GraphPoint;
import org.smpng.graph.LockEdge;
import org.smpng.graph.LockGraphGeometry;
import org.smpng.graph.LockGraphLayout;
import org.smpng.graph.LockGraphStyle;
import org.smpng.graph.LockNode;
import org.smpng.graph.NodeBox;

/**
 * Writes a laid-out lock graph as a standalone SVG document: title, legend of the lock categories present, edges
 * with arrow heads, and rounded node boxes in the colours of {@link LockGraphStyle}, so the file looks like the
 * workbench's lock-order view.
 *
 * <p>Usage:
 * <pre>{@code
 * LockGraphStyle style = LockGraphStyle.standard();
 * LockGraphGeometry geometry = new LockGraphLayout(style).layout(graph, new AwtTextMeasurer(style));
 * new LockGraphSvgExporter(style).write(geometry, Path.of("lock-order.svg"));
 * }</pre>
 *
 * <p>The document is meant to be searched as well as looked at. Each node is a group with the id
 * {@code lock-<name>} (the lock name reduced to {@code [A-Za-z0-9_-]}, made unique with a {@code -2}, {@code -3}
 * suffix), class {@code lock-node}, the exact name in {@code data-lock-id}, the category in {@code data-category}
 * and a {@code <title>} tooltip. Edges are groups of class {@code lock-edge} with {@code data-from} and
 * {@code data-to}. All text, names included, is XML-escaped; the output parses with any XML parser and needs no
 * DTD. The same geometry always yields the same bytes.
 *
 * <p>It needs java.awt only for font metrics, which works with {@code -Djava.awt.headless=true}. Instances are
 * immutable and may be shared between threads.
 */
public final class LockGraphSvgExporter {

    private static final String XML_HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final double PAGE_MARGIN = LockGraphLayout.MARGIN;
    private static final double HEADER_GAP = 10;

    private final LockGraphStyle style;

    /**
     * Creates an exporter drawing in the given style; it should be the style the geometry was laid out for.
     *
     * @param style the style
     */
    public LockGraphSvgExporter(LockGraphStyle style) {
        this.style = Objects.requireNonNull(style, "style");
    }

    /** Creates an exporter for {@link LockGraphStyle#standard()}. */
    public LockGraphSvgExporter() {
        this(LockGraphStyle.standard());
    }

    /**
     * Renders a drawing to an SVG document.
     *
     * @param geometry the laid-out graph; its title becomes the heading (no heading if the title is blank)
     * @return the complete document, UTF-8 XML declaration included
     */
    public String toSvg(LockGraphGeometry geometry) {
        Objects.requireNonNull(geometry, "geometry");
        Font titleFont = new Font(style.fontFamily(), Font.BOLD, style.titleFontSize());
        String title = geometry.title().strip();
        double titleWidth = title.isEmpty() ? 0 : SvgText.width(titleFont, title);
        double titleHeight = title.isEmpty() ? 0 : SvgText.lineHeight(titleFont);
        SvgLegend legend = SvgLegend.layout(geometry, style, Math.max(geometry.width() - 2 * PAGE_MARGIN, 320));

        // The header (title above legend) sits in the page margin's place; the drawing keeps its own margin below.
        double headerBottom = PAGE_MARGIN;
        double titleCenterY = headerBottom + titleHeight / 2;
        if (!title.isEmpty()) {
            headerBottom += titleHeight + HEADER_GAP;
        }
        double legendTop = headerBottom;
        if (!legend.isEmpty()) {
            headerBottom += legend.height() + HEADER_GAP;
        }
        double graphTop = headerBottom == PAGE_MARGIN ? 0 : headerBottom - PAGE_MARGIN;
        double width = Math.ceil(Math.max(geometry.width(),
                2 * PAGE_MARGIN + Math.max(titleWidth, legend.width())));
        double height = Math.ceil(graphTop + geometry.height());

        SVGGraphics2D g = new SVGGraphics2D(width, height);
        // JFreeSVG's default prefix for generated ids contains System.nanoTime(); a fixed one keeps output stable.
        g.setDefsKeyPrefix("smpng-");
        // Two decimals are far below a pixel and keep files small; JFreeSVG would print full double precision.
        g.setGeomDoubleConverter(SvgNumbers::format);
        g.setTransformDoubleConverter(SvgNumbers::format);
        g.setColor(new Color(style.backgroundRgb()));
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        if (!title.isEmpty()) {
            g.setRenderingHint(SVGHints.KEY_ELEMENT_ID, "title");
            g.setFont(titleFont);
            g.setColor(new Color(style.titleRgb()));
            SvgText.drawLeft(g, title, PAGE_MARGIN, titleCenterY);
        }
        legend.draw(g, PAGE_MARGIN, legendTop);

        Map<String, String> graphGroup = new LinkedHashMap<>();
        graphGroup.put("id", "graph");
        graphGroup.put("transform", "translate(0," + SvgNumbers.format(graphTop) + ")");
        g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, graphGroup);
        SvgElementIds ids = new SvgElementIds();
        // Edges first, so that node boxes cover the ends of lines that meet them.
        for (EdgeRoute route : geometry.edges()) {
            drawEdge(g, route, ids);
        }
        for (NodeBox box : geometry.nodes()) {
            drawNode(g, box, ids);
        }
        g.setRenderingHint(SVGHints.KEY_END_GROUP, Boolean.TRUE);
        return XML_HEADER + g.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null) + "\n";
    }

    /**
     * Renders a drawing and writes it to a file as UTF-8, replacing the file if it exists.
     *
     * <p>The parent directory must exist: creating directories is left to the caller, because a mistyped export
     * path should fail loudly rather than leave a file in a new directory nobody looks in.
     *
     * @param geometry the laid-out graph
     * @param file     the target file
     * @throws NoSuchFileException if the parent directory does not exist
     * @throws IOException         if writing fails
     */
    public void write(LockGraphGeometry geometry, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        String svg = toSvg(geometry);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new NoSuchFileException(parent.toString(), null,
                    "cannot write SVG " + file.getFileName() + ": directory does not exist");
        }
        Files.writeString(file, svg, StandardCharsets.UTF_8);
    }

    private void drawNode(Graphics2D g, NodeBox box, SvgElementIds ids) {
        LockNode node = box.node();
        CategoryStyle cs = style.category(node.category());
        Map<String, String> group = new LinkedHashMap<>();
        group.put("id", ids.next("lock-", node.id()));
        group.put("class", "lock-node");
        group.put("data-lock-id", SvgText.forJFreeSvg(node.id()));
        group.put("data-category", node.category().name());
        g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, group);
        g.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, SvgText.forJFreeSvg(tooltip(node, cs)));
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
        g.setRenderingHint(SVGHints.KEY_END_GROUP, Boolean.TRUE);
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
        g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, group);
        g.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE,
                SvgText.forJFreeSvg(edge.fromId() + " \u2192 " + edge.toId()));
        g.setColor(new Color(style.edgeRgb()));
        ArrowHead arrow = ArrowHead.at(route.points(), style.arrowLength(), style.arrowWidth());
        List<GraphPoint> points = route.points();
        Path2D line = new Path2D.Double();
        line.moveTo(points.get(0).x(), points.get(0).y());
        for (int i = 1; i < points.size() - 1; i++) {
            line.lineTo(points.get(i).x(), points.get(i).y());
        }
        // The line stops at the arrow's base so that its butt end does not poke through the tip.
        line.lineTo(arrow.baseX(), arrow.baseY());
        g.setStroke(new BasicStroke((float) style.edgeWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(line);
        g.fill(arrow.shape());
        g.setRenderingHint(SVGHints.KEY_END_GROUP, Boolean.TRUE);
    }
}
