package org.smpng.ui.diagram.internal.commands;

import java.util.Locale;

import org.eclipse.gef.commands.Command;
import org.smpng.model.machine.Device;
import org.smpng.model.machine.DeviceKind;
import org.smpng.model.machine.IoApic;
import org.smpng.model.machine.IoApicPin;
import org.smpng.model.machine.IrqKind;
import org.smpng.model.machine.IrqLine;
import org.smpng.model.machine.LogicalCpu;
import org.smpng.model.machine.Machine;
import org.smpng.model.machine.MachineFactory;
import org.smpng.model.machine.RoutingPolicy;

/**
 * Attaches a device of the palette's kind to the machine, named after the usual FreeBSD driver of that kind with
 * the next free unit number (em0, ata1, sio2, ...), with an IRQ line of its own: a legacy line on the first I/O
 * APIC pin no line is wired to (PCI pins 16 and up first, as a PCI INTx device gets), numbered like FreeBSD's
 * global interrupt number (the APIC's first pin plus the pin), or an MSI from irq256 when no pin is free. The line
 * is delivered to the lowest-numbered CPU, FIXED, as FreeBSD does at boot; re-route it in the routing editor. The
 * device has no interrupt handler yet: a handler names a code path of a kernel model, which this editor does not
 * know, so it is added in the model editor. Refused on a machine without a CPU.
 */
public final class AddDeviceCommand extends Command {

    private final Machine machine;
    private final Device device;
    private final IrqLine line = MachineFactory.eINSTANCE.createIrqLine();

    public AddDeviceCommand(Machine machine, Device device) {
        this.machine = machine;
        this.device = device;
        setLabel("Add " + kindName(device.getKind()) + " device");
    }

    /** {@return the driver name a new device of the kind gets, before its unit number} */
    public static String driver(DeviceKind kind) {
        return switch (kind) {
        case NETWORK -> "em";
        case DISK -> "ata";
        case CAM -> "ahc";
        case TTY -> "sio";
        case USB -> "uhci";
        case AUDIO -> "pcm";
        case CLOCK -> "clock";
        case OTHER -> "misc";
        };
    }

    static String kindName(DeviceKind kind) {
        return kind.getLiteral().toLowerCase(Locale.ROOT);
    }

    /** {@return why the command cannot run, or null} */
    public String problem() {
        return Topology.cpus(machine).isEmpty() ? "the machine has no CPU to deliver the device's interrupts to; "
                + "add a package first" : null;
    }

    @Override
    public boolean canExecute() {
        return problem() == null;
    }

    @Override
    public void execute() {
        String prefix = driver(device.getKind());
        int unit = 0;
        while (nameTaken(prefix + unit)) {
            unit++;
        }
        device.setName(prefix + unit);
        wire();
        line.getTargets().clear();
        line.getTargets().add(Topology.cpus(machine).get(0));
        line.setRouting(RoutingPolicy.FIXED);
        device.getIrqLines().clear();
        device.getIrqLines().add(line);
        machine.getIrqLines().add(line);
        machine.getDevices().add(device);
        setLabel("Add " + device.getName());
    }

    private boolean nameTaken(String name) {
        return machine.getDevices().stream().anyMatch(d -> name.equals(d.getName()));
    }

    private boolean numberTaken(int number) {
        return machine.getIrqLines().stream().anyMatch(l -> l.getNumber() == number);
    }

    /** Wires the new line to a free pin, or makes it an MSI when every pin is taken. */
    private void wire() {
        IoApicPin best = null;
        int bestNumber = -1;
        int base = 0;
        for (IoApic apic : machine.getIoApics()) {
            for (IoApicPin pin : apic.getPins()) {
                int number = base + pin.getNumber();
                boolean free = machine.getIrqLines().stream().noneMatch(l -> l.getPin() == pin)
                        && !numberTaken(number);
                // The first free PCI pin (16 up) wins; an ISA pin only when no PCI pin is left.
                if (free && (best == null || (bestNumber < 16 && number >= 16))) {
                    best = pin;
                    bestNumber = number;
                }
            }
            base += apic.getPins().stream().mapToInt(IoApicPin::getNumber).max().orElse(-1) + 1;
        }
        if (best != null) {
            line.setKind(IrqKind.LEGACY);
            line.setPin(best);
            line.setNumber(bestNumber);
        } else {
            int number = 256;
            while (numberTaken(number)) {
                number++;
            }
            line.setKind(IrqKind.MSI);
            line.setPin(null);
            line.setNumber(number);
        }
    }

    @Override
    public void undo() {
        machine.getDevices().remove(device);
        machine.getIrqLines().remove(line);
    }

    /** {@return the device added, for tests} */
    public Device device() {
        return device;
    }
}
