package org.smpng.ui.diagram.export;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.PathData;
import org.eclipse.swt.graphics.RGB;

/**
 * A Draw2d {@link Graphics} that paints on a {@code java.awt.Graphics2D}, so that any figure paints itself, exactly
 * as on screen, into a vector document: JFreeSVG's and JFreePDF's {@code Graphics2D} (text stays text) or a plain
 * {@code BufferedImage}. Figures keep their SWT colours, fonts and images; this class converts them as it draws.
 *
 * <p>What must hold for the picture to match the screen:
 * <ul>
 * <li>Coordinates are Draw2d's: integer pixels, y down. An SWT line of odd width covers the pixels to the right of
 * and below its coordinate (a 1-pixel rectangle at x..x+w covers w+1 pixels), so strokes of odd width are drawn
 * half a pixel down and right; fills are not moved.</li>
 * <li>Text is placed as SWT places it: {@code drawText(s, x, y)} puts the top of the line at y, so the baseline is
 * y + the SWT font's leading and ascent; line breaks advance by the SWT font's height; tabs expand to eight
 * spaces. Text is drawn with the AWT font of the same family (when AWT knows it; else the matching logical
 * family) and style, sized so that it is as wide as SWT draws it, and {@link #cssFamily()} gives the SWT family
 * name for documents that name fonts.</li>
 * <li>Metrics asked of this graphics ({@link #getFontMetrics()}) are SWT's, the same the figures used to lay
 * themselves out.</li>
 * </ul>
 *
 * <p>State (colours, font, line attributes, alpha, clip, transform) is a stack: {@link #pushState()} saves,
 * {@link #restoreState()} returns to the last saved state, {@link #popState()} returns and drops it, as Draw2d's
 * {@code SWTGraphics} does. XOR drawing has no vector equivalent; it is drawn in AWT's XOR mode against the
 * background colour. Needs an SWT display for the font metrics and images (the figures need one anyway). UI thread
 * only; not reusable after {@link #dispose()}.
 */
public final class Graphics2DGraphics extends Graphics {

    /**
     * Logical AWT families by a word an SWT font name carries, for fonts AWT does not have by name; the first word
     * found wins ("DejaVu Sans Mono" is monospaced before it is sans).
     */
    private static final List<Map.Entry<String, String>> LOGICAL = List.of(Map.entry("mono", "Monospaced"),
            Map.entry("courier", "Monospaced"), Map.entry("sans", "SansSerif"), Map.entry("serif", "Serif"),
            Map.entry("times", "Serif"));

    /** The text whose width on screen sets an AWT font's size: letters, digits and the punctuation of labels. */
    private static final String SAMPLE = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 (),:%";

    /** Measures as JFreeSVG and JFreePDF lay text out: unhinted, fractional advances. */
    private static final java.awt.font.FontRenderContext MEASURING = new java.awt.font.FontRenderContext(null, true,
            true);

    /**
     * The font families java.awt can use by name, read once (listing them is slow). A benign race: any thread that
     * finds it unset computes the same set and publishes it through the volatile write.
     */
    private static volatile Set<String> awtFamilies;

    /** Everything {@link #pushState()} saves. Immutable fields except the transform and clip copies it holds. */
    private record State(AffineTransform transform, Shape clip, Color foreground, Color background, Font font,
            int lineWidth, int lineStyle, int[] dash, int lineCap, int lineJoin, int alpha, int antialias,
            int textAntialias, int fillRule, boolean xor, double scale) {
    }

    private final Graphics2D g;
    private final int dpi;
    private final Deque<State> stack = new ArrayDeque<>();
    private final Map<FontData, java.awt.Font> awtFonts = new HashMap<>();
    private final List<DrawnText> texts = new ArrayList<>();

    private Color foreground = ColorConstants.black;
    private Color background = ColorConstants.white;
    private Font font;
    private int lineWidth = 1;
    private int lineStyle = LINE_SOLID;
    private int[] dash;
    private int lineCap = SWT.CAP_FLAT;
    private int lineJoin = SWT.JOIN_MITER;
    private int alpha = 255;
    private int antialias = SWT.DEFAULT;
    private int textAntialias = SWT.DEFAULT;
    private int fillRule = SWT.FILL_EVEN_ODD;
    private boolean xor;
    private double scale = 1;

