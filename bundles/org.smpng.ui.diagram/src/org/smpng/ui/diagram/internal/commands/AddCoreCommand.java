package org.smpng.ui.diagram.internal.commands;

import org.eclipse.gef.commands.Command;
import org.smpng.model.machine.Core;
import org.smpng.model.machine.CpuPackage;
import org.smpng.model.machine.MachineFactory;

/**
 * Adds a core to a package, numbered one above the package's highest core. A core without a hardware thread runs
 * nothing, so a new core comes with one logical CPU (the next free cpu id); more threads are added by dropping
 * "Hardware thread" on it.
 */
public final class AddCoreCommand extends Command {

    private final CpuPackage pkg;
    private final Core core;

    public AddCoreCommand(CpuPackage pkg, Core core) {
        super("Add core to package " + pkg.getId());
        this.pkg = pkg;
        this.core = core;
    }

    /** {@return why the command cannot run, or null} */
    public String problem() {
        return Topology.machineOf(pkg) == null ? "package " + pkg.getId() + " is not part of a machine" : null;
    }

    @Override
    public boolean canExecute() {
        return problem() == null;
    }

    @Override
    public void execute() {
        core.setId(pkg.getCores().stream().mapToInt(Core::getId).max().orElse(-1) + 1);
        if (core.getThreads().isEmpty()) {
            core.getThreads().add(MachineFactory.eINSTANCE.createLogicalCpu());
        }
        // Numbered while outside the machine, so the new CPU's id is the machine's next free one.
        Topology.newCpu(Topology.machineOf(pkg), core.getThreads().get(0));
        pkg.getCores().add(core);
    }

    @Override
    public void undo() {
        pkg.getCores().remove(core);
    }

    /** {@return the core added, for tests} */
    public Core core() {
        return core;
    }
}
