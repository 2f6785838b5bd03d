package org.smpng.sim.kern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The interrupt latency histogram: exact count, mean and max; percentiles within 1/32, never below the truth. */
class LatencyRecorderTest {

    @Test
    void percentilesAreWithinOneThirtySecondAndNeverBelowTheTrueValue() {
        LatencyRecorder r = new LatencyRecorder();
        for (long v = 1; v <= 100_000; v++) {
            r.record(v * 7);
        }
        assertEquals(100_000, r.count());
        assertEquals(7 * 50_000.5, r.mean(), 1e-6);
        assertEquals(700_000, r.max());
        for (double f : new double[] { 0.5, 0.9, 0.99, 0.999 }) {
            long exact = 7 * (long) Math.ceil(f * 100_000);
            long p = r.percentile(f);
            assertTrue(p >= exact && p <= exact + exact / 32, f + ": " + p + " for " + exact);
        }
        assertEquals(700_000, r.percentile(1.0));
    }

    @Test
    void smallValuesAndEqualValuesAreExactAndAnEmptyRecorderSaysZero() {
        LatencyRecorder empty = new LatencyRecorder();
        assertEquals(0, empty.percentile(0.99));
        assertEquals(0, empty.mean());
        LatencyRecorder small = new LatencyRecorder();
        for (int v = 0; v < 64; v++) {
            small.record(v);
        }
        assertEquals(31, small.percentile(0.5));
        assertEquals(63, small.percentile(1.0));
        LatencyRecorder same = new LatencyRecorder();
        for (int k = 0; k < 1_000; k++) {
            same.record(2_000);
        }
        same.record(-5); // a negative latency cannot happen; it counts as 0 rather than corrupting the histogram
        assertEquals(2_000, same.percentile(0.5));
        assertEquals(2_000, same.percentile(0.99));
        assertEquals(0, same.percentile(0.0001));
    }
}
