package org.smpng.graph.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.smpng.graph.AwtTextMeasurer;
import org.smpng.graph.LockGraphStyle;
import org.smpng.graph.TextMeasurer;
import org.smpng.graph.TextSize;

/** Headless font measurement, which node sizes in the SVG export and the CLI depend on. */
class TextMeasurementTest {

    private final TextMeasurer measurer = new AwtTextMeasurer(LockGraphStyle.standard());

    @Test
    void longerLabelsAreWider() {
        assertTrue(measurer.measure("vm page queue free mutex").width() > measurer.measure("sio").width());
    }

    @Test
    void lineHeightFitsTheFontSize() {
        double height = measurer.measure("Giant").height();
        int size = LockGraphStyle.standard().fontSize();
        assertTrue(height >= size && height <= 2 * size, "line height " + height);
    }

    @Test
    void emptyLabelHasNoWidthButALineHeight() {
        TextSize empty = measurer.measure("");
        assertEquals(0, empty.width());
        assertEquals(measurer.measure("x").height(), empty.height(), 1e-9);
    }

    @Test
    void measuringIsRepeatable() {
        assertEquals(measurer.measure("turnstile chain"), new AwtTextMeasurer(LockGraphStyle.standard())
                .measure("turnstile chain"));
    }

    @Test
    void negativeSizesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new TextSize(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> new TextSize(1, Double.NaN));
    }
}
