/**
 * SMPng Workbench
 */
package org.smpng.model.machine.util;

import org.smpng.model.kernel.support.Diagnostics;
import static org.smpng.model.kernel.support.Diagnostics.duplicates;
import static org.smpng.model.kernel.support.Diagnostics.withFirst;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EObjectValidator;

import org.smpng.model.kernel.CodePath;
import org.smpng.model.kernel.Step;
import org.smpng.model.kernel.support.CodePathAnalysis;
import org.smpng.model.machine.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.smpng.model.machine.MachinePackage
 * @generated
 */
public class MachineValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final MachineValidator INSTANCE = new MachineValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.smpng.model.machine";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * The {@link Diagnostic#getCode() code} for two logical CPUs with the same cpu id.
	 */
	public static final int DUPLICATE_CPU_ID = GENERATED_DIAGNOSTIC_CODE_COUNT + 1;

	/**
	 * The {@link Diagnostic#getCode() code} for two IRQ lines with the same number.
	 */
	public static final int DUPLICATE_IRQ_NUMBER = GENERATED_DIAGNOSTIC_CODE_COUNT + 2;

	/**
	 * The {@link Diagnostic#getCode() code} for two devices with the same name.
	 */
	public static final int DUPLICATE_DEVICE_NAME = GENERATED_DIAGNOSTIC_CODE_COUNT + 3;

	/**
	 * The {@link Diagnostic#getCode() code} for cache line costs that are negative or out of order.
	 */
	public static final int CACHE_LINE_COSTS_INVALID = GENERATED_DIAGNOSTIC_CODE_COUNT + 4;

	/**
	 * The {@link Diagnostic#getCode() code} for an IRQ line routed to no CPU or to a CPU of another machine.
	 */
	public static final int IRQ_LINE_NOT_ROUTED = GENERATED_DIAGNOSTIC_CODE_COUNT + 5;

	/**
	 * The {@link Diagnostic#getCode() code} for a line that is not shared but raised by several devices.
	 */
	public static final int IRQ_LINE_SHARED_BY_DEVICES = GENERATED_DIAGNOSTIC_CODE_COUNT + 6;

	/**
	 * The {@link Diagnostic#getCode() code} for an IRQ line whose pin does not fit its kind or machine.
	 */
	public static final int IRQ_PIN_MISMATCH = GENERATED_DIAGNOSTIC_CODE_COUNT + 7;

	/**
	 * The {@link Diagnostic#getCode() code} for a fast interrupt handler that is not MPSAFE.
	 */
	public static final int FAST_HANDLER_NOT_MPSAFE = GENERATED_DIAGNOSTIC_CODE_COUNT + 8;

	/**
	 * The {@link Diagnostic#getCode() code} for a fast interrupt handler on a shared line.
	 */
	public static final int FAST_HANDLER_ON_SHARED_LINE = GENERATED_DIAGNOSTIC_CODE_COUNT + 9;

	/**
	 * The {@link Diagnostic#getCode() code} for a fast handler or filter whose code may sleep or block.
	 */
	public static final int INTERRUPT_CONTEXT_MAY_SLEEP = GENERATED_DIAGNOSTIC_CODE_COUNT + 10;

	/**
	 * The {@link Diagnostic#getCode() code} for a filter handler without a filter, or a filter on another kind of handler.
	 */
	public static final int FILTER_MISMATCH = GENERATED_DIAGNOSTIC_CODE_COUNT + 11;

	/**
	 * The {@link Diagnostic#getCode() code} for a handler attached to a line its device does not raise.
	 */
	public static final int HANDLER_LINE_NOT_RAISED_BY_DEVICE = GENERATED_DIAGNOSTIC_CODE_COUNT + 12;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT counts the hand-written codes above, so that a subclass\'s codes start after them.
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT + 12;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MachineValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return MachinePackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case MachinePackage.MACHINE:
				return validateMachine((Machine)value, diagnostics, context);
			case MachinePackage.CPU_PACKAGE:
				return validateCpuPackage((CpuPackage)value, diagnostics, context);
			case MachinePackage.CORE:
				return validateCore((Core)value, diagnostics, context);
			case MachinePackage.LOGICAL_CPU:
				return validateLogicalCpu((LogicalCpu)value, diagnostics, context);
			case MachinePackage.LOCAL_APIC:
				return validateLocalApic((LocalApic)value, diagnostics, context);
			case MachinePackage.CACHE_LINE_COSTS:
				return validateCacheLineCosts((CacheLineCosts)value, diagnostics, context);
			case MachinePackage.IO_APIC:
				return validateIoApic((IoApic)value, diagnostics, context);
			case MachinePackage.IO_APIC_PIN:
				return validateIoApicPin((IoApicPin)value, diagnostics, context);
			case MachinePackage.IRQ_LINE:
				return validateIrqLine((IrqLine)value, diagnostics, context);
			case MachinePackage.DEVICE:
				return validateDevice((Device)value, diagnostics, context);
			case MachinePackage.INTERRUPT_HANDLER:
				return validateInterruptHandler((InterruptHandler)value, diagnostics, context);
			case MachinePackage.IRQ_KIND:
				return validateIrqKind((IrqKind)value, diagnostics, context);
			case MachinePackage.ROUTING_POLICY:
				return validateRoutingPolicy((RoutingPolicy)value, diagnostics, context);
			case MachinePackage.DEVICE_KIND:
				return validateDeviceKind((DeviceKind)value, diagnostics, context);
			case MachinePackage.HANDLER_KIND:
				return validateHandlerKind((HandlerKind)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMachine(Machine machine, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(machine, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(machine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(machine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(machine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(machine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(machine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(machine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(machine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(machine, diagnostics, context);
		if (result || diagnostics != null) result &= validateMachine_uniqueCpuIds(machine, diagnostics, context);
		if (result || diagnostics != null) result &= validateMachine_uniqueIrqNumbers(machine, diagnostics, context);
		if (result || diagnostics != null) result &= validateMachine_uniqueDeviceNames(machine, diagnostics, context);
		return result;
	}

	/**
	 * Validates the uniqueCpuIds constraint of '<em>Machine</em>'.
	 * <!-- begin-user-doc -->
	 * Each logical CPU has its own struct pcpu, indexed by cpuid, so two CPUs with one id would share it.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateMachine_uniqueCpuIds(Machine machine, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = true;
		for (List<LogicalCpu> same : duplicates(cpus(machine), LogicalCpu::getCpuId)) {
			result &= error(diagnostics, DUPLICATE_CPU_ID, same.size() + " logical CPUs of machine \"" + machine.getName() + "\" have cpu id "
					+ same.get(0).getCpuId() + "; every CPU needs its own id", withFirst(machine, same));
			if (diagnostics == null) return false;
		}
		return result;
	}

	/**
	 * Validates the uniqueIrqNumbers constraint of '<em>Machine</em>'.
	 * <!-- begin-user-doc -->
	 * An IRQ number names one interrupt source (one intr_event); two lines with one number are one line described
	 * twice.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateMachine_uniqueIrqNumbers(Machine machine, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = true;
		for (List<IrqLine> same : duplicates(machine.getIrqLines(), IrqLine::getNumber)) {
			result &= error(diagnostics, DUPLICATE_IRQ_NUMBER, same.size() + " IRQ lines of machine \"" + machine.getName() + "\" are irq"
					+ same.get(0).getNumber() + "; every line needs its own number", withFirst(machine, same));
			if (diagnostics == null) return false;
		}
		return result;
	}

	/**
	 * Validates the uniqueDeviceNames constraint of '<em>Machine</em>'.
	 * <!-- begin-user-doc -->
	 * A device name with its unit number (fxp0) identifies one device instance.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateMachine_uniqueDeviceNames(Machine machine, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = true;
		for (List<Device> same : duplicates(machine.getDevices(), Device::getName)) {
			result &= error(diagnostics, DUPLICATE_DEVICE_NAME, same.size() + " devices of machine \"" + machine.getName() + "\" are named \""
					+ same.get(0).getName() + "\"; a name and unit number identify one device", withFirst(machine, same));
			if (diagnostics == null) return false;
		}
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCpuPackage(CpuPackage cpuPackage, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(cpuPackage, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCore(Core core, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(core, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLogicalCpu(LogicalCpu logicalCpu, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(logicalCpu, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLocalApic(LocalApic localApic, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(localApic, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCacheLineCosts(CacheLineCosts cacheLineCosts, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(cacheLineCosts, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(cacheLineCosts, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(cacheLineCosts, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(cacheLineCosts, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(cacheLineCosts, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(cacheLineCosts, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(cacheLineCosts, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(cacheLineCosts, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(cacheLineCosts, diagnostics, context);
		if (result || diagnostics != null) result &= validateCacheLineCosts_nonNegativeAndOrdered(cacheLineCosts, diagnostics, context);
		return result;
	}

	/**
	 * Validates the nonNegativeAndOrdered constraint of '<em>Cache Line Costs</em>'.
	 * <!-- begin-user-doc -->
	 * Moving a cache line cannot take negative time, and CPUs that share more of the cache hierarchy cannot be further
	 * apart.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateCacheLineCosts_nonNegativeAndOrdered(CacheLineCosts cacheLineCosts, DiagnosticChain diagnostics, Map<Object, Object> context) {
		double core = cacheLineCosts.getSameCore();
		double pkg = cacheLineCosts.getSamePackage();
		double cross = cacheLineCosts.getCrossPackage();
		if (core >= 0 && core <= pkg && pkg <= cross) {
			return true;
		}
		return error(diagnostics, CACHE_LINE_COSTS_INVALID, "The cache line costs of machine \"" + machineName(cacheLineCosts)
				+ "\" are " + core + " ns within a core, " + pkg + " ns within a package and " + cross
				+ " ns across packages; they must be zero or more and 0 <= same core <= same package <= cross package",
				cacheLineCosts);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIoApic(IoApic ioApic, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(ioApic, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIoApicPin(IoApicPin ioApicPin, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(ioApicPin, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIrqLine(IrqLine irqLine, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(irqLine, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(irqLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(irqLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(irqLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(irqLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(irqLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(irqLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(irqLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(irqLine, diagnostics, context);
		if (result || diagnostics != null) result &= validateIrqLine_routedToOwnCpu(irqLine, diagnostics, context);
		if (result || diagnostics != null) result &= validateIrqLine_atMostOneExclusiveDevice(irqLine, diagnostics, context);
		if (result || diagnostics != null) result &= validateIrqLine_pinMatchesKind(irqLine, diagnostics, context);
		return result;
	}

	/**
	 * Validates the routedToOwnCpu constraint of '<em>Irq Line</em>'.
	 * <!-- begin-user-doc -->
	 * The I/O APIC delivers an interrupt to a local APIC, so each line needs at least one target CPU, and the targets
	 * must be CPUs of this machine.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateIrqLine_routedToOwnCpu(IrqLine irqLine, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Machine machine = irqLine.eContainer() instanceof Machine owner ? owner : null;
		if (irqLine.getTargets().isEmpty()) {
			return error(diagnostics, IRQ_LINE_NOT_ROUTED, "IRQ line irq" + irqLine.getNumber()
					+ " is not routed to any CPU; it needs at least one target CPU", irqLine);
		}
		List<LogicalCpu> own = machine == null ? List.of() : cpus(machine);
		boolean result = true;
		for (LogicalCpu target : irqLine.getTargets()) {
			if (target.eIsProxy() || !own.contains(target)) {
				result &= error(diagnostics, IRQ_LINE_NOT_ROUTED, "IRQ line irq" + irqLine.getNumber() + " is routed to cpu"
						+ target.getCpuId() + ", which is not a CPU of machine \"" + (machine == null ? "" : machine.getName()) + "\"",
						irqLine, target);
				if (diagnostics == null) return false;
			}
		}
		return result;
	}

	/**
	 * Validates the atMostOneExclusiveDevice constraint of '<em>Irq Line</em>'.
	 * <!-- begin-user-doc -->
	 * Only a shared (level-triggered) line can be raised by several devices; an edge-triggered ISA or MSI line belongs
	 * to one device.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateIrqLine_atMostOneExclusiveDevice(IrqLine irqLine, DiagnosticChain diagnostics, Map<Object, Object> context) {
		List<Device> raisers = raisers(irqLine);
		if (irqLine.isShared() || raisers.size() <= 1) {
			return true;
		}
		List<String> names = new ArrayList<>();
		raisers.forEach(device -> names.add(device.getName()));
		return error(diagnostics, IRQ_LINE_SHARED_BY_DEVICES, "IRQ line irq" + irqLine.getNumber() + " is not shared, but "
				+ raisers.size() + " devices raise it (" + String.join(", ", names) + "); mark it shared or give each device its own line",
				withFirst(irqLine, raisers));
	}

	/**
	 * Validates the pinMatchesKind constraint of '<em>Irq Line</em>'.
	 * <!-- begin-user-doc -->
	 * A legacy interrupt arrives on an I/O APIC pin of this machine; an MSI is a message with no pin and is never
	 * shared.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateIrqLine_pinMatchesKind(IrqLine irqLine, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Machine machine = irqLine.eContainer() instanceof Machine owner ? owner : null;
		List<String> problems = new ArrayList<>();
		if (irqLine.getKind() == IrqKind.MSI) {
			if (irqLine.getPin() != null) {
				problems.add("is an MSI but is wired to an I/O APIC pin");
			}
			if (irqLine.isShared()) {
				problems.add("is an MSI but is marked shared");
			}
		} else if (irqLine.getPin() != null && machine != null
				&& machine.getIoApics().stream().noneMatch(apic -> apic.getPins().contains(irqLine.getPin()))) {
			problems.add("is wired to a pin of an I/O APIC that is not in machine \"" + machine.getName() + "\"");
		}
		if (problems.isEmpty()) {
			return true;
		}
		return error(diagnostics, IRQ_PIN_MISMATCH, "IRQ line irq" + irqLine.getNumber() + " " + String.join(" and ", problems), irqLine);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDevice(Device device, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(device, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterruptHandler(InterruptHandler interruptHandler, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(interruptHandler, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(interruptHandler, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(interruptHandler, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(interruptHandler, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(interruptHandler, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(interruptHandler, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(interruptHandler, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(interruptHandler, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(interruptHandler, diagnostics, context);
		if (result || diagnostics != null) result &= validateInterruptHandler_fastHandlerIsMpsafe(interruptHandler, diagnostics, context);
		if (result || diagnostics != null) result &= validateInterruptHandler_fastHandlerNotShared(interruptHandler, diagnostics, context);
		if (result || diagnostics != null) result &= validateInterruptHandler_interruptContextNeverSleeps(interruptHandler, diagnostics, context);
		if (result || diagnostics != null) result &= validateInterruptHandler_filterPresentForFilterKind(interruptHandler, diagnostics, context);
		if (result || diagnostics != null) result &= validateInterruptHandler_lineRaisedByDevice(interruptHandler, diagnostics, context);
		return result;
	}

	/**
	 * Validates the fastHandlerIsMpsafe constraint of '<em>Interrupt Handler</em>'.
	 * <!-- begin-user-doc -->
	 * A fast handler runs in primary interrupt context, where Giant (a sleep mutex) cannot be taken, so it must be
	 * INTR_MPSAFE.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateInterruptHandler_fastHandlerIsMpsafe(InterruptHandler interruptHandler, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (interruptHandler.getKind() != HandlerKind.FAST || interruptHandler.isMpsafe()) {
			return true;
		}
		return error(diagnostics, FAST_HANDLER_NOT_MPSAFE, "Fast interrupt handler " + handlerName(interruptHandler)
				+ " is not MPSAFE; an INTR_FAST handler runs in interrupt context, where it cannot take Giant", interruptHandler);
	}

	/**
	 * Validates the fastHandlerNotShared constraint of '<em>Interrupt Handler</em>'.
	 * <!-- begin-user-doc -->
	 * INTR_FAST handlers demand exclusive use of their line (bus_setup_intr refuses to share it).
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateInterruptHandler_fastHandlerNotShared(InterruptHandler interruptHandler, DiagnosticChain diagnostics, Map<Object, Object> context) {
		IrqLine line = interruptHandler.getIrqLine();
		if (interruptHandler.getKind() != HandlerKind.FAST || line == null || (!line.isShared() && raisers(line).size() <= 1)) {
			return true;
		}
		return error(diagnostics, FAST_HANDLER_ON_SHARED_LINE, "Fast interrupt handler " + handlerName(interruptHandler) + " is on irq"
				+ line.getNumber() + ", which is shared; an INTR_FAST handler needs its line to itself", interruptHandler, line);
	}

	/**
	 * Validates the interruptContextNeverSleeps constraint of '<em>Interrupt Handler</em>'.
	 * <!-- begin-user-doc -->
	 * Code run in primary interrupt context (a fast handler, or a filter) borrows the interrupted thread's context and
	 * may never sleep, yield or block on a sleep lock.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateInterruptHandler_interruptContextNeverSleeps(InterruptHandler interruptHandler, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = true;
		if (interruptHandler.getKind() == HandlerKind.FAST) {
			result &= noBlocking(interruptHandler, interruptHandler.getCodePath(), "fast handler", diagnostics);
		}
		if (interruptHandler.getKind() == HandlerKind.FILTER_ITHREAD && (result || diagnostics != null)) {
			result &= noBlocking(interruptHandler, interruptHandler.getFilterCodePath(), "filter", diagnostics);
		}
		return result;
	}

	/**
	 * Validates the filterPresentForFilterKind constraint of '<em>Interrupt Handler</em>'.
	 * <!-- begin-user-doc -->
	 * A filter handler needs filter code to run in interrupt context, and only a filter handler has one.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateInterruptHandler_filterPresentForFilterKind(InterruptHandler interruptHandler, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean filterKind = interruptHandler.getKind() == HandlerKind.FILTER_ITHREAD;
		boolean hasFilter = interruptHandler.getFilterCodePath() != null;
		if (filterKind == hasFilter) {
			return true;
		}
		return error(diagnostics, FILTER_MISMATCH, "Interrupt handler " + handlerName(interruptHandler) + (filterKind
				? " is a filter handler but has no filter code path"
				: " has a filter code path but is of kind " + interruptHandler.getKind() + "; only FILTER_ITHREAD handlers have filters"),
				interruptHandler);
	}

	/**
	 * Validates the lineRaisedByDevice constraint of '<em>Interrupt Handler</em>'.
	 * <!-- begin-user-doc -->
	 * A driver can only attach a handler to an interrupt resource of its own device.
	 * <!-- end-user-doc -->
	 * @generated NOT EMF generates only a stub for an Ecore constraint; this body is the hand-written check.
	 */
	public boolean validateInterruptHandler_lineRaisedByDevice(InterruptHandler interruptHandler, DiagnosticChain diagnostics, Map<Object, Object> context) {
		IrqLine line = interruptHandler.getIrqLine();
		if (line == null || !(interruptHandler.eContainer() instanceof Device device) || device.getIrqLines().contains(line)) {
			return true;
		}
		return error(diagnostics, HANDLER_LINE_NOT_RAISED_BY_DEVICE, "Interrupt handler " + handlerName(interruptHandler) + " is attached to irq"
				+ line.getNumber() + ", which device \"" + device.getName() + "\" does not raise", interruptHandler, line);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIrqKind(IrqKind irqKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRoutingPolicy(RoutingPolicy routingPolicy, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDeviceKind(DeviceKind deviceKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHandlerKind(HandlerKind handlerKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * The constraint messages of this validator are composed in code with the names of the elements involved, so
	 * no message bundle of its own is needed; EMF's locator serves the generic messages of EObjectValidator.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return super.getResourceLocator();
	}


	/**
	 * Adds an error with the given code and message about {@code data} to {@code diagnostics}, if there is a chain.
	 * Hand-written: the helper of the constraint checks above.
	 *
	 * @return always {@code false}, so that a check can {@code return error(...)}
	 */
	private static boolean error(DiagnosticChain diagnostics, int code, String message, Object... data) {
		return Diagnostics.error(DIAGNOSTIC_SOURCE, diagnostics, code, message, data);
	}

	/** Returns every logical CPU of {@code machine}, package by package and core by core. */
	private static List<LogicalCpu> cpus(Machine machine) {
		List<LogicalCpu> cpus = new ArrayList<>();
		for (CpuPackage cpuPackage : machine.getPackages()) {
			for (Core core : cpuPackage.getCores()) {
				cpus.addAll(core.getThreads());
			}
		}
		return cpus;
	}

	/** Returns the devices of the line's machine that raise {@code irqLine}. */
	private static List<Device> raisers(IrqLine irqLine) {
		List<Device> raisers = new ArrayList<>();
		if (irqLine.eContainer() instanceof Machine machine) {
			for (Device device : machine.getDevices()) {
				if (device.getIrqLines().contains(irqLine)) {
					raisers.add(device);
				}
			}
		}
		return raisers;
	}

	private static String machineName(EObject object) {
		return object.eContainer() instanceof Machine machine ? machine.getName() : "";
	}

	private static String handlerName(InterruptHandler handler) {
		String device = handler.eContainer() instanceof Device owner ? " of " + owner.getName() : "";
		return "\"" + handler.getName() + "\"" + device;
	}

	/** Reports each step of {@code codePath} (following calls) that may block, for code run in interrupt context. */
	private static boolean noBlocking(InterruptHandler handler, CodePath codePath, String role, DiagnosticChain diagnostics) {
		if (codePath == null) {
			return true;
		}
		boolean result = true;
		for (Step step : CodePathAnalysis.blockingSteps(codePath)) {
			result &= error(diagnostics, INTERRUPT_CONTEXT_MAY_SLEEP, "The " + role + " of interrupt handler " + handlerName(handler)
					+ " runs in interrupt context, but its code path \"" + codePath.getName() + "\" may block at "
					+ CodePathAnalysis.describe(step) + "; code in interrupt context may only take spin mutexes and never sleep",
					handler, codePath, step);
			if (diagnostics == null) return false;
		}
		return result;
	}
} //MachineValidator
