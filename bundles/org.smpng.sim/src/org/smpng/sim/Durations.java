package org.smpng.sim;

import java.util.Locale;

/**
 * Times as users type them, on the command line and in the workbench: a number with a unit of ns, us, ms or s (20ms,
 * 1.5s, 500us), or a plain number of nanoseconds. Only the reading is shared; each caller says what range it takes
 * and words its own message.
 */
public final class Durations {

    private static final String[][] UNITS = { { "ns", "1" }, { "us", "1000" }, { "ms", "1000000" },
        { "s", "1000000000" } };

    private Durations() {
    }

    /**
     * {@return the time {@code text} names, in nanoseconds, unrounded and unchecked (it may be negative, NaN or
     * huge)}
     *
     * @throws NumberFormatException if the text is no number with one of the units
     */
    public static double parseNs(String text) {
        String v = text.strip().toLowerCase(Locale.ROOT);
        for (String[] u : UNITS) {
            if (v.endsWith(u[0])) {
                return Double.parseDouble(v.substring(0, v.length() - u[0].length()).strip()) * Long.parseLong(u[1]);
            }
        }
        return Double.parseDouble(v);
    }
}
