package org.smpng.ui.diagram.internal.commands;

import org.eclipse.gef.commands.Command;
import org.smpng.model.machine.Core;
import org.smpng.model.machine.CpuPackage;
import org.smpng.model.machine.Machine;
import org.smpng.model.machine.MachineFactory;

/**
 * Adds a package (socket) to the machine, numbered one above the highest package. An empty socket adds nothing to
 * a simulation, so a new package comes with core 0 holding one logical CPU (the next free cpu id).
 */
public final class AddPackageCommand extends Command {

    private final Machine machine;
    private final CpuPackage pkg;

    public AddPackageCommand(Machine machine, CpuPackage pkg) {
        super("Add package");
        this.machine = machine;
        this.pkg = pkg;
    }

    @Override
    public void execute() {
        pkg.setId(machine.getPackages().stream().mapToInt(CpuPackage::getId).max().orElse(-1) + 1);
        if (pkg.getCores().isEmpty()) {
            Core core = MachineFactory.eINSTANCE.createCore();
            core.getThreads().add(MachineFactory.eINSTANCE.createLogicalCpu());
            pkg.getCores().add(core);
        }
        Topology.newCpu(machine, pkg.getCores().get(0).getThreads().get(0));
        machine.getPackages().add(pkg);
        setLabel("Add package " + pkg.getId());
    }

    @Override
    public void undo() {
        machine.getPackages().remove(pkg);
    }

    /** {@return the package added, for tests} */
    public CpuPackage cpuPackage() {
        return pkg;
    }
}
