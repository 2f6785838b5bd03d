package org.smpng.graph;

/**
 * The extent of one line of text in the units of the drawing (pixels at 100% zoom).
 *
 * @param width  the advance width of the text, at least 0
 * @param height the line height (ascent, descent and leading), at least 0
 */
public record TextSize(double width, double height) {

    /** Rejects negative or non-finite extents, which would corrupt node sizes silently. */
    public TextSize {
        if (!(width >= 0 && height >= 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
            throw new IllegalArgumentException("text size must be finite and non-negative: " + width + " x " + height);
        }
    }
}
