package org.smpng.io.witness;

import java.util.List;

/**
 * A WITNESS lock order reversal report as a FreeBSD kernel printed it on its console, read back by
 * {@link LorReportParser}: the header, the 1st/2nd[/3rd] lock lines, and the stacks that follow (see
 * shared/docs/freebsd-formats.md, section 1).
 *
 * @param era       which kernel's format the report is in
 * @param header    whether the {@code lock order reversal} header line was found
 * @param variant   the header's parenthesised variant without parentheses ({@code sleepable after non-sleepable},
 *                  {@code Giant after non-sleepable}), or empty
 * @param locks     the lock lines in the order printed
 * @param orders    the {@code lock order A -> B established at:} and {@code attempted at:} blocks, in order
 * @param backtrace the frames after {@code stack backtrace:} or {@code KDB: stack backtrace:}
 * @param problems  what the parser found garbled or missing (truncated excerpts, interleaved console output), one
 *                  sentence each; empty for a complete, clean report
 */
public record LorReport(Era era, boolean header, String variant, List<LockLine> locks, List<Order> orders,
        List<Frame> backtrace, List<String> problems) {

    /** The output formats of WITNESS over FreeBSD's history. */
    public enum Era {
        /** 5.x: {@code lock order reversal} without a colon, {@code (type)} after the lock name. */
        FREEBSD_5X,
        /** 7.1 to 12.x: {@code lock order reversal:}, {@code (witness name)}, {@code stack backtrace:}. */
        FREEBSD_11X,
        /** 13 to main: {@code (witness name, lock class)} and {@code established at:} / {@code attempted at:}. */
        MODERN
    }

    /**
     * One {@code " 1st %p %s (%s[, %s]) @ %s:%d"} line.
     *
     * @param ordinal     {@code 1st}, {@code 2nd} or {@code 3rd}
     * @param pointer     the lock's address as printed ({@code 0x...})
     * @param name        the lock's name (lo_name)
     * @param witnessName the name in parentheses: the lock type (5.x) or witness name
     * @param className   the lock class (modern reports), or empty
     * @param file        the acquisition file as printed, or empty when the line was cut off
     * @param line        the acquisition line, or 0 when the line was cut off
     */
    public record LockLine(String ordinal, String pointer, String name, String witnessName, String className,
            String file, int line) {
    }

    /**
     * A {@code lock order FROM -> TO established at:} or {@code attempted at:} block.
     *
     * @param from        the first lock type of the order
     * @param to          the second
     * @param established true for {@code established at:}, false for {@code attempted at:}
     * @param frames      the stack printed under it
     */
    public record Order(String from, String to, boolean established, List<Frame> frames) {

        /** Makes the list immutable. */
        public Order {
            frames = List.copyOf(frames);
        }
    }

    /**
     * One stack frame.
     *
     * @param index    the {@code #N} number, or -1 when the format has none
     * @param address  the return address as printed, or empty
     * @param function the function name
     * @param offset   the offset as printed ({@code 0x...})
     */
    public record Frame(int index, String address, String function, String offset) {
    }

    /** Makes the lists immutable. */
    public LorReport {
        locks = List.copyOf(locks);
        orders = List.copyOf(orders);
        backtrace = List.copyOf(backtrace);
        problems = List.copyOf(problems);
    }

    /** The witness names (lock types) of the lock lines, in report order. */
    public List<String> lockTypes() {
        return locks.stream().map(LockLine::witnessName).toList();
    }
}
