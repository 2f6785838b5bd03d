package org.smpng.graph;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The one visual style of lock-order pictures, shared by the GEF view (which makes SWT colours and fonts from
 * these numbers) and the SVG export, so that an exported file looks like the view it came from.
 *
 * <p>The palette follows the Okabe&ndash;Ito colour-blind-safe hues (vermillion, blue, orange, bluish green,
 * reddish purple) but uses them as light fills with a darker outline of the same hue, so every label is dark text
 * on a pale background. Categories also differ in lightness, and Giant alone is strongly saturated with a thick
 * outline: it stays recognisable in greyscale and for readers with any form of colour blindness.
 *
 * <p>Instances are immutable. {@link #standard()} is the style every renderer should use unless a user asks for
 * something else.
 */
public final class LockGraphStyle {

    private static final LockGraphStyle STANDARD = new LockGraphStyle(standardCategories(), 0x5B6573, 0xFFFFFF,
            0x1F2328, "SansSerif", 12, 16, 10, 5, 6);

    private final Map<NodeCategory, CategoryStyle> categories;
    private final int edgeRgb;
    private final int backgroundRgb;
    private final int titleRgb;
    private final String fontFamily;
    private final int fontSize;
    private final int titleFontSize;
    private final double nodePaddingX;
    private final double nodePaddingY;
    private final double cornerRadius;

    private LockGraphStyle(Map<NodeCategory, CategoryStyle> categories, int edgeRgb, int backgroundRgb, int titleRgb,
            String fontFamily, int fontSize, int titleFontSize, double nodePaddingX, double nodePaddingY,
            double cornerRadius) {
        for (NodeCategory category : NodeCategory.values()) {
            Objects.requireNonNull(categories.get(category), () -> "no style for " + category);
        }
        CategoryStyle.requireRgb(edgeRgb);
        CategoryStyle.requireRgb(backgroundRgb);
        CategoryStyle.requireRgb(titleRgb);
        this.categories = new EnumMap<>(categories);
        this.edgeRgb = edgeRgb;
        this.backgroundRgb = backgroundRgb;
        this.titleRgb = titleRgb;
        this.fontFamily = Objects.requireNonNull(fontFamily, "fontFamily");
        this.fontSize = fontSize;
        this.titleFontSize = titleFontSize;
        this.nodePaddingX = nodePaddingX;
        this.nodePaddingY = nodePaddingY;
        this.cornerRadius = cornerRadius;
    }

    private static Map<NodeCategory, CategoryStyle> standardCategories() {
        Map<NodeCategory, CategoryStyle> m = new EnumMap<>(NodeCategory.class);
        int text = 0x1F2328;
        // Giant is the one saturated node: vermillion with a dark outline twice as thick as the others.
        m.put(NodeCategory.GIANT, new CategoryStyle(0xF4743B, 0x9E2F0A, text, 2.5, "Giant"));
        m.put(NodeCategory.SLEEP_MUTEX, new CategoryStyle(0xD5E5F6, 0x2F6DA8, text, 1.2, "sleep mutex"));
        m.put(NodeCategory.SPIN_MUTEX, new CategoryStyle(0xFBE3A1, 0xB07D00, text, 1.2, "spin mutex"));
        m.put(NodeCategory.SX, new CategoryStyle(0xCDEBDB, 0x1B8A5A, text, 1.2, "sx lock"));
        m.put(NodeCategory.RW, new CategoryStyle(0xEBDCF0, 0x8E5AA8, text, 1.2, "rw lock"));
        m.put(NodeCategory.OTHER, new CategoryStyle(0xE8E8E8, 0x7A7A7A, text, 1.2, "other lock"));
        return m;
    }

    /** {@return the standard style} */
    public static LockGraphStyle standard() {
        return STANDARD;
    }

    /**
     * Returns how nodes of a category are drawn.
     *
     * @param category the category
     * @return its style, never {@code null}
     */
    public CategoryStyle category(NodeCategory category) {
        return categories.get(Objects.requireNonNull(category, "category"));
    }

    /**
     * Returns the legend name of a category, for example "sleep mutex".
     *
     * @param category the category
     * @return the name readers see
     */
    public String legendLabel(NodeCategory category) {
        return category(category).legendLabel();
    }

    /** {@return the colour of edges and arrow heads, as 0xRRGGBB} */
    public int edgeRgb() {
        return edgeRgb;
    }

    /** {@return the width of edge lines in pixels} */
    public double edgeWidth() {
        return 1.2;
    }

    /**
     * The colour of an edge of a kind, as 0xRRGGBB: declared orders in the edge colour, orders WITNESS observed in a
     * lighter grey (drawn dashed, see {@link #dashed}), reversals in red, which no lock category uses as an outline.
     */
    public int edgeRgb(EdgeKind kind) {
        return switch (kind) {
            case DECLARED_ORDER -> edgeRgb;
            case OBSERVED_ORDER -> 0x8C959F;
            case REVERSAL -> 0xCF222E;
        };
    }

    /** {@return the line width of an edge of a kind: reversals are drawn twice as thick, to be found at once} */
    public double edgeWidth(EdgeKind kind) {
        return kind == EdgeKind.REVERSAL ? 2.4 : edgeWidth();
    }

    /**
     * Whether edges of a kind are dashed: observed orders are, so that on a declared edge's route both stay
     * visible and a greyscale print tells them apart.
     */
    public boolean dashed(EdgeKind kind) {
        return kind == EdgeKind.OBSERVED_ORDER;
    }

    /** {@return the dash pattern of dashed edges: on and off lengths in pixels} */
    public float[] dashPattern() {
        return new float[] {5, 3};
    }

    /** {@return what the legend calls an edge kind} */
    public String legendLabel(EdgeKind kind) {
        return switch (kind) {
            case DECLARED_ORDER -> "acquired before (declared)";
            case OBSERVED_ORDER -> "acquired before (seen by WITNESS)";
            case REVERSAL -> "lock order reversal";
        };
    }

    /** {@return the length of an arrow head along its edge, in pixels} */
    public double arrowLength() {
        return 8;
    }

    /** {@return the full width of an arrow head across its edge, in pixels} */
    public double arrowWidth() {
        return 7;
    }

    /** {@return the canvas colour, as 0xRRGGBB} */
    public int backgroundRgb() {
        return backgroundRgb;
    }

    /** {@return the colour of the title and legend text, as 0xRRGGBB} */
    public int titleRgb() {
        return titleRgb;
    }

    /**
     * Returns the label font family. It is Java's logical sans-serif name; a UI may substitute its platform's
     * default sans font, provided it also measures with that font (see {@link TextMeasurer}).
     *
     * @return the family name
     */
    public String fontFamily() {
        return fontFamily;
    }

    /** {@return the label font size in pixels} */
    public int fontSize() {
        return fontSize;
    }

    /** {@return the title font size in pixels; titles are bold} */
    public int titleFontSize() {
        return titleFontSize;
    }

    /** {@return the space between a label and the left or right node border, in pixels} */
    public double nodePaddingX() {
        return nodePaddingX;
    }

    /** {@return the space between a label and the top or bottom node border, in pixels} */
    public double nodePaddingY() {
        return nodePaddingY;
    }

    /** {@return the corner radius of node rectangles, in pixels} */
    public double cornerRadius() {
        return cornerRadius;
    }

    /** {@return the narrowest a node may be, so that short names like "cy" do not give slivers} */
    public double minNodeWidth() {
        return 56;
    }

    /**
     * Returns the size of the node box that holds a label of the given size.
     *
     * @param label the measured label
     * @return the node's width and height
     */
    public TextSize nodeSize(TextSize label) {
        return new TextSize(Math.max(minNodeWidth(), Math.ceil(label.width() + 2 * nodePaddingX)),
                Math.ceil(label.height() + 2 * nodePaddingY));
    }

    /**
     * Extracts the red component of a colour.
     *
     * @param rgb a 0xRRGGBB colour
     * @return the red component, 0..255
     */
    public static int red(int rgb) {
        return (rgb >> 16) & 0xFF;
    }

    /**
     * Extracts the green component of a colour.
     *
     * @param rgb a 0xRRGGBB colour
     * @return the green component, 0..255
     */
    public static int green(int rgb) {
        return (rgb >> 8) & 0xFF;
    }

    /**
     * Extracts the blue component of a colour.
     *
     * @param rgb a 0xRRGGBB colour
     * @return the blue component, 0..255
     */
    public static int blue(int rgb) {
        return rgb & 0xFF;
    }
}
