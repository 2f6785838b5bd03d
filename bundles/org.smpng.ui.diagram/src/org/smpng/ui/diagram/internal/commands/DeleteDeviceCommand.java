package org.smpng.ui.diagram.internal.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.gef.commands.Command;
import org.smpng.model.machine.Device;
import org.smpng.model.machine.IrqLine;
import org.smpng.model.machine.Machine;

/**
 * Removes a device with its handlers and the IRQ lines only it raises, so no line is left that nothing raises and
 * its pin and number are free again; a shared line another device still raises stays. Handlers of other devices
 * can only be attached to lines their own device raises, so nothing else refers to the removed lines inside the
 * machine.
 */
public final class DeleteDeviceCommand extends Command {

    private final Device device;
    private Machine machine;
    private int deviceIndex = -1;
    /** The removed lines with their indices, in ascending index order, so undo can re-insert them in place. */
    private final List<IrqLine> lines = new ArrayList<>();
    private final List<Integer> lineIndices = new ArrayList<>();

    public DeleteDeviceCommand(Device device) {
        this.device = device;
        setLabel("Delete " + device.getName());
    }

    @Override
    public boolean canExecute() {
        return device.eContainer() instanceof Machine;
    }

    @Override
    public void execute() {
        machine = (Machine) device.eContainer();
        lines.clear();
        lineIndices.clear();
        for (int i = 0; i < machine.getIrqLines().size(); i++) {
            IrqLine line = machine.getIrqLines().get(i);
            boolean raisedByOthers = machine.getDevices().stream()
                    .anyMatch(d -> d != device && d.getIrqLines().contains(line));
            if (device.getIrqLines().contains(line) && !raisedByOthers) {
                lines.add(line);
                lineIndices.add(i);
            }
        }
        deviceIndex = machine.getDevices().indexOf(device);
        machine.getDevices().remove(deviceIndex);
        machine.getIrqLines().removeAll(lines);
    }

    @Override
    public void undo() {
        for (int i = 0; i < lines.size(); i++) {
            machine.getIrqLines().add(lineIndices.get(i), lines.get(i));
        }
        machine.getDevices().add(deviceIndex, device);
    }

    /** {@return the IRQ lines the last execution removed with the device, for tests} */
    public List<IrqLine> removedLines() {
        return List.copyOf(lines);
    }
}
