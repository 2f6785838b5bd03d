package org.smpng.graph;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.util.Objects;

/**
 * A {@link TextMeasurer} using java.awt font metrics; works with {@code -Djava.awt.headless=true} and needs no
 * display, so the SVG export and the headless CLI size nodes exactly as they will draw them.
 *
 * <p>It measures with a fixed {@link FontRenderContext} (no transform, antialiased, fractional metrics) instead
 * of a {@code Graphics2D}: that is what a {@code BufferedImage} graphics would report, but a render context is
 * immutable, so one measurer may be shared between threads.
 */
public final class AwtTextMeasurer implements TextMeasurer {

    private static final FontRenderContext RENDER_CONTEXT = new FontRenderContext(null, true, true);

    private final Font font;

    /**
     * Creates a measurer for the plain label font of a style.
     *
     * @param style the style whose {@link LockGraphStyle#fontFamily()} and {@link LockGraphStyle#fontSize()} are used
     */
    public AwtTextMeasurer(LockGraphStyle style) {
        this(labelFont(style));
    }

    /**
     * Creates a measurer for an explicit font, for renderers that also measure titles or legend text.
     *
     * @param font the font to measure with
     */
    public AwtTextMeasurer(Font font) {
        this.font = Objects.requireNonNull(font, "font");
    }

    /**
     * Returns the AWT font that draws node labels in the given style; renderers use it so that drawn text matches
     * measured text.
     *
     * @param style the style
     * @return a plain font of the style's family and size
     */
    public static Font labelFont(LockGraphStyle style) {
        return new Font(style.fontFamily(), Font.PLAIN, style.fontSize());
    }

    /** {@return the font this measurer measures with} */
    public Font font() {
        return font;
    }

    @Override
    public TextSize measure(String text) {
        Objects.requireNonNull(text, "text");
        // LineMetrics of a non-empty probe gives the font's line height even for an empty label.
        LineMetrics line = font.getLineMetrics(text.isEmpty() ? "X" : text, RENDER_CONTEXT);
        double height = line.getAscent() + line.getDescent() + line.getLeading();
        if (text.isEmpty()) {
            return new TextSize(0, height);
        }
        Rectangle2D bounds = font.getStringBounds(text, RENDER_CONTEXT);
        return new TextSize(bounds.getWidth(), height);
    }
}
