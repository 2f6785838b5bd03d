package org.smpng.ui.diagram.internal.commands;

import org.eclipse.gef.commands.Command;
import org.smpng.model.machine.Core;
import org.smpng.model.machine.LogicalCpu;
import org.smpng.model.machine.Machine;

/**
 * Adds a hardware thread (a logical CPU) to a core. It gets the next free cpu id, so ids stay dense, and a local
 * APIC with an APIC id no other APIC uses. No IRQ is routed to it: that is the routing editor's job.
 */
public final class AddCpuCommand extends Command {

    private final Core core;
    private final LogicalCpu cpu;

    public AddCpuCommand(Core core, LogicalCpu cpu) {
        super("Add hardware thread");
        this.core = core;
        this.cpu = cpu;
    }

    /** {@return why the command cannot run, or null} */
    public String problem() {
        return Topology.machineOf(core) == null ? "core " + core.getId() + " is not part of a machine" : null;
    }

    @Override
    public boolean canExecute() {
        return problem() == null;
    }

    @Override
    public void execute() {
        Machine machine = Topology.machineOf(core);
        Topology.newCpu(machine, cpu);
        core.getThreads().add(cpu);
        setLabel("Add cpu" + cpu.getCpuId());
    }

    @Override
    public void undo() {
        core.getThreads().remove(cpu);
    }

    /** {@return the CPU added, for tests} */
    public LogicalCpu cpu() {
        return cpu;
    }
}
