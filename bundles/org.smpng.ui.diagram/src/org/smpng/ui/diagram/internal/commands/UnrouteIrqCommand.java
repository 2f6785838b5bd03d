package org.smpng.ui.diagram.internal.commands;

import org.eclipse.gef.commands.Command;
import org.smpng.model.machine.IrqLine;
import org.smpng.model.machine.LogicalCpu;

/**
 * Stops delivering an IRQ line to a CPU (Delete on a delivery link). Refused for the line's last CPU: an interrupt
 * that reaches no CPU would never be handled, and the simulation would refuse the machine.
 */
public final class UnrouteIrqCommand extends Command {

    private final IrqLine line;
    private final LogicalCpu cpu;
    private int index = -1;

    public UnrouteIrqCommand(IrqLine line, LogicalCpu cpu) {
        this.line = line;
        this.cpu = cpu;
        setLabel("Stop delivering IRQ " + line.getNumber() + " to cpu" + cpu.getCpuId());
    }

    /** {@return why the command cannot run, or null} */
    public String problem() {
        if (!line.getTargets().contains(cpu)) {
            return "IRQ " + line.getNumber() + " is not delivered to cpu" + cpu.getCpuId();
        }
        if (line.getTargets().size() == 1) {
            return "cpu" + cpu.getCpuId() + " is the only CPU IRQ " + line.getNumber()
                    + " reaches; route it to another CPU instead (drag the link's end)";
        }
        return null;
    }

    @Override
    public boolean canExecute() {
        return problem() == null;
    }

    @Override
    public void execute() {
        index = line.getTargets().indexOf(cpu);
        line.getTargets().remove(index);
    }

    @Override
    public void undo() {
        line.getTargets().add(index, cpu);
    }
}
