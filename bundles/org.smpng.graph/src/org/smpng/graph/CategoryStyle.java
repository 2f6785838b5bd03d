package org.smpng.graph;

import java.util.Objects;

/**
 * How nodes of one {@link NodeCategory} are drawn. Colours are 24-bit {@code 0xRRGGBB} integers so that SWT
 * ({@code new Color(r, g, b)}), AWT and SVG code can all build their own colour objects from the same numbers.
 *
 * @param fillRgb     the node's background colour
 * @param borderRgb   the node's outline colour
 * @param textRgb     the label colour; chosen for at least 4.5:1 contrast against {@code fillRgb}
 * @param borderWidth the outline width in pixels; Giant's is thicker so that it stands out without relying on
 *                    colour alone
 * @param legendLabel the name shown in legends, in FreeBSD's words ("sleep mutex", not "SLEEP_MUTEX")
 */
public record CategoryStyle(int fillRgb, int borderRgb, int textRgb, double borderWidth, String legendLabel) {

    /** Checks that colours are 24-bit values and the legend label is present. */
    public CategoryStyle {
        requireRgb(fillRgb);
        requireRgb(borderRgb);
        requireRgb(textRgb);
        Objects.requireNonNull(legendLabel, "legendLabel");
        if (!(borderWidth > 0)) {
            throw new IllegalArgumentException("border width must be positive: " + borderWidth);
        }
    }

    static void requireRgb(int rgb) {
        if ((rgb & ~0xFFFFFF) != 0) {
            throw new IllegalArgumentException("not a 0xRRGGBB colour: " + Integer.toHexString(rgb));
        }
    }
}