    /**
     * Paints on {@code g}, whose current transform and clip are the page's; {@code font} is the font until a figure
     * sets one (a figure's font is inherited from its parents, whose font may be the canvas's).
     *
     * @param dpi the display's vertical resolution: the first guess of a font's pixel size, which measuring refines
     */
    public Graphics2DGraphics(Graphics2D g, Font font, int dpi) {
        this.g = Objects.requireNonNull(g, "g");
        this.dpi = dpi > 0 ? dpi : 96;
        this.g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        this.g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        setFont(Objects.requireNonNull(font, "font"));
        applyStroke();
        applyAntialias();
    }

    /**
     * A string as drawn: the width SWT gives it, and whether the clip left all of it visible (as it does for
     * labels, which shorten their own text to fit).
     */
    public record DrawnText(int width, boolean whole) {
    }

    /**
     * {@return the strings drawn so far, in drawing order, one per call of the underlying {@code drawString}} A
     * document whose viewer measures text its own way can fix each string's width to SWT's (SVG's
     * {@code textLength}), so no label outgrows the box laid out for it on screen.
     */
    public List<DrawnText> drawnTexts() {
        return List.copyOf(texts);
    }

    /** {@return the CSS font family list of the current font: its SWT name, then the generic family} */
    public String cssFamily() {
        String name = font.getFontData()[0].getName();
        String logical = logicalFamily(name);
        String generic = switch (logical) {
        case "Monospaced" -> "monospace";
        case "Serif" -> "serif";
        default -> "sans-serif";
        };
        // Double quotes: JFreeSVG puts the family inside a single-quoted style attribute.
        return name.isBlank() ? generic : "\"" + name.replace("\"", "").replace("'", "") + "\", " + generic;
    }

    /** {@return the AWT font that stands for {@code swtFont}: same family if AWT has it, style and pixel size} */
    public java.awt.Font awtFont(Font swtFont) {
        FontData data = swtFont.getFontData()[0];
        return awtFonts.computeIfAbsent(data, d -> {
            int style = ((d.getStyle() & SWT.BOLD) != 0 ? java.awt.Font.BOLD : 0)
                    | ((d.getStyle() & SWT.ITALIC) != 0 ? java.awt.Font.ITALIC : 0);
            String family = families().contains(d.getName().toLowerCase(Locale.ROOT)) ? d.getName()
                    : logicalFamily(d.getName());
            float nominal = d.getHeight() * dpi / 72f;
            java.awt.Font awt = new java.awt.Font(family, style, 12).deriveFont(nominal);
            // GTK renders points at its own resolution (96 dpi unless Xft.dpi says otherwise), not the X server's,
            // so the size is set from what SWT measures: a sample as wide in AWT as on screen keeps every label
            // inside the box the figure laid out for it.
            int swtWidth = FigureUtilities.getTextWidth(SAMPLE, swtFont);
            double awtWidth = awt.getStringBounds(SAMPLE, MEASURING).getWidth();
            return swtWidth > 0 && awtWidth > 0 ? awt.deriveFont((float) (nominal * swtWidth / awtWidth)) : awt;
        });
    }

