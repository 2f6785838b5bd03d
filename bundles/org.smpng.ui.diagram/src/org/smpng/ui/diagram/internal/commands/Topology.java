package org.smpng.ui.diagram.internal.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.smpng.model.machine.Core;
import org.smpng.model.machine.CpuPackage;
import org.smpng.model.machine.IoApic;
import org.smpng.model.machine.IrqLine;
import org.smpng.model.machine.LogicalCpu;
import org.smpng.model.machine.Machine;
import org.smpng.model.machine.MachineFactory;

/**
 * Questions the topology commands ask of a machine: its CPUs in kernel cpuid order, the next free ids, which IRQ
 * lines reach a set of CPUs. The rule they keep: cpu ids are unique and dense (0 .. n-1), as the kernel numbers
 * its struct pcpu array, so a new CPU gets id n and removing one closes the gap.
 */
public final class Topology {

    private Topology() {
    }

    /** {@return the machine's logical CPUs in cpuid order} */
    public static List<LogicalCpu> cpus(Machine machine) {
        List<LogicalCpu> cpus = new ArrayList<>();
        for (CpuPackage p : machine.getPackages()) {
            for (Core c : p.getCores()) {
                cpus.addAll(c.getThreads());
            }
        }
        cpus.sort(Comparator.comparingInt(LogicalCpu::getCpuId));
        return cpus;
    }

    /** {@return the logical CPUs inside a package, a core or a CPU itself} */
    public static List<LogicalCpu> cpusIn(EObject element) {
        return switch (element) {
        case LogicalCpu cpu -> List.of(cpu);
        case Core core -> List.copyOf(core.getThreads());
        case CpuPackage pkg -> pkg.getCores().stream().flatMap(c -> c.getThreads().stream()).toList();
        default -> List.of();
        };
    }

    /** {@return the machine an element belongs to, or null when it is not in one} */
    public static Machine machineOf(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof Machine machine) {
                return machine;
            }
        }
        return null;
    }

    /** {@return the id the next new CPU gets: one above the highest, which is the count while ids are dense} */
    public static int nextCpuId(Machine machine) {
        return cpus(machine).stream().mapToInt(LogicalCpu::getCpuId).max().orElse(-1) + 1;
    }

    /** {@return an APIC id no local APIC and no I/O APIC of the machine uses: they share one APIC bus} */
    public static int nextApicId(Machine machine) {
        int max = -1;
        for (LogicalCpu cpu : cpus(machine)) {
            if (cpu.getLocalApic() != null) {
                max = Math.max(max, cpu.getLocalApic().getApicId());
            }
        }
        for (IoApic apic : machine.getIoApics()) {
            max = Math.max(max, apic.getApicId());
        }
        return max + 1;
    }

    /** Makes a logical CPU with the next free cpu id and a local APIC with the next free APIC id. */
    static LogicalCpu newCpu(Machine machine, LogicalCpu cpu) {
        cpu.setCpuId(nextCpuId(machine));
        if (cpu.getLocalApic() == null) {
            cpu.setLocalApic(MachineFactory.eINSTANCE.createLocalApic());
        }
        cpu.getLocalApic().setApicId(nextApicId(machine));
        return cpu;
    }

    /** {@return the IRQ lines of the machine delivered to any of the CPUs} */
    public static List<IrqLine> linesTargeting(Machine machine, List<LogicalCpu> cpus) {
        return machine.getIrqLines().stream().filter(l -> l.getTargets().stream().anyMatch(cpus::contains))
                .toList();
    }

    /** {@return the lines as "IRQ 0, 1, 4, MSI 256": legacy lines first, then MSIs, each kind by number} */
    public static String irqNames(List<IrqLine> lines) {
        List<String> parts = new ArrayList<>();
        for (org.smpng.model.machine.IrqKind kind : org.smpng.model.machine.IrqKind.VALUES) {
            List<String> numbers = lines.stream().filter(l -> l.getKind() == kind)
                    .sorted(Comparator.comparingInt(IrqLine::getNumber)).map(l -> String.valueOf(l.getNumber()))
                    .toList();
            if (!numbers.isEmpty()) {
                parts.add((kind == org.smpng.model.machine.IrqKind.MSI ? "MSI " : "IRQ ")
                        + String.join(", ", numbers));
            }
        }
        return String.join(", ", parts);
    }

    /** {@return "IRQ 14" or "MSI 256"} */
    public static String irqName(IrqLine line) {
        return (line.getKind() == org.smpng.model.machine.IrqKind.MSI ? "MSI " : "IRQ ") + line.getNumber();
    }
}
