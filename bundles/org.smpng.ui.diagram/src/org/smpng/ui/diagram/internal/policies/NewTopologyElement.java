package org.smpng.ui.diagram.internal.policies;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.gef.requests.CreationFactory;
import org.smpng.model.machine.Device;
import org.smpng.model.machine.DeviceKind;
import org.smpng.model.machine.MachineFactory;
import org.smpng.model.machine.MachinePackage;

/**
 * What a topology palette entry creates: a package, a core, a hardware thread, or a device of one kind. Each
 * request gets a fresh, unnumbered model object; the command that adds it gives it its ids and name.
 */
public final class NewTopologyElement implements CreationFactory {

    private final EClass type;
    private final DeviceKind deviceKind;

    private NewTopologyElement(EClass type, DeviceKind deviceKind) {
        this.type = type;
        this.deviceKind = deviceKind;
    }

    public static NewTopologyElement cpuPackage() {
        return new NewTopologyElement(MachinePackage.Literals.CPU_PACKAGE, null);
    }

    public static NewTopologyElement core() {
        return new NewTopologyElement(MachinePackage.Literals.CORE, null);
    }

    public static NewTopologyElement cpu() {
        return new NewTopologyElement(MachinePackage.Literals.LOGICAL_CPU, null);
    }

    public static NewTopologyElement device(DeviceKind kind) {
        return new NewTopologyElement(MachinePackage.Literals.DEVICE, kind);
    }

    @Override
    public Object getNewObject() {
        Object created = MachineFactory.eINSTANCE.create(type);
        if (created instanceof Device device) {
            device.setKind(deviceKind);
        }
        return created;
    }

    @Override
    public Object getObjectType() {
        return type;
    }
}
