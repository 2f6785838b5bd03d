package org.smpng.graph.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smpng.graph.CategoryStyle;
import org.smpng.graph.LockGraphStyle;
import org.smpng.graph.NodeCategory;

/** The palette's readability promises. */
class LockGraphStyleTest {

    private final LockGraphStyle style = LockGraphStyle.standard();

    @Test
    void everyCategoryHasItsOwnFillAndLegendName() {
        Set<Integer> fills = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (NodeCategory c : NodeCategory.values()) {
            assertTrue(fills.add(style.category(c).fillRgb()), "fill of " + c + " is shared");
            assertTrue(names.add(style.legendLabel(c)), "legend name of " + c + " is shared");
        }
        assertEquals("Giant", style.legendLabel(NodeCategory.GIANT));
        assertEquals("sleep mutex", style.legendLabel(NodeCategory.SLEEP_MUTEX));
        assertEquals("spin mutex", style.legendLabel(NodeCategory.SPIN_MUTEX));
        assertEquals("sx lock", style.legendLabel(NodeCategory.SX));
    }

    @Test
    void labelsMeetWcagContrastOnEveryFill() {
        for (NodeCategory c : NodeCategory.values()) {
            CategoryStyle cs = style.category(c);
            double contrast = contrast(cs.textRgb(), cs.fillRgb());
            assertTrue(contrast >= 4.5, c + " label contrast " + contrast);
        }
    }

    @Test
    void giantStandsOutWithoutRelyingOnHue() {
        CategoryStyle giant = style.category(NodeCategory.GIANT);
        for (NodeCategory c : NodeCategory.values()) {
            if (c == NodeCategory.GIANT) {
                continue;
            }
            CategoryStyle other = style.category(c);
            // Darker than every pastel fill (visible in greyscale) and outlined more heavily.
            assertTrue(luminance(giant.fillRgb()) < luminance(other.fillRgb()) - 0.3, "Giant vs " + c);
            assertTrue(giant.borderWidth() > other.borderWidth());
        }
    }

    @Test
    void rgbComponentsAreExtracted() {
        assertEquals(0x12, LockGraphStyle.red(0x123456));
        assertEquals(0x34, LockGraphStyle.green(0x123456));
        assertEquals(0x56, LockGraphStyle.blue(0x123456));
        assertNotEquals(style.edgeRgb(), style.backgroundRgb());
    }

    /** WCAG 2 contrast ratio of two sRGB colours. */
    private static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2 relative luminance of an sRGB colour. */
    private static double luminance(int rgb) {
        return 0.2126 * channel(LockGraphStyle.red(rgb)) + 0.7152 * channel(LockGraphStyle.green(rgb))
                + 0.0722 * channel(LockGraphStyle.blue(rgb));
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
