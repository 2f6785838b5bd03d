package org.smpng.io.svg;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jfree.svg.SVGHints;
import org.smpng.graph.AwtTextMeasurer;
import org.smpng.graph.CategoryStyle;
import org.smpng.graph.LockGraphGeometry;
import org.smpng.graph.LockGraphStyle;
import org.smpng.graph.NodeBox;
import org.smpng.graph.NodeCategory;

/**
 * The legend box: one colour swatch and name per lock category that occurs in the drawing, in the order of
 * {@link NodeCategory}, flowing left to right and wrapping to a new row when the row would exceed the width the
 * page offers. Categories that do not occur are left out, so the legend never explains colours the reader cannot
 * see.
 */
final class SvgLegend {

    private static final double SWATCH_WIDTH = 18;
    private static final double SWATCH_HEIGHT = 12;
    private static final double SWATCH_TEXT_GAP = 6;
    private static final double ITEM_GAP = 18;
    private static final double ROW_GAP = 4;
    private static final double PADDING = 8;
    private static final int FRAME_RGB = 0xC9D1D9;

    /** One entry, with its position relative to the legend's top left corner. */
    private record Item(NodeCategory category, double x, double y) {
    }

    private final LockGraphStyle style;
    private final Font font;
    private final List<Item> items;
    private final double width;
    private final double height;

    private SvgLegend(LockGraphStyle style, Font font, List<Item> items, double width, double height) {
        this.style = style;
        this.font = font;
        this.items = items;
        this.width = width;
        this.height = height;
    }

    /**
     * Lays the legend out for the categories present in a drawing.
     *
     * @param geometry the drawing
     * @param style    the style supplying colours and names
     * @param maxWidth the widest the legend may get; a single item wider than this still gets its own row
     * @return the legend; {@link #isEmpty()} if the drawing has no nodes
     */
    static SvgLegend layout(LockGraphGeometry geometry, LockGraphStyle style, double maxWidth) {
        Set<NodeCategory> present = EnumSet.noneOf(NodeCategory.class);
        for (NodeBox box : geometry.nodes()) {
            present.add(box.node().category());
        }
        Font font = AwtTextMeasurer.labelFont(style);
        double rowHeight = Math.max(SWATCH_HEIGHT, SvgText.lineHeight(font));
        List<Item> items = new ArrayList<>();
        double x = PADDING;
        double y = PADDING;
        double widest = 0;
        for (NodeCategory category : present) {
            double itemWidth = SWATCH_WIDTH + SWATCH_TEXT_GAP + SvgText.width(font, style.legendLabel(category));
            if (x > PADDING && x + itemWidth + PADDING > maxWidth) {
                x = PADDING;
                y += rowHeight + ROW_GAP;
            }
            items.add(new Item(category, x, y));
            widest = Math.max(widest, x + itemWidth);
            x += itemWidth + ITEM_GAP;
        }
        if (items.isEmpty()) {
            return new SvgLegend(style, font, items, 0, 0);
        }
        return new SvgLegend(style, font, items, Math.ceil(widest + PADDING), Math.ceil(y + rowHeight + PADDING));
    }

    /** {@return whether there is nothing to explain} */
    boolean isEmpty() {
        return items.isEmpty();
    }

    /** {@return the width of the legend box} */
    double width() {
        return width;
    }

    /** {@return the height of the legend box} */
    double height() {
        return height;
    }

    /**
     * Draws the legend as an SVG group with id {@code legend}; each entry is a group with id
     * {@code legend-<category>}, for example {@code legend-sleep_mutex}.
     *
     * @param g    the SVG graphics
     * @param left the left edge of the box
     * @param top  the top edge of the box
     */
    void draw(Graphics2D g, double left, double top) {
        if (isEmpty()) {
            return;
        }
        SvgText.hint(g, SVGHints.KEY_BEGIN_GROUP, group("legend", "legend"));
        g.setStroke(new BasicStroke(1f));
        g.setColor(new Color(FRAME_RGB));
        g.draw(new RoundRectangle2D.Double(left, top, width, height, 8, 8));
        double rowHeight = Math.max(SWATCH_HEIGHT, SvgText.lineHeight(font));
        for (Item item : items) {
            CategoryStyle cs = style.category(item.category());
            SvgText.hint(g, SVGHints.KEY_BEGIN_GROUP,
                    group("legend-" + item.category().name().toLowerCase(Locale.ROOT), "legend-item"));
            double x = left + item.x();
            double centerY = top + item.y() + rowHeight / 2;
            RoundRectangle2D swatch = new RoundRectangle2D.Double(x, centerY - SWATCH_HEIGHT / 2, SWATCH_WIDTH,
                    SWATCH_HEIGHT, 4, 4);
            g.setColor(new Color(cs.fillRgb()));
            g.fill(swatch);
            g.setStroke(new BasicStroke((float) cs.borderWidth()));
            g.setColor(new Color(cs.borderRgb()));
            g.draw(swatch);
            g.setFont(font);
            g.setColor(new Color(style.titleRgb()));
            SvgText.drawLeft(g, cs.legendLabel(), x + SWATCH_WIDTH + SWATCH_TEXT_GAP, centerY);
            SvgText.hint(g, SVGHints.KEY_END_GROUP, Boolean.TRUE);
        }
        SvgText.hint(g, SVGHints.KEY_END_GROUP, Boolean.TRUE);
    }

    private static Map<String, String> group(String id, String cssClass) {
        // A linked map keeps the attribute order, and with it the output, stable.
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("id", id);
        attributes.put("class", cssClass);
        return attributes;
    }
}
