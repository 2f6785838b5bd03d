package org.smpng.io.svg;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;

import org.jfree.svg.SVGGraphics2D;

/**
 * Places single lines of text with java.awt metrics, the same metrics {@link org.smpng.graph.AwtTextMeasurer}
 * sizes nodes with, so that a label drawn centred in its node really sits in the middle.
 */
final class SvgText {

    /** The render context of {@code AwtTextMeasurer}: identity transform, antialiased, fractional metrics. */
    private static final FontRenderContext RENDER_CONTEXT = new FontRenderContext(null, true, true);

    private SvgText() {
    }

    /**
     * Prepares text for any JFreeSVG call that writes it (drawn strings, titles, attribute values) so that the
     * parsed document shows exactly the original text.
     *
     * <p>JFreeSVG escapes {@code < > ' "} and {@code &}, except that it leaves an ampersand alone when it already
     * starts {@code &lt; &gt; &amp; &apos; &quot;}; a lock named {@code "a &lt; b"} would then read {@code "a < b"}.
     * Writing every ampersand as {@code &amp;} beforehand makes JFreeSVG keep it as it is. Characters that XML 1.0
     * forbids (most C0 controls, unpaired surrogates, U+FFFE, U+FFFF) would make the whole document unreadable,
     * so they become U+FFFD. The escaping tests fail loudly should a JFreeSVG update change its escaping.
     *
     * @param text any text
     * @return the text to hand to JFreeSVG
     */
    static String forJFreeSvg(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&') {
                b.append("&amp;");
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                b.append(c).append(text.charAt(++i));
            } else if (isXmlChar(c)) {
                b.append(c);
            } else {
                b.append('\uFFFD');
            }
        }
        return b.toString();
    }

    private static boolean isXmlChar(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE);
    }

    /**
     * Returns the advance width of a text.
     *
     * @param font the font
     * @param text the text
     * @return the width in pixels
     */
    static double width(Font font, String text) {
        return text.isEmpty() ? 0 : font.getStringBounds(text, RENDER_CONTEXT).getWidth();
    }

    /**
     * Returns the line height of a font (ascent, descent and leading).
     *
     * @param font the font
     * @return the height in pixels
     */
    static double lineHeight(Font font) {
        LineMetrics m = font.getLineMetrics("Xg", RENDER_CONTEXT);
        return m.getAscent() + m.getDescent() + m.getLeading();
    }

    /**
     * Draws a text whose left end is at {@code x} and which is vertically centred on {@code centerY}.
     *
     * @param g       the graphics, whose font is used
     * @param text    the text as it should read; for SVG it is prepared with {@link #forJFreeSvg(String)} here
     * @param x       the left end
     * @param centerY the vertical centre of the line
     */
    static void drawLeft(Graphics2D g, String text, double x, double centerY) {
        LineMetrics m = g.getFont().getLineMetrics(text.isEmpty() ? "X" : text, RENDER_CONTEXT);
        // The baseline sits half the visible glyph height (ascent minus descent) below the centre.
        double baseline = centerY + (m.getAscent() - m.getDescent()) / 2;
        g.drawString(isSvg(g) ? forJFreeSvg(text) : text, (float) x, (float) baseline);
    }

    /**
     * Whether text drawn on {@code g} ends up in an SVG document, and so must be prepared with
     * {@link #forJFreeSvg(String)}; PDF and raster graphics take text as it reads.
     */
    static boolean isSvg(Graphics2D g) {
        return g instanceof SVGGraphics2D;
    }

    /**
     * Sets a JFreeSVG hint (group, id, tooltip) when drawing SVG; other graphics would reject the hint's value
     * (java.awt checks it against the key), and have no document structure to put it in anyway.
     */
    static void hint(Graphics2D g, RenderingHints.Key key, Object value) {
        if (isSvg(g)) {
            g.setRenderingHint(key, value);
        }
    }

    /**
     * Draws a text centred on a point.
     *
     * @param g       the graphics, whose font is used
     * @param text    the text
     * @param centerX the horizontal centre
     * @param centerY the vertical centre
     */
    static void drawCentred(Graphics2D g, String text, double centerX, double centerY) {
        drawLeft(g, text, centerX - width(g.getFont(), text) / 2, centerY);
    }
}
