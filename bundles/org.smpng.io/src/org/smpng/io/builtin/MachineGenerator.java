package org.smpng.io.builtin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.smpng.model.kernel.CodePath;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.Platform;
import org.smpng.model.machine.CacheLineCosts;
import org.smpng.model.machine.Core;
import org.smpng.model.machine.CpuPackage;
import org.smpng.model.machine.Device;
import org.smpng.model.machine.DeviceKind;
import org.smpng.model.machine.HandlerKind;
import org.smpng.model.machine.InterruptHandler;
import org.smpng.model.machine.IoApic;
import org.smpng.model.machine.IoApicPin;
import org.smpng.model.machine.IrqKind;
import org.smpng.model.machine.IrqLine;
import org.smpng.model.machine.LocalApic;
import org.smpng.model.machine.LogicalCpu;
import org.smpng.model.machine.Machine;
import org.smpng.model.machine.MachineFactory;
import org.smpng.model.machine.RoutingPolicy;

/**
 * Builds machines from {@code data/machines.txt} (format in its header). A machine is built against one kernel:
 * its handlers' code paths are looked up by name in that kernel, and a handler is MPSAFE exactly when its code path
 * does not take Giant there. Building the same block against another kernel is how a scenario re-binds a machine.
 * Stateless and thread-safe once constructed.
 */
public final class MachineGenerator {

    /** The bundle-relative data file. */
    public static final String DATA = "data/machines.txt";

    private static final MachineFactory FACTORY = MachineFactory.eINSTANCE;

    private final BlockFile file;

    MachineGenerator(BlockFile file) {
        this.file = file;
    }

    /** Returns the ids of the machines the file defines, in file order. */
    public List<String> ids() {
        return List.copyOf(file.blocks().keySet());
    }

    /** Returns the id of the kernel the machine's data names as its reference kernel. */
    String referenceKernel(String id) throws DataFormatException {
        return file.referenceKernel(id);
    }

    /** Builds machine {@code id} with its handlers bound to code paths of {@code kernel}. */
    Machine build(String id, KernelModel kernel) throws DataFormatException {
        List<DataLine> block = file.block(id);
        Machine machine = FACTORY.createMachine();
        machine.setName(id);
        Map<Integer, LogicalCpu> cpus = new LinkedHashMap<>();
        Map<Integer, IoApic> ioApics = new LinkedHashMap<>();
        Map<Integer, IrqLine> irqs = new LinkedHashMap<>();
        Map<String, Device> devices = new LinkedHashMap<>();
        for (DataLine line : block) {
            List<String> w = line.words();
            switch (w.get(0)) {
                case "platform" -> {
                    BlockFile.expect(line, 2, "platform i386|amd64|alpha|sparc64|ia64");
                    Platform platform = Platform.getByName(w.get(1).toUpperCase(Locale.ROOT));
                    if (platform == null) {
                        throw line.error("unknown platform '" + w.get(1) + "'");
                    }
                    machine.setPlatform(platform);
                }
                case "kernel" -> BlockFile.expect(line, 2, "kernel <kernel id>");
                case "cache" -> {
                    BlockFile.expect(line, 4, "cache <sameCore> <samePackage> <crossPackage>");
                    CacheLineCosts costs = FACTORY.createCacheLineCosts();
                    costs.setSameCore(line.number(w.get(1), "the same-core cost"));
                    costs.setSamePackage(line.number(w.get(2), "the same-package cost"));
                    costs.setCrossPackage(line.number(w.get(3), "the cross-package cost"));
                    machine.setCacheLineCosts(costs);
                }
                case "cpu" -> cpu(line, machine, cpus);
                case "ioapic" -> {
                    BlockFile.expect(line, 4, "ioapic <apicId> pins <count>");
                    keyword(line, 2, "pins");
                    IoApic apic = FACTORY.createIoApic();
                    apic.setApicId(line.integer(w.get(1), "the I/O APIC id"));
                    int pins = line.integer(w.get(3), "the pin count");
                    for (int pin = 0; pin < pins; pin++) {
                        IoApicPin ioApicPin = FACTORY.createIoApicPin();
                        ioApicPin.setNumber(pin);
                        apic.getPins().add(ioApicPin);
                    }
                    if (ioApics.put(apic.getApicId(), apic) != null) {
                        throw line.error("I/O APIC " + apic.getApicId() + " is defined twice");
                    }
                    machine.getIoApics().add(apic);
                }
                case "irq" -> irq(line, machine, cpus, ioApics, irqs);
                case "device" -> {
                    BlockFile.expect(line, 5, "device <name> <kind> irqs <n>[,<n>...]");
                    keyword(line, 3, "irqs");
                    Device device = FACTORY.createDevice();
                    device.setName(w.get(1));
                    DeviceKind kind = DeviceKind.getByName(w.get(2).toUpperCase(Locale.ROOT));
                    if (kind == null) {
                        throw line.error("unknown device kind '" + w.get(2) + "'");
                    }
                    device.setKind(kind);
                    for (String irq : w.get(4).split(",")) {
                        device.getIrqLines().add(defined(line, irqs, line.integer(irq, "the irq number"), "irq"));
                    }
                    if (devices.put(device.getName(), device) != null) {
                        throw line.error("device " + device.getName() + " is defined twice");
                    }
                    machine.getDevices().add(device);
                }
                case "handler" -> handler(line, kernel, irqs, devices);
                default -> throw line.error("unknown machine line '" + w.get(0) + "'; expected platform, kernel, "
                        + "cache, cpu, ioapic, irq, device or handler");
            }
        }
        BlockFile.single(block, file.headers().get(id), "platform");
        return machine;
    }

