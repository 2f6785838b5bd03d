package org.smpng.ui.diagram.internal.commands;

import org.eclipse.gef.commands.Command;
import org.smpng.model.machine.IrqLine;
import org.smpng.model.machine.LogicalCpu;

/**
 * Delivers an IRQ line to a CPU: re-routes it from one CPU to another (the drag of a delivery link's CPU end), or
 * adds a CPU to the line's targets ({@code from} null: the "Deliver to CPU" tool). The next simulation run routes
 * the line's interrupts by the new targets. Refused, with the reason as the label, when the line already reaches
 * the CPU.
 */
public final class RouteIrqCommand extends Command {

    private final IrqLine line;
    private final LogicalCpu from;
    private final LogicalCpu to;
    private int index = -1;

    public RouteIrqCommand(IrqLine line, LogicalCpu from, LogicalCpu to) {
        this.line = line;
        this.from = from;
        this.to = to;
        setLabel(from == null ? "Deliver IRQ " + line.getNumber() + " to cpu" + to.getCpuId()
                : "Re-route IRQ " + line.getNumber() + " from cpu" + from.getCpuId() + " to cpu" + to.getCpuId());
    }

    /** {@return why the command cannot run, or null} */
    public String problem() {
        if (line.getTargets().contains(to)) {
            return "IRQ " + line.getNumber() + " is already delivered to cpu" + to.getCpuId();
        }
        if (from != null && !line.getTargets().contains(from)) {
            return "IRQ " + line.getNumber() + " is not delivered to cpu" + from.getCpuId();
        }
        return null;
    }

    @Override
    public boolean canExecute() {
        return problem() == null;
    }

    @Override
    public void execute() {
        if (from == null) {
            line.getTargets().add(to);
            index = line.getTargets().size() - 1;
        } else {
            index = line.getTargets().indexOf(from);
            line.getTargets().set(index, to);
        }
    }

    @Override
    public void undo() {
        if (from == null) {
            line.getTargets().remove(index);
        } else {
            line.getTargets().set(index, from);
        }
    }
}
