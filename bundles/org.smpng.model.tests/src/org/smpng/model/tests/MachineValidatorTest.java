package org.smpng.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.smpng.model.kernel.KernelModel;
import org.smpng.model.kernel.LockClassKind;
import org.smpng.model.kernel.Platform;
import org.smpng.model.machine.Device;
import org.smpng.model.machine.DeviceKind;
import org.smpng.model.machine.HandlerKind;
import org.smpng.model.machine.InterruptHandler;
import org.smpng.model.machine.IrqKind;
import org.smpng.model.machine.IrqLine;
import org.smpng.model.machine.Machine;
import org.smpng.model.machine.util.MachineValidator;

/** The machine constraints: CPU ids, IRQ routing and sharing, and what handlers in interrupt context may do. */
class MachineValidatorTest {

    /** The kernel the handlers' code paths live in: fxp_intr takes a sleep mutex, clkintr only a spin mutex. */
    private final Models kernel = Models.named("handlers").lock("Giant", LockClassKind.SLEEP_MUTEX).giant("Giant", true)
            .lock("fxp0", LockClassKind.SLEEP_MUTEX).lock("clk", LockClassKind.SPIN_MUTEX);
    private final KernelModel kernelModel = kernel
            .codePath("fxp_intr", kernel.acquire("fxp0"), Models.work(2000), kernel.release("fxp0"))
            .codePath("clkintr", kernel.acquire("clk"), Models.work(300), kernel.release("clk"))
            .build();

    /**
     * A dual-socket, dual-core HTT machine (8 CPUs): fxp0 and uhci0 share irq16, ata0 has irq14 and a fast clock
     * handler runs on irq0.
     */
    private Machine machine() {
        Machine machine = Models.machine("dual Xeon", Platform.I386, 2, 2, 2);
        IrqLine irq16 = Models.irq(machine, 16, true, 0, 1);
        IrqLine irq14 = Models.irq(machine, 14, false, 2);
        IrqLine irq0 = Models.irq(machine, 0, false, 0);
        Models.handler(Models.device(machine, "fxp0", DeviceKind.NETWORK, irq16), "fxp_intr", HandlerKind.ITHREAD, true,
                Models.path(kernelModel, "fxp_intr"));
        Models.device(machine, "uhci0", DeviceKind.USB, irq16);
        Models.handler(Models.device(machine, "ata0", DeviceKind.DISK, irq14), "ata_intr", HandlerKind.ITHREAD, false,
                Models.path(kernelModel, "fxp_intr"));
        Models.handler(Models.device(machine, "clock", DeviceKind.CLOCK, irq0), "clkintr", HandlerKind.FAST, true,
                Models.path(kernelModel, "clkintr"));
        return machine;
    }

    private static Diagnostic single(Machine machine, int code) {
        Diagnostic diagnostic = Models.validate(machine);
        List<Diagnostic> found = Models.withCode(diagnostic, MachineValidator.DIAGNOSTIC_SOURCE, code);
        assertEquals(1, found.size(), () -> "code " + code + ": " + Models.messages(diagnostic));
        return found.get(0);
    }

    private static void assertMessage(Diagnostic diagnostic, String... parts) {
        for (String part : parts) {
            assertTrue(diagnostic.getMessage().contains(part), () -> "\"" + part + "\" not in: " + diagnostic.getMessage());
        }
    }

    private static InterruptHandler handler(Machine machine, String device) {
        return machine.getDevices().stream().filter(d -> device.equals(d.getName())).findFirst().orElseThrow()
                .getHandlers().get(0);
    }

    @Test
    void theExampleMachineIsClean() {
        Diagnostic diagnostic = Models.validate(machine());
        assertEquals(Diagnostic.OK, diagnostic.getSeverity(), () -> Models.messages(diagnostic));
    }

    @Test
    void cpuIdsIrqNumbersAndDeviceNamesAreUnique() {
        Machine machine = machine();
        Models.cpu(machine, 7).setCpuId(3);
        assertMessage(single(machine, MachineValidator.DUPLICATE_CPU_ID), "2 logical CPUs", "have cpu id 3");
        Models.cpu(machine, 3).setCpuId(7);
        Models.irq(machine, 16, true, 0);
        assertMessage(single(machine, MachineValidator.DUPLICATE_IRQ_NUMBER), "2 IRQ lines", "are irq16");
        machine.getIrqLines().remove(machine.getIrqLines().size() - 1);
        Models.device(machine, "ata0", DeviceKind.DISK);
        assertMessage(single(machine, MachineValidator.DUPLICATE_DEVICE_NAME), "2 devices", "named \"ata0\"");
    }

