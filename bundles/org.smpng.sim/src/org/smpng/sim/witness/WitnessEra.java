package org.smpng.sim.witness;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Which FreeBSD kernel's WITNESS output the runtime {@link Witness} imitates, so that a model's report can be
 * diffed against a real kernel's console (formats in shared/docs/freebsd-formats.md, section 1).
 */
public enum WitnessEra {

    /**
     * FreeBSD 5.x (2002-2005 subr_witness.c): header {@code lock order reversal} without a colon, lock lines
     * {@code " 1st %p %s (%s) @ %s:%d"} with the lock type in parentheses, then {@code KDB: stack backtrace:} with
     * DDB frames.
     */
    FREEBSD_5X("5x"),

    /**
     * FreeBSD 7.1 to 12.x (after the 2008 rewrite): header {@code lock order reversal:} with the
     * {@code (sleepable after non-sleepable)} and {@code (Giant after non-sleepable)} variants, the same lock
     * lines with the witness name in parentheses, then {@code stack backtrace:} with {@code #N addr at func+off}.
     */
    FREEBSD_11X("11x"),

    /**
     * FreeBSD 13 to main: lock lines {@code " 1st %p %s (%s, %s) @ %s:%d"} with witness name and lock class, then
     * {@code lock order A -> B established at:} (when the opposite order was seen at run time) and
     * {@code lock order B -> A attempted at:} stacks.
     */
    MODERN("modern");

    private final String label;

    WitnessEra(String label) {
        this.label = label;
    }

    /** The name used on the command line ({@code --witness-format}). */
    public String label() {
        return label;
    }

    /**
     * Returns the era with the given command-line name.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static WitnessEra of(String label) {
        for (WitnessEra era : values()) {
            if (era.label.equals(label)) {
                return era;
            }
        }
        throw new IllegalArgumentException("unknown WITNESS format '" + label + "'; expected one of "
                + Arrays.stream(values()).map(WitnessEra::label).collect(Collectors.joining(", ")));
    }
}
