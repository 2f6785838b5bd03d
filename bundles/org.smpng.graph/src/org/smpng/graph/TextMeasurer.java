package org.smpng.graph;

/**
 * Measures a single line of label text in the font the picture will be drawn with.
 *
 * <p>The layout sizes nodes through this interface so that it stays toolkit-free: the GEF view passes a measurer
 * backed by its SWT font, headless code (SVG export, the CLI, tests) passes {@link AwtTextMeasurer}. A measurer
 * must be deterministic, or layouts stop being reproducible.
 */
@FunctionalInterface
public interface TextMeasurer {

    /**
     * Measures one line of text.
     *
     * @param text the text, never {@code null}, possibly empty
     * @return its size; an empty text has width 0 and the font's line height
     */
    TextSize measure(String text);
}
