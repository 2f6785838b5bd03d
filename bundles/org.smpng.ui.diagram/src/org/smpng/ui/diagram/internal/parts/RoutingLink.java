package org.smpng.ui.diagram.internal.parts;

import org.smpng.model.machine.IrqLine;

/**
 * A connection of the interrupt routing diagram, derived from the machine model (never stored): a device raising
 * an IRQ line ({@code Device.irqLines}), a legacy line wired to an I/O APIC pin ({@code IrqLine.pin}), or the line
 * delivered to a CPU ({@code IrqLine.targets}) — drawn from the line's pin when it has one, so the picture reads
 * device → line → pin → CPU. Equal when they join the same objects, so the viewer keeps one part per link across
 * refreshes.
 *
 * @param source the device, line or pin the link starts at
 * @param target the line, pin or CPU it ends at
 * @param line   the IRQ line the link belongs to
 * @param kind   what the link stands for
 */
public record RoutingLink(Object source, Object target, IrqLine line, Kind kind) {

    /** What a link stands for. */
    public enum Kind {
        /** The device raises the line. */
        RAISES,
        /** The legacy line is wired to the I/O APIC pin. */
        WIRED,
        /** The line is delivered to the CPU; dragging this end re-routes the IRQ. */
        DELIVERED
    }
}
