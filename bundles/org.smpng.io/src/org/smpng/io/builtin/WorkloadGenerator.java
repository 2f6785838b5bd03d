package org.smpng.io.builtin;

import java.util.List;
import java.util.Locale;

import org.smpng.model.kernel.CodePath;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.Syscall;
import org.smpng.model.kernel.ThreadingLibrary;
import org.smpng.model.machine.Device;
import org.smpng.model.machine.IrqLine;
import org.smpng.model.machine.Machine;
import org.smpng.model.workload.ArrivalProcess;
import org.smpng.model.workload.BurstyArrivals;
import org.smpng.model.workload.InterruptSource;
import org.smpng.model.workload.Operation;
import org.smpng.model.workload.PeriodicArrivals;
import org.smpng.model.workload.PoissonArrivals;
import org.smpng.model.workload.PriorityClass;
import org.smpng.model.workload.SoftwareInterrupt;
import org.smpng.model.workload.SoftwareInterruptKind;
import org.smpng.model.workload.UserProcess;
import org.smpng.model.workload.UserThreadGroup;
import org.smpng.model.workload.Workload;
import org.smpng.model.workload.WorkloadFactory;

/**
 * Builds workloads from {@code data/workloads.txt} (format in its header), bound to one kernel (syscalls and
 * software interrupt code paths, looked up by name) and one machine (devices and IRQ lines). A software interrupt is
 * MPSAFE exactly when its code path does not take Giant in that kernel. Stateless and thread-safe once constructed.
 */
public final class WorkloadGenerator {

    /** The bundle-relative data file. */
    public static final String DATA = "data/workloads.txt";

    private static final WorkloadFactory FACTORY = WorkloadFactory.eINSTANCE;

    private final BlockFile file;

    WorkloadGenerator(BlockFile file) {
        this.file = file;
    }

    /** Returns the ids of the workloads the file defines, in file order. */
    public List<String> ids() {
        return List.copyOf(file.blocks().keySet());
    }

    /** Returns the id of the kernel the workload's data names. */
    String referenceKernel(String id) throws DataFormatException {
        return file.referenceKernel(id);
    }

    /** Returns the id of the machine the workload's data names. */
    String referenceMachine(String id) throws DataFormatException {
        DataLine line = BlockFile.single(file.block(id), file.headers().get(id), "machine");
        BlockFile.expect(line, 2, "machine <machine id>");
        return line.words().get(1);
    }

    /** Builds workload {@code id} bound to {@code kernel} and {@code machine}. */
    Workload build(String id, KernelModel kernel, Machine machine) throws DataFormatException {
        Workload workload = FACTORY.createWorkload();
        workload.setName(id);
        UserProcess process = null;
        UserThreadGroup group = null;
        for (DataLine line : file.block(id)) {
            List<String> w = line.words();
            switch (w.get(0)) {
                case "kernel" -> BlockFile.expect(line, 2, "kernel <kernel id>");
                case "machine" -> BlockFile.expect(line, 2, "machine <machine id>");
                case "process" -> {
                    BlockFile.expect(line, 3, "process <name> libc_r|kse|thr");
                    process = FACTORY.createUserProcess();
                    process.setName(w.get(1));
                    // EMF setters turn null into the default literal, so check before setting.
                    ThreadingLibrary library = ThreadingLibrary.getByName(w.get(2).toUpperCase(Locale.ROOT));
                    if (library == null) {
                        throw line.error("unknown thread library '" + w.get(2) + "'; expected libc_r, kse or thr");
                    }
                    process.setThreadingLibrary(library);
                    workload.getProcesses().add(process);
                    group = null;
                }
                case "group" -> group = group(line, process);
                case "op" -> {
                    BlockFile.expect(line, 3, "op <syscall> <weight>");
                    if (group == null) {
                        throw line.error("an 'op' line belongs to a 'group' line above it");
                    }
                    Syscall syscall = kernel.getSyscalls().stream().filter(s -> w.get(1).equals(s.getName()))
                            .findFirst().orElseThrow(() -> line.error("kernel " + kernel.getName()
                                    + " has no syscall '" + w.get(1) + "'"));
                    Operation operation = FACTORY.createOperation();
                    operation.setSyscall(syscall);
                    operation.setWeight(line.number(w.get(2), "the weight"));
                    if (operation.getWeight() <= 0) {
                        throw line.error("the weight must be positive");
                    }
                    group.getOperations().add(operation);
                }
                case "intr" -> workload.getInterruptSources().add(interruptSource(line, machine));
                case "swi" -> workload.getSoftwareInterrupts().add(softwareInterrupt(line, kernel));
                default -> throw line.error("unknown workload line '" + w.get(0) + "'; expected kernel, machine, "
                        + "process, group, op, intr or swi");
            }
        }
        return workload;
    }

