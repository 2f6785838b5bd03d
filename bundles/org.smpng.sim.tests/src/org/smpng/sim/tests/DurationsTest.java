package org.smpng.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.smpng.sim.Durations;

/** Times as users type them: each unit, plain nanoseconds, blanks, and what is no time. */
class DurationsTest {

    @Test
    void eachUnitAndPlainNanoseconds() {
        assertEquals(20e6, Durations.parseNs("20ms"));
        assertEquals(1.5e9, Durations.parseNs("1.5s"));
        assertEquals(500e3, Durations.parseNs("500us"));
        assertEquals(1000, Durations.parseNs("1000ns"));
        assertEquals(1234, Durations.parseNs("1234"));
        assertEquals(20e6, Durations.parseNs(" 20 MS "), "blanks and upper case");
        assertEquals(-2e6, Durations.parseNs("-2ms"), "the range is the caller's to check");
    }

    @Test
    void whatIsNoTimeIsRefused() {
        assertThrows(NumberFormatException.class, () -> Durations.parseNs("soon"));
        assertThrows(NumberFormatException.class, () -> Durations.parseNs("ms"));
        assertThrows(NumberFormatException.class, () -> Durations.parseNs("20 minutes"));
        assertThrows(NumberFormatException.class, () -> Durations.parseNs(""));
    }
}