    private static String logicalFamily(String swtName) {
        String n = swtName.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : LOGICAL) {
            if (n.contains(e.getKey())) {
                return e.getValue();
            }
        }
        return "SansSerif";
    }

    private static Set<String> families() {
        Set<String> f = awtFamilies;
        if (f == null) {
            java.util.HashSet<String> names = new java.util.HashSet<>();
            for (String name : GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()) {
                names.add(name.toLowerCase(Locale.ROOT));
            }
            f = Set.copyOf(names);
            awtFamilies = f;
        }
        return f;
    }

    // ---- colours, fonts, line attributes ----

    private static java.awt.Color awt(Color c, int alpha) {
        RGB rgb = c.getRGB();
        return new java.awt.Color(rgb.red, rgb.green, rgb.blue, alpha);
    }

    @Override
    public Color getForegroundColor() {
        return foreground;
    }

    @Override
    public void setForegroundColor(Color c) {
        foreground = Objects.requireNonNull(c, "colour");
    }

    @Override
    public Color getBackgroundColor() {
        return background;
    }

    @Override
    public void setBackgroundColor(Color c) {
        background = Objects.requireNonNull(c, "colour");
    }

    @Override
    public Font getFont() {
        return font;
    }

    @Override
    public void setFont(Font f) {
        font = Objects.requireNonNull(f, "font");
        g.setFont(awtFont(f));
    }

    @Override
    public FontMetrics getFontMetrics() {
        return FigureUtilities.getFontMetrics(font);
    }

    @Override
    public int getLineWidth() {
        return lineWidth;
    }

    @Override
    public void setLineWidth(int width) {
        lineWidth = width;
        applyStroke();
    }

    @Override
    public int getLineStyle() {
        return lineStyle;
    }

    @Override
    public void setLineStyle(int style) {
        lineStyle = style;
        applyStroke();
    }

    @Override
    public void setLineDash(int[] pattern) {
        dash = pattern == null ? null : pattern.clone();
        lineStyle = dash == null ? LINE_SOLID : LINE_CUSTOM;
        applyStroke();
    }

    @Override
    public int getLineCap() {
        return lineCap;
    }

    @Override
    public void setLineCap(int cap) {
        lineCap = cap;
        applyStroke();
    }

    @Override
    public int getLineJoin() {
        return lineJoin;
    }

    @Override
    public void setLineJoin(int join) {
        lineJoin = join;
        applyStroke();
    }

    /** The AWT stroke of the line attributes; dashes scale with the width, as SWT's do. */
    private void applyStroke() {
        float w = Math.max(1, lineWidth);
        int cap = switch (lineCap) {
        case SWT.CAP_ROUND -> BasicStroke.CAP_ROUND;
        case SWT.CAP_SQUARE -> BasicStroke.CAP_SQUARE;
        default -> BasicStroke.CAP_BUTT;
        };
        int join = switch (lineJoin) {
        case SWT.JOIN_ROUND -> BasicStroke.JOIN_ROUND;
        case SWT.JOIN_BEVEL -> BasicStroke.JOIN_BEVEL;
        default -> BasicStroke.JOIN_MITER;
        };
        int[] pattern = switch (lineStyle) {
        case LINE_DASH -> new int[] { 18, 6 };
        case LINE_DOT -> new int[] { 3, 3 };
        case LINE_DASHDOT -> new int[] { 9, 6, 3, 6 };
        case LINE_DASHDOTDOT -> new int[] { 9, 3, 3, 3, 3, 3 };
        case LINE_CUSTOM -> dash;
        default -> null;
        };
        float[] dashes = null;
        if (pattern != null && pattern.length > 0) {
            dashes = new float[pattern.length];
            for (int i = 0; i < pattern.length; i++) {
                dashes[i] = Math.max(0.01f, pattern[i] * (lineStyle == LINE_CUSTOM ? 1 : w));
            }
        }
        g.setStroke(new BasicStroke(w, cap, join, 10f, dashes, 0f));
    }

    @Override
    public int getAlpha() {
        return alpha;
    }

    @Override
    public void setAlpha(int value) {
        alpha = Math.max(0, Math.min(255, value));
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, alpha / 255f));
    }

    @Override
    public int getAntialias() {
        return antialias;
    }

    @Override
    public void setAntialias(int value) {
        antialias = value;
        applyAntialias();
    }

    @Override
    public int getTextAntialias() {
        return textAntialias;
    }

    @Override
    public void setTextAntialias(int value) {
        textAntialias = value;
        applyAntialias();
    }

    private void applyAntialias() {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialias == SWT.OFF
                ? RenderingHints.VALUE_ANTIALIAS_OFF : RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, textAntialias == SWT.OFF
                ? RenderingHints.VALUE_TEXT_ANTIALIAS_OFF : RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    @Override
    public int getFillRule() {
        return fillRule;
    }

    @Override
    public void setFillRule(int rule) {
        fillRule = rule;
    }

    @Override
    public int getInterpolation() {
        Object hint = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        return RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR.equals(hint) ? SWT.NONE : SWT.DEFAULT;
    }

    @Override
    public void setInterpolation(int interpolation) {
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation == SWT.NONE
                ? RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    }

    @Override
    public boolean getXORMode() {
        return xor;
    }

    @Override
    public void setXORMode(boolean on) {
        xor = on;
        if (on) {
            g.setXORMode(awt(background, 255));
        } else {
            g.setPaintMode();
        }
    }

    // ---- clipping and transforms ----

    @Override
    public void clipRect(Rectangle r) {
        g.clip(new Rectangle2D.Double(r.x, r.y, r.width, r.height));
    }

    @Override
    public void setClip(Rectangle r) {
        g.setClip(new Rectangle2D.Double(r.x, r.y, r.width, r.height));
    }

    @Override
    public void setClip(Path path) {
        g.setClip(awtPath(path));
    }

    @Override
    public Rectangle getClip(Rectangle rect) {
        Shape clip = g.getClip();
        if (clip == null) {
            return set(rect, -1_000_000, -1_000_000, 2_000_000, 2_000_000);
        }
        Rectangle2D b = clip.getBounds2D();
        int x = (int) Math.floor(b.getX()), y = (int) Math.floor(b.getY());
        return set(rect, x, y, (int) Math.ceil(b.getMaxX()) - x, (int) Math.ceil(b.getMaxY()) - y);
    }

    private static Rectangle set(Rectangle r, int x, int y, int width, int height) {
        r.x = x;
        r.y = y;
        r.width = width;
        r.height = height;
        return r;
    }

    @Override
    public void translate(int dx, int dy) {
        g.translate(dx, dy);
    }

    @Override
    public void translate(float dx, float dy) {
        g.translate(dx, dy);
    }

    @Override
    public void scale(double amount) {
        scale((float) amount, (float) amount);
    }

    @Override
    public void scale(float horizontal, float vertical) {
        g.scale(horizontal, vertical);
        scale *= Math.sqrt(Math.abs(horizontal * vertical));
    }

    @Override
    public double getAbsoluteScale() {
        return scale;
    }

    @Override
    public void rotate(float degrees) {
        g.rotate(Math.toRadians(degrees));
    }

    @Override
    public void shear(float horz, float vert) {
        g.shear(horz, vert);
    }

    @Override
    public void pushState() {
        stack.push(state());
    }

    @Override
    public void popState() {
        restore(stack.pop());
    }

    @Override
    public void restoreState() {
        restore(stack.peek());
    }

    private State state() {
        return new State(g.getTransform(), g.getClip(), foreground, background, font, lineWidth, lineStyle,
                dash == null ? null : dash.clone(), lineCap, lineJoin, alpha, antialias, textAntialias, fillRule,
                xor, scale);
    }

    private void restore(State s) {
        g.setTransform(s.transform());
        g.setClip(s.clip());
        foreground = s.foreground();
        background = s.background();
        setFont(s.font());
        lineWidth = s.lineWidth();
        lineStyle = s.lineStyle();
        dash = s.dash() == null ? null : s.dash().clone();
        lineCap = s.lineCap();
        lineJoin = s.lineJoin();
        applyStroke();
        setAlpha(s.alpha());
        antialias = s.antialias();
        textAntialias = s.textAntialias();
        applyAntialias();
        fillRule = s.fillRule();
        setXORMode(s.xor());
        scale = s.scale();
    }

    @Override
    public void dispose() {
        // The Graphics2D belongs to the caller (the document it draws into); nothing of ours to release.
        stack.clear();
    }

    // ---- shapes ----

    /** Strokes {@code shape} in the foreground colour, moved by half a pixel for odd widths as SWT does. */
    private void stroke(Shape shape) {
        g.setColor(awt(foreground, 255));
        int w = Math.max(1, lineWidth);
        if (w % 2 == 1) {
            AffineTransform t = g.getTransform();
            g.translate(0.5, 0.5);
            g.draw(shape);
            g.setTransform(t);
        } else {
            g.draw(shape);
        }
    }

    /** Fills {@code shape} in the background colour. */
    private void fill(Shape shape) {
        g.setColor(awt(background, 255));
        g.fill(shape);
    }

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        stroke(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void drawPoint(int x, int y) {
        g.setColor(awt(foreground, 255));
        g.fill(new Rectangle2D.Double(x, y, 1, 1));
    }

    @Override
    public void drawRectangle(int x, int y, int width, int height) {
        stroke(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void fillRectangle(int x, int y, int width, int height) {
        fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void drawRoundRectangle(Rectangle r, int arcWidth, int arcHeight) {
        stroke(new RoundRectangle2D.Double(r.x, r.y, r.width, r.height, arcWidth, arcHeight));
    }

    @Override
    public void fillRoundRectangle(Rectangle r, int arcWidth, int arcHeight) {
        fill(new RoundRectangle2D.Double(r.x, r.y, r.width, r.height, arcWidth, arcHeight));
    }

    @Override
    public void drawOval(int x, int y, int width, int height) {
        stroke(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void fillOval(int x, int y, int width, int height) {
        fill(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void drawArc(int x, int y, int width, int height, int offset, int length) {
        stroke(new Arc2D.Double(x, y, width, height, offset, length, Arc2D.OPEN));
    }

    @Override
    public void fillArc(int x, int y, int width, int height, int offset, int length) {
        fill(new Arc2D.Double(x, y, width, height, offset, length, Arc2D.PIE));
    }

    @Override
    public void drawPolygon(PointList points) {
        drawPolygon(points.toIntArray());
    }

    @Override
    public void drawPolygon(int[] points) {
        stroke(polygon(points, true));
    }

    @Override
    public void fillPolygon(PointList points) {
        fillPolygon(points.toIntArray());
    }

    @Override
    public void fillPolygon(int[] points) {
        fill(polygon(points, true));
    }

    @Override
    public void drawPolyline(PointList points) {
        drawPolyline(points.toIntArray());
    }

    @Override
    public void drawPolyline(int[] points) {
        stroke(polygon(points, false));
    }

    private Path2D polygon(int[] xy, boolean closed) {
        Path2D.Double path = new Path2D.Double(fillRule == SWT.FILL_WINDING ? Path2D.WIND_NON_ZERO
                : Path2D.WIND_EVEN_ODD);
        for (int i = 0; i + 1 < xy.length; i += 2) {
            if (i == 0) {
                path.moveTo(xy[i], xy[i + 1]);
            } else {
                path.lineTo(xy[i], xy[i + 1]);
            }
        }
        if (closed && xy.length >= 2) {
            path.closePath();
        }
        return path;
    }

    @Override
    public void drawPath(Path path) {
        stroke(awtPath(path));
    }

    @Override
    public void fillPath(Path path) {
        fill(awtPath(path));
    }

    /** The AWT shape of an SWT path, with the current fill rule. */
    private Path2D awtPath(Path path) {
        PathData data = path.getPathData();
        Path2D.Float p = new Path2D.Float(fillRule == SWT.FILL_WINDING ? Path2D.WIND_NON_ZERO
                : Path2D.WIND_EVEN_ODD);
        float[] pt = data.points;
        int k = 0;
        for (byte type : data.types) {
            switch (type) {
            case SWT.PATH_MOVE_TO -> p.moveTo(pt[k++], pt[k++]);
            case SWT.PATH_LINE_TO -> p.lineTo(pt[k++], pt[k++]);
            case SWT.PATH_QUAD_TO -> p.quadTo(pt[k++], pt[k++], pt[k++], pt[k++]);
            case SWT.PATH_CUBIC_TO -> p.curveTo(pt[k++], pt[k++], pt[k++], pt[k++], pt[k++], pt[k++]);
            case SWT.PATH_CLOSE -> p.closePath();
            default -> throw new IllegalArgumentException("unknown SWT path element " + type);
            }
        }
        return p;
    }

    @Override
    public void fillGradient(int x, int y, int w, int h, boolean vertical) {
        GradientPaint paint = new GradientPaint(x, y, awt(foreground, 255), vertical ? x : x + w,
                vertical ? y + h : y, awt(background, 255));
        g.setPaint(paint);
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void drawFocus(int x, int y, int w, int h) {
        // GTK draws focus as a dotted outline one pixel inside the rectangle's far edges, as here.
        int oldStyle = lineStyle;
        setLineStyle(LINE_DOT);
        stroke(new Rectangle2D.Double(x, y, w, h));
        setLineStyle(oldStyle);
    }

    // ---- text ----

    @Override
    public void drawString(String s, int x, int y) {
        text(s, x, y, false, false);
    }

    @Override
    public void fillString(String s, int x, int y) {
        text(s, x, y, false, true);
    }

    @Override
    public void drawText(String s, int x, int y) {
        text(s, x, y, true, false);
    }

    @Override
    public void fillText(String s, int x, int y) {
        text(s, x, y, true, true);
    }

    /**
     * Draws text with its top-left corner at (x, y), as SWT does; {@code lines}: line breaks start new lines and
     * tabs expand (SWT's drawText), else one line as given (drawString); {@code opaque}: the background colour
     * fills each line's box first.
     */
    private void text(String s, int x, int y, boolean lines, boolean opaque) {
        if (s == null || s.isEmpty()) {
            return;
        }
        FontMetrics m = getFontMetrics();
        int lineHeight = m.getHeight();
        int baseline = m.getLeading() + m.getAscent();
        String[] parts = lines ? s.split("\r\n|\r|\n", -1) : new String[] { s };
        int top = y;
        for (String part : parts) {
            String shown = lines ? part.replace("\t", "        ") : part;
            if (opaque) {
                fill(new Rectangle2D.Double(x, top, FigureUtilities.getTextWidth(shown, font), lineHeight));
            }
            if (!shown.isEmpty()) {
                g.setColor(awt(foreground, 255));
                g.drawString(shown, (float) x, (float) (top + baseline));
                int width = FigureUtilities.getTextWidth(shown, font);
                Rectangle clip = getClip(new Rectangle());
                boolean whole = clip.x <= x && x + width <= clip.right() && clip.y <= top
                        && top + lineHeight <= clip.bottom();
                texts.add(new DrawnText(width, whole));
            }
            top += lineHeight;
        }
    }

    // ---- images ----

    @Override
    public void drawImage(Image image, int x, int y) {
        g.drawImage(bufferedImage(image.getImageData()), x, y, null);
    }

    @Override
    public void drawImage(Image image, int x1, int y1, int w1, int h1, int x2, int y2, int w2, int h2) {
        g.drawImage(bufferedImage(image.getImageData()), x2, y2, x2 + w2, y2 + h2, x1, y1, x1 + w1, y1 + h1, null);
    }

    /** An SWT image's pixels as an ARGB image, with its alpha channel or its transparent pixel. */
    static BufferedImage bufferedImage(ImageData data) {
        BufferedImage out = new BufferedImage(data.width, data.height, BufferedImage.TYPE_INT_ARGB);
        PaletteData palette = data.palette;
        int transparency = data.getTransparencyType();
        ImageData mask = transparency == SWT.TRANSPARENCY_MASK || transparency == SWT.TRANSPARENCY_PIXEL
                ? data.getTransparencyMask() : null;
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                int pixel = data.getPixel(x, y);
                RGB rgb = palette.getRGB(pixel);
                int a = data.alphaData != null || data.alpha >= 0 ? data.getAlpha(x, y) : 255;
                if (mask != null && mask.getPixel(x, y) == 0) {
                    a = 0;
                }
                out.setRGB(x, y, (a << 24) | (rgb.red << 16) | (rgb.green << 8) | rgb.blue);
            }
        }
        return out;
    }
}