    private static UserThreadGroup group(DataLine line, UserProcess process) throws DataFormatException {
        List<String> w = line.words();
        String form = "group <name> count <n> timeshare|realtime|idle nice <n> [think <distribution>]";
        if (w.size() < 7 || w.size() > 7 && !w.get(7).equals("think")) {
            throw line.error("expected '" + form + "'");
        }
        if (process == null) {
            throw line.error("a 'group' line belongs to a 'process' line above it");
        }
        MachineGenerator.keyword(line, 2, "count");
        MachineGenerator.keyword(line, 5, "nice");
        UserThreadGroup group = FACTORY.createUserThreadGroup();
        group.setName(w.get(1));
        group.setCount(line.integer(w.get(3), "the count"));
        if (group.getCount() < 1) {
            throw line.error("a group has at least one thread");
        }
        PriorityClass priorityClass = PriorityClass.getByName(w.get(4).toUpperCase(Locale.ROOT));
        if (priorityClass == null) {
            throw line.error("unknown priority class '" + w.get(4) + "'; expected timeshare, realtime or idle");
        }
        group.setPriorityClass(priorityClass);
        group.setNice(line.integer(w.get(6), "nice"));
        if (group.getNice() < -20 || group.getNice() > 20) {
            throw line.error("nice must be between -20 and 20");
        }
        if (w.size() > 7) {
            group.setThinkTime(EraKernelGenerator.distribution(KernelCodePaths.dist(line, w.subList(8, w.size()))));
        }
        process.getThreadGroups().add(group);
        return group;
    }

    private static InterruptSource interruptSource(DataLine line, Machine machine) throws DataFormatException {
        List<String> w = line.words();
        if (w.size() < 5) {
            throw line.error("expected 'intr <name> device <device> [irq <n>] <arrivals>'");
        }
        MachineGenerator.keyword(line, 2, "device");
        Device device = machine.getDevices().stream().filter(d -> w.get(3).equals(d.getName())).findFirst()
                .orElseThrow(() -> line.error("machine " + machine.getName() + " has no device '" + w.get(3) + "'"));
        InterruptSource source = FACTORY.createInterruptSource();
        source.setName(w.get(1));
        source.setDevice(device);
        int next = 4;
        if (w.get(4).equals("irq")) {
            int number = line.integer(w.get(5), "the irq number");
            IrqLine irq = device.getIrqLines().stream().filter(l -> l.getNumber() == number).findFirst()
                    .orElseThrow(() -> line.error("device " + device.getName() + " raises no irq " + number));
            source.setIrqLine(irq);
            next = 6;
        } else if (device.getIrqLines().size() == 1) {
            source.setIrqLine(device.getIrqLines().get(0));
        } else {
            throw line.error("device " + device.getName() + " raises several irqs; name one with 'irq <n>'");
        }
        source.setArrivals(arrivals(line, w.subList(next, w.size())));
        return source;
    }

    private static SoftwareInterrupt softwareInterrupt(DataLine line, KernelModel kernel) throws DataFormatException {
        List<String> w = line.words();
        if (w.size() < 6) {
            throw line.error("expected 'swi <name> <kind> path <code path> <arrivals>'");
        }
        MachineGenerator.keyword(line, 3, "path");
        SoftwareInterrupt swi = FACTORY.createSoftwareInterrupt();
        swi.setName(w.get(1));
        SoftwareInterruptKind kind = SoftwareInterruptKind.getByName(w.get(2).toUpperCase(Locale.ROOT));
        if (kind == null) {
            throw line.error("unknown software interrupt kind '" + w.get(2) + "'");
        }
        swi.setKind(kind);
        CodePath path = MachineGenerator.codePath(line, kernel, w.get(4));
        swi.setCodePath(path);
        swi.setMpsafe(!EraKernelGenerator.takesGiant(kernel, path));
        swi.setArrivals(arrivals(line, w.subList(5, w.size())));
        return swi;
    }

    private static ArrivalProcess arrivals(DataLine line, List<String> w) throws DataFormatException {
        String form = "poisson <per second> | periodic <period ns> <jitter ns> | bursty <bursts per second> <size> "
                + "<gap ns>";
        if (w.isEmpty()) {
            throw line.error("expected arrivals: " + form);
        }
        switch (w.get(0)) {
            case "poisson" -> {
                arguments(line, w, 1, form);
                PoissonArrivals poisson = FACTORY.createPoissonArrivals();
                poisson.setRatePerSecond(positive(line, w.get(1), "the rate"));
                return poisson;
            }
            case "periodic" -> {
                arguments(line, w, 2, form);
                PeriodicArrivals periodic = FACTORY.createPeriodicArrivals();
                periodic.setPeriod(positive(line, w.get(1), "the period"));
                periodic.setJitter(line.number(w.get(2), "the jitter"));
                return periodic;
            }
            case "bursty" -> {
                arguments(line, w, 3, form);
                BurstyArrivals bursty = FACTORY.createBurstyArrivals();
                bursty.setBurstsPerSecond(positive(line, w.get(1), "the burst rate"));
                bursty.setBurstSize(line.integer(w.get(2), "the burst size"));
                bursty.setGap(line.number(w.get(3), "the gap"));
                if (bursty.getBurstSize() < 1) {
                    throw line.error("a burst has at least one event");
                }
                return bursty;
            }
            default -> throw line.error("unknown arrivals '" + w.get(0) + "'; expected " + form);
        }
    }

    private static void arguments(DataLine line, List<String> w, int count, String form) throws DataFormatException {
        if (w.size() != count + 1) {
            throw line.error("'" + w.get(0) + "' takes " + count + " number" + (count == 1 ? "" : "s") + "; " + form);
        }
    }

    private static double positive(DataLine line, String word, String what) throws DataFormatException {
        double value = line.number(word, what);
        if (value <= 0) {
            throw line.error(what + " must be positive");
        }
        return value;
    }
}