    @Test
    void everyLineIsRoutedToACpuOfItsOwnMachine() {
        Machine machine = machine();
        IrqLine irq14 = machine.getIrqLines().get(1);
        irq14.getTargets().clear();
        assertMessage(single(machine, MachineValidator.IRQ_LINE_NOT_ROUTED), "irq14 is not routed to any CPU");
        Machine other = Models.machine("other", Platform.AMD64, 1, 1, 1);
        irq14.getTargets().add(Models.cpu(other, 0));
        assertMessage(single(machine, MachineValidator.IRQ_LINE_NOT_ROUTED), "irq14 is routed to cpu0",
                "not a CPU of machine \"dual Xeon\"");
    }

    @Test
    void aLineThatIsNotSharedHasOneDevice() {
        Machine machine = machine();
        machine.getIrqLines().get(0).setShared(false);
        assertMessage(single(machine, MachineValidator.IRQ_LINE_SHARED_BY_DEVICES), "irq16 is not shared, but 2 devices",
                "fxp0, uhci0");
    }

    @Test
    void anMsiHasNoPinAndIsNeverShared() {
        Machine machine = machine();
        IrqLine msi = Models.irq(machine, 5, true, 1);
        msi.setNumber(256);
        msi.setKind(IrqKind.MSI);
        assertMessage(single(machine, MachineValidator.IRQ_PIN_MISMATCH), "irq256 is an MSI but is wired to an I/O APIC pin",
                "is marked shared");
    }

    @Test
    void aFastHandlerIsMpsafeAndAlone() {
        Machine machine = machine();
        InterruptHandler clock = handler(machine, "clock");
        clock.setMpsafe(false);
        assertMessage(single(machine, MachineValidator.FAST_HANDLER_NOT_MPSAFE), "\"clkintr\" of clock is not MPSAFE");
        clock.setMpsafe(true);
        machine.getIrqLines().get(2).setShared(true);
        assertMessage(single(machine, MachineValidator.FAST_HANDLER_ON_SHARED_LINE), "irq0, which is shared");
    }

    @Test
    void codeInInterruptContextNeverBlocksEvenInACalleeOrALoop() {
        Machine machine = machine();
        handler(machine, "clock").setCodePath(Models.path(kernelModel, "fxp_intr"));
        assertMessage(single(machine, MachineValidator.INTERRUPT_CONTEXT_MAY_SLEEP), "fast handler",
                "\"fxp_intr\" may block at acquire of \"fxp0\"");

        kernel.codePath("clk_wrapper", Models.loop(2, kernel.call("sleepy")));
        kernel.codePath("sleepy", kernel.sleep("pause", null));
        handler(machine, "clock").setCodePath(Models.path(kernelModel, "clk_wrapper"));
        assertMessage(single(machine, MachineValidator.INTERRUPT_CONTEXT_MAY_SLEEP), "\"clk_wrapper\" may block at Sleep step 1");

        InterruptHandler fxp = handler(machine, "fxp0");
        handler(machine, "clock").setCodePath(Models.path(kernelModel, "clkintr"));
        fxp.setKind(HandlerKind.FILTER_ITHREAD);
        fxp.setFilterCodePath(Models.path(kernelModel, "fxp_intr"));
        assertMessage(single(machine, MachineValidator.INTERRUPT_CONTEXT_MAY_SLEEP), "The filter of interrupt handler");
    }

    @Test
    void onlyFilterHandlersHaveFilters() {
        Machine machine = machine();
        InterruptHandler fxp = handler(machine, "fxp0");
        fxp.setKind(HandlerKind.FILTER_ITHREAD);
        assertMessage(single(machine, MachineValidator.FILTER_MISMATCH), "is a filter handler but has no filter code path");
        fxp.setKind(HandlerKind.ITHREAD);
        fxp.setFilterCodePath(Models.path(kernelModel, "clkintr"));
        assertMessage(single(machine, MachineValidator.FILTER_MISMATCH), "only FILTER_ITHREAD handlers have filters");
    }

    @Test
    void aHandlerIsOnALineItsDeviceRaises() {
        Machine machine = machine();
        Device ata0 = machine.getDevices().get(2);
        ata0.getHandlers().get(0).setIrqLine(machine.getIrqLines().get(0));
        assertMessage(single(machine, MachineValidator.HANDLER_LINE_NOT_RAISED_BY_DEVICE), "attached to irq16",
                "device \"ata0\" does not raise");
    }

    @Test
    void cacheLineCostsGrowWithDistance() {
        Machine machine = machine();
        machine.getCacheLineCosts().setSameCore(100);
        assertMessage(single(machine, MachineValidator.CACHE_LINE_COSTS_INVALID), "100.0 ns within a core",
                "same core <= same package <= cross package");
    }
}
