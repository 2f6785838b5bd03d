package org.smpng.ui.diagram.internal.figures;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Display;
import org.smpng.graph.CategoryStyle;
import org.smpng.graph.EdgeKind;
import org.smpng.graph.LockGraphStyle;
import org.smpng.graph.NodeCategory;
import org.smpng.graph.TextMeasurer;
import org.smpng.graph.TextSize;

/**
 * The SWT colours and fonts of one diagram viewer, made from the shared {@link LockGraphStyle} so the view and the
 * exports use one palette. Owned by the viewer's control: {@link #dispose()} when it is disposed. UI thread only.
 */
public final class DiagramResources {

    private final LockGraphStyle style;
    private final Map<NodeCategory, Color> fills = new EnumMap<>(NodeCategory.class);
    private final Map<NodeCategory, Color> outlines = new EnumMap<>(NodeCategory.class);
    private final Map<NodeCategory, Color> texts = new EnumMap<>(NodeCategory.class);
    private final Color edge;
    private final Map<EdgeKind, Color> edges = new EnumMap<>(EdgeKind.class);
    private final Color background;
    private final Font labelFont;
    private final Font headingFont;

    /** Creates the resources of {@code style} on {@code display}. */
    public DiagramResources(Display display, LockGraphStyle style) {
        this.style = style;
        for (NodeCategory category : NodeCategory.values()) {
            CategoryStyle categoryStyle = style.category(category);
            fills.put(category, color(categoryStyle.fillRgb()));
            outlines.put(category, color(categoryStyle.borderRgb()));
            texts.put(category, color(categoryStyle.textRgb()));
        }
        edge = color(style.edgeRgb());
        for (EdgeKind kind : EdgeKind.values()) {
            edges.put(kind, color(style.edgeRgb(kind)));
        }
        background = color(style.backgroundRgb());
        FontData system = display.getSystemFont().getFontData()[0];
        // The style's point size is the exported one; on screen the system font's family reads better.
        labelFont = new Font(display, new FontData(system.getName(), style.fontSize() - 2, SWT.NORMAL));
        headingFont = new Font(display, new FontData(system.getName(), style.fontSize() - 2, SWT.BOLD));
    }

    private static Color color(int rgb) {
        return new Color(LockGraphStyle.red(rgb), LockGraphStyle.green(rgb), LockGraphStyle.blue(rgb));
    }

    /** Returns the style these resources were made from. */
    public LockGraphStyle style() {
        return style;
    }

    /** Returns the fill colour of a category. */
    public Color fill(NodeCategory category) {
        return fills.get(category);
    }

    /** Returns the outline colour of a category. */
    public Color outline(NodeCategory category) {
        return outlines.get(category);
    }

    /** Returns the text colour of a category. */
    public Color text(NodeCategory category) {
        return texts.get(category);
    }

    /** Returns the colour of order edges. */
    public Color edge() {
        return edge;
    }

    /** Returns the colour of edges of a kind (declared, observed by WITNESS, reversal). */
    public Color edge(EdgeKind kind) {
        return edges.get(kind);
    }

    /** Returns the diagram's background colour. */
    public Color background() {
        return background;
    }

    /** Returns the font of node labels. */
    public Font labelFont() {
        return labelFont;
    }

    /** Returns the font of headings (the legend's title). */
    public Font headingFont() {
        return headingFont;
    }

    /** Returns a measurer of label text in the label font, for the layout. */
    public TextMeasurer measurer() {
        return text -> {
            org.eclipse.draw2d.geometry.Dimension size = FigureUtilities.getTextExtents(text, labelFont);
            return new TextSize(size.width, size.height);
        };
    }

    /** Releases the fonts (colours need no disposal in current SWT). */
    public void dispose() {
        labelFont.dispose();
        headingFont.dispose();
    }
}