    private static void cpu(DataLine line, Machine machine, Map<Integer, LogicalCpu> cpus)
            throws DataFormatException {
        BlockFile.expect(line, 8, "cpu <cpuId> package <p> core <c> apic <localApicId>");
        keyword(line, 2, "package");
        keyword(line, 4, "core");
        keyword(line, 6, "apic");
        List<String> w = line.words();
        int packageId = line.integer(w.get(3), "the package id");
        int coreId = line.integer(w.get(5), "the core id");
        CpuPackage cpuPackage = machine.getPackages().stream().filter(p -> p.getId() == packageId).findFirst()
                .orElseGet(() -> {
                    CpuPackage created = FACTORY.createCpuPackage();
                    created.setId(packageId);
                    machine.getPackages().add(created);
                    return created;
                });
        Core core = cpuPackage.getCores().stream().filter(c -> c.getId() == coreId).findFirst().orElseGet(() -> {
            Core created = FACTORY.createCore();
            created.setId(coreId);
            cpuPackage.getCores().add(created);
            return created;
        });
        LogicalCpu cpu = FACTORY.createLogicalCpu();
        cpu.setCpuId(line.integer(w.get(1), "the cpu id"));
        LocalApic apic = FACTORY.createLocalApic();
        apic.setApicId(line.integer(w.get(7), "the local APIC id"));
        cpu.setLocalApic(apic);
        if (cpus.put(cpu.getCpuId(), cpu) != null) {
            throw line.error("cpu " + cpu.getCpuId() + " is defined twice");
        }
        core.getThreads().add(cpu);
    }

