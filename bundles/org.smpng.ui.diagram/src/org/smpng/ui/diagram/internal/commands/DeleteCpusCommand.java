package org.smpng.ui.diagram.internal.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.commands.Command;
import org.smpng.model.machine.Core;
import org.smpng.model.machine.CpuPackage;
import org.smpng.model.machine.Device;
import org.smpng.model.machine.IrqLine;
import org.smpng.model.machine.LogicalCpu;
import org.smpng.model.machine.Machine;

/**
 * Removes a package, a core or a hardware thread, with the logical CPUs inside it, and renumbers the remaining
 * CPUs so their ids stay dense in the old cpuid order (cpu0, cpu1, cpu3 become cpu0, cpu1, cpu2). IRQ lines refer
 * to CPUs as objects, not by id, so renumbering keeps every route. Refused, with the reason as {@link #problem()},
 * when an IRQ line is still delivered to one of the CPUs (the user re-routes it in the interrupt routing editor
 * first, so no interrupt silently changes CPU) or when the machine would be left without a CPU.
 */
public final class DeleteCpusCommand extends Command {

    private final EObject element;
    private EObject container;
    private org.eclipse.emf.ecore.EReference feature;
    private int index = -1;
    private final Map<LogicalCpu, Integer> oldIds = new LinkedHashMap<>();

    /** {@code element} is a {@link CpuPackage}, a {@link Core} or a {@link LogicalCpu}. */
    public DeleteCpusCommand(EObject element) {
        this.element = element;
        setLabel("Delete " + describe(element));
    }

    static String describe(EObject element) {
        return switch (element) {
        case LogicalCpu cpu -> "cpu" + cpu.getCpuId();
        case Core core -> "core " + core.getId() + (core.eContainer() instanceof CpuPackage p ? " of package "
                + p.getId() : "");
        case CpuPackage pkg -> "package " + pkg.getId();
        default -> String.valueOf(element);
        };
    }

    /** {@return why the command cannot run, or null} */
    public String problem() {
        Machine machine = Topology.machineOf(element);
        if (machine == null) {
            return describe(element) + " is not part of a machine";
        }
        List<LogicalCpu> going = Topology.cpusIn(element);
        if (!going.isEmpty() && going.size() == Topology.cpus(machine).size()) {
            return "a machine needs at least one logical CPU, and " + describe(element) + " holds all of them";
        }
        List<String> routes = new ArrayList<>();
        for (IrqLine line : Topology.linesTargeting(machine, going)) {
            String raisers = String.join(", ", machine.getDevices().stream()
                    .filter(d -> d.getIrqLines().contains(line)).map(Device::getName).toList());
            String to = String.join(", ", line.getTargets().stream().filter(going::contains)
                    .map(c -> "cpu" + c.getCpuId()).toList());
            routes.add(Topology.irqName(line) + (raisers.isEmpty() ? "" : " (" + raisers + ")")
                    + (element instanceof LogicalCpu ? "" : " on " + to));
        }
        if (!routes.isEmpty()) {
            return describe(element) + " still receives " + String.join("; ", routes)
                    + ". Re-route " + (routes.size() == 1 ? "it" : "them")
                    + " in File > Open Interrupt Routing first";
        }
        return null;
    }

    @Override
    public boolean canExecute() {
        return problem() == null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute() {
        Machine machine = Topology.machineOf(element);
        if (machine == null) {
            // Deleted with its container in the same Delete (a core and one of its threads both selected).
            container = null;
            return;
        }
        container = element.eContainer();
        feature = element.eContainmentFeature();
        EList<EObject> siblings = (EList<EObject>) container.eGet(feature);
        index = siblings.indexOf(element);
        siblings.remove(index);
        oldIds.clear();
        int id = 0;
        for (LogicalCpu cpu : Topology.cpus(machine)) {
            oldIds.put(cpu, cpu.getCpuId());
            cpu.setCpuId(id++);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void undo() {
        if (container == null) {
            return;
        }
        oldIds.forEach(LogicalCpu::setCpuId);
        ((EList<EObject>) container.eGet(feature)).add(index, element);
    }
}