    private static void irq(DataLine line, Machine machine, Map<Integer, LogicalCpu> cpus,
            Map<Integer, IoApic> ioApics, Map<Integer, IrqLine> irqs) throws DataFormatException {
        List<String> w = new ArrayList<>(line.words());
        String form = "irq <n> legacy <ioapic>:<pin> [shared] route <policy> cpus <ids> or irq <n> msi route "
                + "<policy> cpus <ids>";
        if (w.size() < 6) {
            throw line.error("expected '" + form + "'");
        }
        IrqLine irq = FACTORY.createIrqLine();
        irq.setNumber(line.integer(w.get(1), "the irq number"));
        int next;
        if (w.get(2).equals("legacy")) {
            irq.setKind(IrqKind.LEGACY);
            String[] pin = w.get(3).split(":");
            if (pin.length != 2) {
                throw line.error("a legacy irq names its pin as <ioapicId>:<pin>, found '" + w.get(3) + "'");
            }
            IoApic apic = defined(line, ioApics, line.integer(pin[0], "the I/O APIC id"), "I/O APIC");
            int number = line.integer(pin[1], "the pin");
            if (number < 0 || number >= apic.getPins().size()) {
                throw line.error("I/O APIC " + apic.getApicId() + " has no pin " + number);
            }
            irq.setPin(apic.getPins().get(number));
            next = 4;
        } else if (w.get(2).equals("msi")) {
            irq.setKind(IrqKind.MSI);
            next = 3;
        } else {
            throw line.error("expected legacy or msi after the irq number, found '" + w.get(2) + "'");
        }
        if (w.get(next).equals("shared")) {
            irq.setShared(true);
            next++;
        }
        if (w.size() != next + 4 || !w.get(next).equals("route") || !w.get(next + 2).equals("cpus")) {
            throw line.error("expected '" + form + "'");
        }
        irq.setRouting(switch (w.get(next + 1)) {
            case "fixed" -> RoutingPolicy.FIXED;
            case "round-robin" -> RoutingPolicy.ROUND_ROBIN;
            case "lowest-priority" -> RoutingPolicy.LOWEST_PRIORITY;
            default -> throw line.error("unknown routing '" + w.get(next + 1)
                    + "'; expected fixed, round-robin or lowest-priority");
        });
        for (String cpu : w.get(next + 3).split(",")) {
            irq.getTargets().add(defined(line, cpus, line.integer(cpu, "the cpu id"), "cpu"));
        }
        if (irqs.put(irq.getNumber(), irq) != null) {
            throw line.error("irq " + irq.getNumber() + " is defined twice");
        }
        machine.getIrqLines().add(irq);
    }

    private static void handler(DataLine line, KernelModel kernel, Map<Integer, IrqLine> irqs,
            Map<String, Device> devices) throws DataFormatException {
        List<String> w = line.words();
        String form = "handler <device> <name> ithread|fast|filter-ithread irq <n> path <code path> "
                + "[filter <code path>]";
        if (w.size() != 8 && w.size() != 10) {
            throw line.error("expected '" + form + "'");
        }
        keyword(line, 4, "irq");
        keyword(line, 6, "path");
        Device device = defined(line, devices, w.get(1), "device");
        InterruptHandler handler = FACTORY.createInterruptHandler();
        handler.setName(w.get(2));
        handler.setIrqLine(defined(line, irqs, line.integer(w.get(5), "the irq number"), "irq"));
        CodePath path = codePath(line, kernel, w.get(7));
        handler.setCodePath(path);
        boolean giant = EraKernelGenerator.takesGiant(kernel, path);
        handler.setMpsafe(!giant);
        HandlerKind kind = switch (w.get(3)) {
            case "ithread" -> HandlerKind.ITHREAD;
            case "fast" -> HandlerKind.FAST;
            case "filter-ithread" -> HandlerKind.FILTER_ITHREAD;
            default -> throw line.error("unknown handler kind '" + w.get(3)
                    + "'; expected ithread, fast or filter-ithread");
        };
        // A fast handler may not block; where its path takes Giant (4.x) it is bound as an ithread handler.
        handler.setKind(kind == HandlerKind.FAST && giant ? HandlerKind.ITHREAD : kind);
        if (w.size() == 10) {
            keyword(line, 8, "filter");
            handler.setFilterCodePath(codePath(line, kernel, w.get(9)));
        }
        device.getHandlers().add(handler);
    }

    static CodePath codePath(DataLine line, KernelModel kernel, String name) throws DataFormatException {
        return kernel.getCodePaths().stream().filter(path -> name.equals(path.getName())).findFirst()
                .orElseThrow(() -> line.error("kernel " + kernel.getName() + " has no code path '" + name + "'"));
    }

    static void keyword(DataLine line, int index, String keyword) throws DataFormatException {
        if (!line.words().get(index).equals(keyword)) {
            throw line.error("expected '" + keyword + "' as word " + (index + 1) + ", found '"
                    + line.words().get(index) + "'");
        }
    }

    static <K, V> V defined(DataLine line, Map<K, V> map, K key, String what) throws DataFormatException {
        V value = map.get(key);
        if (value == null) {
            throw line.error(what + " " + key + " is not defined above");
        }
        return value;
    }
}
